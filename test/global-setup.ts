import type { TestProject } from 'vitest/node';

import { findTemporalCli, startDevServer, type DevServer } from '../src/temporal-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `host:port` of the Temporal frontend shared by every test file in this run. */
    temporalAddress: string;
  }
}

const log = (line: string) => console.log(`[temporal] ${line}`);

/**
 * Starts one headless, in-memory Temporal dev server on random ports for the whole test run (or
 * reuses `TEMPORAL_ADDRESS_FOR_TESTS`) and hands its address to test files.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.TEMPORAL_ADDRESS_FOR_TESTS;
  if (reuse) {
    log(`using existing server at ${reuse} (TEMPORAL_ADDRESS_FOR_TESTS)`);
    project.provide('temporalAddress', reuse);
    return async () => undefined;
  }

  const started = Date.now();
  const cli = await findTemporalCli({ log: (line) => log(`cli ${line}`) });
  const foundAt = Date.now();
  const verbose = process.env.TEMPORAL_SERVER_LOG === '1';
  const server: DevServer = await startDevServer({
    cliPath: cli.path,
    uiPort: null,
    // Warnings during normal operation are noise in test output; errors are worth seeing.
    log: (line) => (verbose || /level=(ERROR|FATAL)/.test(line) ? log(`server ${line}`) : undefined),
  });
  const ready = Date.now();
  log(
    `dev server ${server.address} ready in ${((ready - started) / 1000).toFixed(1)}s ` +
      `(CLI from ${cli.source} in ${((foundAt - started) / 1000).toFixed(1)}s, ` +
      `server start ${((ready - foundAt) / 1000).toFixed(1)}s)`,
  );
  project.provide('temporalAddress', server.address);

  return async () => {
    await server.stop();
  };
}
