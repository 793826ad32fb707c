#!/usr/bin/env node
// `npm run build`: compiles src/ to runnable ESM in dist/ and prebuilds the workflow bundle.
//
// esbuild rather than tsc: the sources use extensionless relative imports (moduleResolution
// Bundler), which Node's ESM loader cannot resolve, so the output is bundled per entry point with
// every npm package left external. Code splitting keeps the CLI's dynamic imports lazy: `--help`
// and client commands never load the worker, the dev server or the simulator. Type checking stays
// with `npm run typecheck`.
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleWorkflowCode } from '@temporalio/worker';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = Date.now();

await rm(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'cli/main': 'src/cli/main.ts', worker: 'src/worker.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

// The worker loads this file instead of running webpack over the workflows at every start.
const { code } = await bundleWorkflowCode({
  workflowsPath: join(root, 'src', 'workflows', 'index.ts'),
  logger: quietLogger(),
});
await writeFile(join(dist, 'workflow-bundle.js'), code);

// Read at start for the default Worker Versioning build id: the image has no .git.
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
await writeFile(
  join(dist, 'build-info.json'),
  `${JSON.stringify({ version, commit: gitCommit() }, null, 2)}\n`,
);
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)}s`);

/** The checked-out commit (short), or null outside a git checkout; `GIT_COMMIT` wins (CI, docker build args). */
function gitCommit() {
  if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT.slice(0, 12);
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
  } catch {
    return null;
  }
}

function quietLogger() {
  const ignore = () => undefined;
  return {
    log: ignore,
    trace: ignore,
    debug: ignore,
    info: ignore,
    warn: (message) => console.warn(message),
    error: (message) => console.error(message),
  };
}
