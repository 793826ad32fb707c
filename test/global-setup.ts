import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { TestProject } from 'vitest/node';

import { GONG_CONNECTION_ID } from '../src/api/search-attributes';
import { findTemporalCli } from '../tools/temporal-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `host:port` of the Temporal frontend shared by every test file in this run. */
    temporalAddress: string;
  }
}

const log = (line: string) => console.log(`[temporal] ${line}`);

/**
 * Starts one headless, in-memory Temporal dev server on a free port for the whole test run (or
 * reuses `TEMPORAL_ADDRESS_FOR_TESTS`) and hands its address to test files. The CLI is the one
 * the project finds or provisions; the SDK's test environment runs it.
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
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cli.path },
      ip: '127.0.0.1',
      // Every run carries it (see src/api/search-attributes.ts).
      searchAttributes: [GONG_CONNECTION_ID],
      extraArgs: ['--log-level', 'error'],
    },
  });
  const ready = Date.now();
  log(
    `dev server ${env.address} ready in ${((ready - started) / 1000).toFixed(1)}s ` +
      `(CLI from ${cli.source} in ${((foundAt - started) / 1000).toFixed(1)}s, ` +
      `server start ${((ready - foundAt) / 1000).toFixed(1)}s)`,
  );
  project.provide('temporalAddress', env.address);

  return () => env.teardown();
}
