import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { conciseLogger, workerWarning } from './concise-logger';
import { watchParent } from './parent-watchdog';
import { createConnection } from '../connections/connection';
import { createConnectionStore } from '../connections/connection-store';
import { loadSettings } from '../config/settings';
import { createWorkerDeps } from '../config/worker-deps';
import { DEFAULT_SIM_ACCOUNT, startGongSimulator, type GongSimulator } from '../simulator';
import { findTemporalCli, startDevServer, type DevServer } from '../temporal-server';
import { createGongWorker } from '../worker';

/** The Gong host the local connections name; its requests are routed to the simulator. */
export const SIMULATED_GONG_BASE_URL = 'us-00000.api.gong.io';
/** A connection with the simulator's valid keys. */
export const SIM_CONNECTION_ID = 'sim';
/** A connection whose secret the simulator rejects, to show a failing health check. */
export const SIM_BAD_KEYS_CONNECTION_ID = 'sim-bad-keys';

/** Options of {@link startLocalStack}. */
export interface LocalStackOptions {
  /** Where connections, and the SQLite state when `persist`, are kept. */
  stateDir: string;
  /** Keep the Temporal state in `<stateDir>/temporal.sqlite` across runs. */
  persist: boolean;
  temporalPort?: number;
  uiPort?: number | null;
  simulatorPort?: number;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  /** Where the worker's log lines go (default `log`): `dev` and `demo` keep them off stdout. */
  workerLog?: (line: string) => void;
}

/** Everything the dev/demo command started, and how to stop it. */
export interface LocalStack {
  temporalAddress: string;
  uiUrl: string | null;
  simulatorUrl: string;
  connectionsDir: string;
  taskQueue: string;
  client: Client;
  stop(): Promise<void>;
}

/**
 * Starts a Temporal dev server, the Gong simulator with its seeded data set and the worker in
 * this process, with two connections to the simulator: `sim` (valid keys) and `sim-bad-keys`.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const { log } = options;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  const workerLog = options.workerLog ?? log;
  Runtime.install({ logger: conciseLogger(workerLog) });
  try {
    const cli = await findTemporalCli({ log: (line) => log(`temporal cli: ${line}`) });
    log(`Temporal CLI: ${cli.path} (from ${cli.source})`);
    await mkdir(options.stateDir, { recursive: true });
    const serverOptions = {
      cliPath: cli.path,
      dbFile: options.persist ? join(options.stateDir, 'temporal.sqlite') : undefined,
    };
    // A preferred port can be taken between the check and the bind: then any free port will do.
    const server: DevServer = await startDevServer({
      ...serverOptions,
      port: options.temporalPort,
      uiPort: options.uiPort,
    }).catch((error: unknown) => {
      if (options.temporalPort === undefined && options.uiPort === undefined) throw error;
      log(`Temporal dev server could not use the preferred ports (${String(error)}); using free ones`);
      return startDevServer(serverOptions);
    });
    stops.push(() => server.stop());
    // Even a `kill -9` of this process stops the server: a watchdog holds a pipe from us.
    stops.push(watchParent(server.pid));
    log(`Temporal dev server: ${server.address}${server.uiUrl ? `, Web UI ${server.uiUrl}` : ''}`);

    const simulator: GongSimulator = await startGongSimulator({ port: options.simulatorPort });
    stops.push(() => simulator.stop());
    log(
      `Gong simulator: ${simulator.url} (${simulator.dataSet.calls.length} seeded calls, ` +
        `${simulator.dataSet.companies.length} customers, 3 requests/s like Gong)`,
    );

    const connectionsDir = join(options.stateDir, 'connections');
    const store = createConnectionStore({ directory: connectionsDir });
    const baseUrl = `https://${SIMULATED_GONG_BASE_URL}/`;
    await store.save(
      createConnection(SIM_CONNECTION_ID, {
        baseUrl,
        accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
        accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
      }),
    );
    await store.save(
      createConnection(SIM_BAD_KEYS_CONNECTION_ID, {
        baseUrl,
        accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
        accessKeySecret: 'not-the-right-secret',
      }),
    );
    log(`Connections: "${SIM_CONNECTION_ID}" and "${SIM_BAD_KEYS_CONNECTION_ID}" in ${connectionsDir}`);

    const env = {
      ...options.env,
      GONG_CONNECTIONS_DIR: connectionsDir,
      GONG_SIMULATOR_URL: simulator.url,
      TEMPORAL_ADDRESS: server.address,
    };
    const settings = loadSettings(env);
    const workerConnection = await NativeConnection.connect({ address: server.address });
    stops.push(() => workerConnection.close());
    const worker: Worker = await createGongWorker({
      connection: workerConnection,
      taskQueue: settings.taskQueue,
      deps: createWorkerDeps(settings, env, workerWarning(workerLog)),
    });
    const running = worker.run();
    stops.push(async () => {
      worker.shutdown();
      await running;
    });
    log(`Worker: polling task queue "${settings.taskQueue}"`);

    const clientConnection = await Connection.connect({ address: server.address });
    stops.push(() => clientConnection.close());
    return {
      temporalAddress: server.address,
      uiUrl: server.uiUrl,
      simulatorUrl: simulator.url,
      connectionsDir,
      taskQueue: settings.taskQueue,
      client: new Client({ connection: clientConnection }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
