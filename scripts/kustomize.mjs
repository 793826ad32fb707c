// kustomize, built once from its Go module at a pinned version into
// ${XDG_CACHE_HOME:-~/.cache}/gong-temporal-worker/kustomize/ (outside the clone), or
// KUSTOMIZE_PATH when set. Used by scripts/validate-kubernetes.mjs and the deployment tests;
// `node scripts/kustomize.mjs` prints the binary's path.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KUSTOMIZE = 'v5.7.1';

/** The path of the kustomize binary, built with Go the first time (about a minute). */
export async function kustomize() {
  if (process.env.KUSTOMIZE_PATH) return process.env.KUSTOMIZE_PATH;
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'gong-temporal-worker');
  const dir = join(cache, 'kustomize', KUSTOMIZE);
  const binary = join(dir, 'kustomize');
  if (!existsSync(binary)) {
    console.error(`building kustomize ${KUSTOMIZE} with Go into ${dir} (once)`);
    const scratch = join(dir, `.tmp-${process.pid}`);
    await mkdir(scratch, { recursive: true });
    try {
      execFileSync('go', ['install', `sigs.k8s.io/kustomize/kustomize/v5@${KUSTOMIZE}`], {
        env: { ...process.env, GOBIN: scratch, CGO_ENABLED: '0' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await rename(join(scratch, 'kustomize'), binary);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await kustomize());
