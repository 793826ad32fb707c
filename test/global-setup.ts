import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode } from '@temporalio/worker';
import type { TestProject } from 'vitest/node';

import { GONG_CONNECTION_ID } from '../src/api/search-attributes';
import { ENCODING_FAILURE_CONVERTER_PATH } from '../src/adapters/codec/data-converter';
import { WORKFLOW_BUNDLER_OPTIONS, WORKFLOWS_PATH } from '../src/worker';
import { findTemporalCli } from '../tools/temporal-server';
import { quietBundlerLogger } from './support/quiet-bundler-logger';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `host:port` of the Temporal frontend shared by every test file in this run. */
    temporalAddress: string;
    /**
     * The workflows bundled once for the whole run, by failure converter path ('' for none):
     * bundling takes seconds of CPU, and about 45 files would otherwise each bundle their own.
     */
    workflowBundles: Record<string, string>;
  }
}

const log = (line: string) => console.log(`[temporal] ${line}`);

/**
 * Starts one headless, in-memory Temporal dev server on a free port for the whole test run (or
 * reuses `TEMPORAL_ADDRESS_FOR_TESTS`) and hands its address to test files. The CLI is the one
 * the project finds or provisions; the SDK's test environment runs it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const bundled = bundleWorkflowsOnce();
  const removeBundles = () => rm(BUNDLES_DIR, { recursive: true, force: true });
  const reuse = process.env.TEMPORAL_ADDRESS_FOR_TESTS;
  if (reuse) {
    project.provide('workflowBundles', await bundled);
    log(`using existing server at ${reuse} (TEMPORAL_ADDRESS_FOR_TESTS)`);
    project.provide('temporalAddress', reuse);
    return removeBundles;
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
  project.provide('workflowBundles', await bundled);

  return async () => {
    await env.teardown();
    await removeBundles();
  };
}

// One folder per run, so two runs in one clone never read each other's bundles.
const BUNDLES_DIR = fileURLToPath(new URL(`../.cache/test-workflow-bundles-${process.pid}`, import.meta.url));

/** Bundles the workflows, plain and with the encrypting failure converter, into .cache/. */
async function bundleWorkflowsOnce(): Promise<Record<string, string>> {
  await mkdir(BUNDLES_DIR, { recursive: true });
  const variants: Record<string, string> = { '': 'plain', [ENCODING_FAILURE_CONVERTER_PATH]: 'encrypting' };
  const paths: Record<string, string> = {};
  for (const [failureConverterPath, name] of Object.entries(variants)) {
    const { code } = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_PATH,
      ...WORKFLOW_BUNDLER_OPTIONS,
      logger: quietBundlerLogger,
      ...(failureConverterPath ? { failureConverterPath } : {}),
    });
    const codePath = join(BUNDLES_DIR, `${name}.js`);
    await writeFile(codePath, code);
    paths[failureConverterPath] = codePath;
  }
  return paths;
}
