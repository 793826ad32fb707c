#!/usr/bin/env node
// The `gong-worker` command. Runs the compiled code in dist/ (`npm run build`; `npm ci` runs it as
// `prepare`). In a checkout without dist/, or with GONG_WORKER_FROM_SOURCE=1 (the tests set it, so
// they never run a stale build), it runs the TypeScript sources through tsx, a dev dependency.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ caches compiled code on disk, which roughly halves the start-up of later runs.
module.enableCompileCache?.();

const compiled = new URL('../dist/cli/main.js', import.meta.url);
const fromSource = process.env.GONG_WORKER_FROM_SOURCE === '1' || !existsSync(compiled);

let main;
if (fromSource) {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error('error: dist/ is missing and tsx is not installed: run `npm ci` or `npm run build`');
    process.exit(1);
  }
  register();
  ({ main } = await import('../src/cli/main.ts'));
} else {
  ({ main } = await import(compiled.href));
}
process.exitCode = await main(process.argv.slice(2));
