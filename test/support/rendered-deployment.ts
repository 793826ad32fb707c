import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { REPO_ROOT } from '../e2e/cli-process';

const run = promisify(execFile);

/** A service of `docker-compose config`'s output, the fields the deployment specs read. */
export interface ComposeService {
  command?: string[];
  environment?: Record<string, string | null>;
  ports?: (string | { host_ip?: string; published?: string | number; target?: number })[];
  networks?: Record<string, unknown> | string[];
  network_mode?: string;
  volumes?: (string | { type: string; source?: string; target: string })[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

/** docker-compose.yml as Compose resolves it, with `env` as the host's environment. */
export async function renderCompose(env: Record<string, string>): Promise<{
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}> {
  const { stdout } = await run('docker-compose', ['-f', join(REPO_ROOT, 'docker-compose.yml'), 'config'], {
    env: { PATH: process.env.PATH ?? '', ...env },
  }).catch((error: unknown) => {
    throw new Error(`docker-compose config failed (apt-get install docker-compose): ${String(error)}`);
  });
  return parse(stdout) as { services: Record<string, ComposeService> };
}

/** A Kubernetes object of `kustomize build`'s output (only the fields read here are typed). */
export interface KubernetesObject {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: unknown;
}

/** What a platform team's overlay changes: ConfigMap values (merged) and Secret values (patched). */
export interface Overlay {
  config: Record<string, string>;
  secrets: Record<string, string>;
}

/**
 * `kustomize build` of an overlay on deploy/kubernetes, as a platform team deploys it: a
 * configMapGenerator merging values into the ConfigMap and a patch of the Secret (the base's own
 * comments say so). kustomize comes from scripts/kustomize.mjs (built once, as CI does).
 */
export async function renderKustomization(overlay: Overlay): Promise<KubernetesObject[]> {
  const { stdout: binary } = await run(process.execPath, [join(REPO_ROOT, 'scripts', 'kustomize.mjs')]);
  const dir = await mkdtemp(join(tmpdir(), 'gong-overlay-'));
  try {
    await writeFile(join(dir, 'secret-values.yaml'), stringify(secretPatch(overlay.secrets)));
    await writeFile(
      join(dir, 'kustomization.yaml'),
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        // kustomize takes a base by relative path only.
        resources: [relative(dir, join(REPO_ROOT, 'deploy', 'kubernetes'))],
        configMapGenerator: [
          {
            name: 'gong-worker-config',
            behavior: 'merge',
            literals: Object.entries(overlay.config).map(([name, value]) => `${name}=${value}`),
          },
        ],
        patches: [{ path: 'secret-values.yaml' }],
      }),
    );
    const { stdout } = await run(binary.trim(), ['build', dir], { maxBuffer: 16 * 1024 * 1024 });
    return parseAllDocuments(stdout).map((document) => document.toJS() as KubernetesObject);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function secretPatch(values: Record<string, string>) {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gong-worker-secrets' }, stringData: values };
}

interface EnvSource {
  name?: string;
  key?: string;
  optional?: boolean;
}

/** A container of a rendered Deployment. */
export interface RenderedContainer {
  command?: string[];
  args?: string[];
  env?: {
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef?: EnvSource; configMapKeyRef?: EnvSource };
  }[];
  envFrom?: { configMapRef?: EnvSource; secretRef?: EnvSource }[];
}

/** The containers of the named Deployment. */
export function containersOf(objects: readonly KubernetesObject[], deployment: string): RenderedContainer[] {
  const found = objects.find((object) => object.kind === 'Deployment' && object.metadata.name === deployment);
  if (!found) throw new Error(`no Deployment ${deployment} in the kustomize build`);
  return (found.spec as { template: { spec: { containers: RenderedContainer[] } } }).template.spec.containers;
}

/** The environment Kubernetes gives `container`: values, and ConfigMap and Secret keys resolved. */
export function containerEnv(
  objects: readonly KubernetesObject[],
  container: RenderedContainer,
): Record<string, string> {
  const dataOf = (kind: 'ConfigMap' | 'Secret', name: string | undefined): Record<string, string> => {
    const object = objects.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
    if (!object) throw new Error(`no ${kind} ${name} in the kustomize build`);
    const decoded = Object.fromEntries(
      Object.entries(object.data ?? {}).map(([key, value]) => [
        key,
        kind === 'Secret' ? Buffer.from(value, 'base64').toString('utf8') : value,
      ]),
    );
    return { ...decoded, ...object.stringData };
  };
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) Object.assign(env, dataOf('ConfigMap', source.configMapRef.name));
    if (source.secretRef) Object.assign(env, dataOf('Secret', source.secretRef.name));
  }
  for (const entry of container.env ?? []) {
    const ref = entry.valueFrom?.secretKeyRef ?? entry.valueFrom?.configMapKeyRef;
    if (!ref) {
      env[entry.name] = entry.value ?? '';
      continue;
    }
    const data = dataOf(entry.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name);
    const value = data[ref.key ?? ''];
    if (value !== undefined) env[entry.name] = value;
    else if (!ref.optional) throw new Error(`${entry.name}: key ${ref.key} missing from ${ref.name}`);
  }
  return env;
}
