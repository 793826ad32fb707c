import { defineConfig } from 'vitest/config';

/**
 * `npm run test:model`: the answer workflow end to end against a real model server (provisioned
 * on first use, see test/model/model-server.ts), the Gong simulator and a Temporal dev server.
 * Opt-in, out of `npm test`: the first run compiles llama.cpp.
 */
export default defineConfig({
  test: {
    include: ['test/model/**/*.model.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 120 * 60_000,
    pool: 'forks',
  },
});
