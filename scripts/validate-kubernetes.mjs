#!/usr/bin/env node
// `node scripts/validate-kubernetes.mjs`: validates every manifest of deploy/kubernetes, and what
// `kustomize build` makes of them, against the Kubernetes OpenAPI schemas, offline. The tools are
// provisioned once into ${XDG_CACHE_HOME:-~/.cache}/gong-temporal-worker/ (outside the clone):
// kubernetes-validate from PyPI (its wheel ships the schemas of every Kubernetes release, so
// nothing is fetched while validating) and kustomize (scripts/kustomize.mjs). Run by .ci/run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { kustomize } from './kustomize.mjs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KUBERNETES_VALIDATE = '1.37.0';
// The Kubernetes release whose schemas the manifests must satisfy (kubernetes-validate ships them).
const KUBERNETES_VERSION = '1.33';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = join(root, 'deploy', 'kubernetes');
const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'gong-temporal-worker');

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

/** kubernetes-validate in a venv of its own, installed from PyPI at the pinned version. */
function kubernetesValidate() {
  const venv = join(cache, 'kubernetes-validate', KUBERNETES_VALIDATE);
  const binary = join(venv, 'bin', 'kubernetes-validate');
  if (!existsSync(binary)) {
    console.log(`installing kubernetes-validate==${KUBERNETES_VALIDATE} from PyPI into ${venv}`);
    run('python3', ['-m', 'venv', venv]);
    run(join(venv, 'bin', 'pip'), ['install', '--quiet', `kubernetes-validate==${KUBERNETES_VALIDATE}`], {
      env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
    });
  }
  return binary;
}

const validator = kubernetesValidate();
const manifests = (await readdir(base))
  .filter((name) => /\.ya?ml$/.test(name) && name !== 'kustomization.yaml')
  .map((name) => join(base, name));
const validate = (files) =>
  run(validator, ['--strict', '--kubernetes-version', KUBERNETES_VERSION, ...files], { stdio: 'inherit' });

validate(manifests);
console.log(`${manifests.length} manifests in deploy/kubernetes: valid for Kubernetes ${KUBERNETES_VERSION}`);

const built = run(await kustomize(), ['build', base]);
const scratch = await mkdtemp(join(tmpdir(), 'gong-kustomize-'));
try {
  const file = join(scratch, 'built.yaml');
  await writeFile(file, built);
  validate([file]);
  const kinds = [...built.matchAll(/^kind: (\w+)$/gm)].map((match) => match[1]);
  console.log(`kustomize build deploy/kubernetes: ${kinds.length} resources (${kinds.join(', ')}), valid`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
