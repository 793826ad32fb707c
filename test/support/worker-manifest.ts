import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../e2e/cli-process';

const MANIFEST = join(REPO_ROOT, 'deploy', 'kubernetes', 'worker-deployment.yaml');

/** The worker container of deploy/kubernetes/worker-deployment.yaml as written: the base, no overlay. */
export interface WorkerManifest {
  /** The file's text, comments included. */
  text: string;
  /** NODE_OPTIONS as the container gets it. */
  nodeOptions: string;
  memoryRequestMiB: number;
  memoryLimitMiB: number;
}

interface Container {
  name: string;
  env?: { name: string; value?: string }[];
  resources?: { requests?: { memory?: string }; limits?: { memory?: string } };
}

/** Reads the `gong-worker` Deployment's `worker` container. */
export async function readWorkerManifest(): Promise<WorkerManifest> {
  const text = await readFile(MANIFEST, 'utf8');
  const deployment = parse(text) as { spec: { template: { spec: { containers: Container[] } } } };
  const container = deployment.spec.template.spec.containers.find(({ name }) => name === 'worker');
  if (!container) throw new Error(`no worker container in ${MANIFEST}`);
  const nodeOptions = container.env?.find(({ name }) => name === 'NODE_OPTIONS')?.value;
  if (nodeOptions === undefined) throw new Error(`the worker container of ${MANIFEST} sets no NODE_OPTIONS`);
  return {
    text,
    nodeOptions,
    memoryRequestMiB: mebibytes(container.resources?.requests?.memory),
    memoryLimitMiB: mebibytes(container.resources?.limits?.memory),
  };
}

/** A Kubernetes memory quantity in `Mi` or `Gi`, in MiB. */
function mebibytes(quantity: string | undefined): number {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity ?? '');
  if (!match) throw new Error(`expected a memory quantity in Mi or Gi, got ${String(quantity)}`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1);
}
