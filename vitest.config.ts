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
    // Files run in parallel, but no more than two at once: CI and dev boxes here have 2 cores and
    // the dev server plus Temporal workers (which bundle workflows with webpack) are CPU-heavy.
    fileParallelism: true,
    maxWorkers: 3,
  },
});
