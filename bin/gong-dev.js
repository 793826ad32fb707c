#!/usr/bin/env node
// `npm run dev` and `npm run demo`: the local stack (Temporal dev server, Gong simulator, worker)
// from tools/dev. Dev tooling, not the product: it is not in dist/ and runs the TypeScript sources
// through tsx, a dev dependency, so it needs a checkout installed with `npm ci`.
import module from 'node:module';

// Node 22.1+ caches compiled code on disk, which roughly halves the start-up of later runs.
module.enableCompileCache?.();

let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  console.error(
    'error: `npm run dev` and `npm run demo` run the dev tooling in tools/ through tsx, a dev dependency ' +
      'that is not installed: run `npm ci` (without --omit=dev) in a checkout',
  );
  process.exit(1);
}
register();
const { main } = await import('../tools/dev/main.ts');
process.exitCode = await main(process.argv.slice(2));
