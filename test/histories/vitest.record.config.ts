import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run record-histories`: runs only `record-histories.record.ts` (never part of `npm test`),
 * with the tests' own dev server and harness so that recording keeps working as they evolve.
 * Standalone rather than merged with vitest.config.ts: a merge would concatenate the `include`s.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/histories/*.record.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
