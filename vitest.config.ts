import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Temporal dev server for the whole run; test files share it via inject('temporalAddress').
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Workers load the Temporal native bridge, which is not safe to share across worker threads.
    pool: 'forks',
    // Three files at once on 2 cores: many specs spend their time waiting (slow Gong pages,
    // heartbeat timeouts, a database restart), and the workflows are bundled once in the global
    // setup. Measured on 2 cores: 440 s against 651 s with two files and a bundle per file.
    fileParallelism: true,
    maxWorkers: 3,
  },
});
