/**
 * What the answer benchmarks share: a real dev server, the Gong simulator with a seeded account,
 * a file store holding connection `bench` and the worker's own dependencies at Gong's 3 requests/s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { ActivityDeps } from '../src/activities';
import { createConnection } from '../src/connections/connection';
import { parseSettings } from '../src/config/settings';
import { createWorkerDeps } from '../src/app/worker-deps';
import {
  createDataSet,
  DEFAULT_SIM_ACCOUNT,
  startGongSimulator,
  type GongSimulator,
  type SimDataSet,
} from '../tools/simulator';
import { findTemporalCli, startDevServer } from '../tools/temporal-server';

/** The started parts of {@link startBenchStack}. */
export interface BenchStack {
  simulator: GongSimulator;
  deps: ActivityDeps;
  client: Client;
  /** For `createGongWorker({ connection })`. */
  workerConnection: NativeConnection;
  /** The seeded account's company names. */
  customers: string[];
  stop(): Promise<void>;
}

/** Starts the stack with `callCount` simulated calls over 120 days (seed 7). */
export function startBenchStack(callCount: number): Promise<BenchStack> {
  return startBenchStackWith({
    dataSet: createDataSet({ seed: 7, now: new Date(), callCount, lookbackDays: 120 }),
  });
}

/** Options of {@link startBenchStackWith}. */
export interface BenchStackOptions {
  /** What the simulator serves. */
  dataSet: SimDataSet;
  /**
   * Extra worker settings, e.g. `OPENAI_*` to answer with a model; without them the worker uses
   * its extractive answerer.
   */
  env?: Record<string, string>;
}

/** Starts the stack with the simulator serving `dataSet`. */
export async function startBenchStackWith(options: BenchStackOptions): Promise<BenchStack> {
  const cli = await findTemporalCli();
  const server = await startDevServer({ cliPath: cli.path, uiPort: null });
  const simulator = await startGongSimulator({ dataSet: options.dataSet });
  const dir = await mkdtemp(join(tmpdir(), 'bench-connections-'));
  // The worker's own assembly: file store, simulator route, extractive answerer, Gong's 3 requests/s.
  const env = {
    ...options.env,
    GONG_CONNECTIONS_DIR: dir,
    GONG_SIMULATOR_URL: simulator.url,
    GONG_MAX_REQUESTS_PER_SECOND: '3',
  };
  const deps = createWorkerDeps(
    parseSettings(env, ['store', 'simulator', 'limits', 'openai']),
    () => undefined,
  );
  await deps.connections.save(
    createConnection('bench', {
      baseUrl: 'https://us-00000.api.gong.io',
      accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
      accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
    }),
  );
  const workerConnection = await NativeConnection.connect({ address: server.address });
  const clientConnection = await Connection.connect({ address: server.address });
  return {
    simulator,
    deps,
    client: new Client({ connection: clientConnection }),
    workerConnection,
    customers: simulator.dataSet.companies.map((company) => company.name),
    async stop() {
      await clientConnection.close();
      await workerConnection.close();
      await simulator.stop();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
