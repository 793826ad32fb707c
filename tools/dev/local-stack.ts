import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { DEFAULT_NEXUS_ENDPOINT } from '../../src/api';
import { conciseLogger, workerWarning } from './concise-logger';
import { ensureNexusEndpoint } from './nexus-endpoint';
import {
  dataConverterFor,
  loadOrCreateLocalKeys,
  parseEncryptionKeys,
  PAYLOAD_ENCRYPTION_KEYS_ENV,
  startCodecServer,
} from '../../src/adapters/codec';
import { watchParent } from './parent-watchdog';
import { createConnection } from '../../src/connections/connection';
import { createConnectionStore } from '../../src/adapters/files/file-connection-store';
import { parseSettings } from '../../src/config/settings';
import { createWorkerDeps } from '../../src/app/worker-deps';
import { DEFAULT_SIM_ACCOUNT, startGongSimulator, type GongSimulator } from '../simulator';
import { findTemporalCli, startDevServer, type DevServer } from '../temporal-server';
import { createGongWorker } from '../../src/worker';

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
  /** Port of the codec server the Web UI decodes with; a free one when omitted. */
  codecPort?: number;
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
  /** The codec server the Web UI decodes with; null when headless. */
  codecUrl: string | null;
  /** The generated key file, or null when `PAYLOAD_ENCRYPTION_KEYS` came from the environment. */
  keysFile: string | null;
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
    // Payloads are encrypted here too: the environment's keys, else a key kept in the state dir.
    const localKeys = options.env[PAYLOAD_ENCRYPTION_KEYS_ENV]?.trim()
      ? null
      : await loadOrCreateLocalKeys(options.stateDir);
    if (localKeys) log(`Payload encryption key: ${localKeys.created ? 'created' : 'read'} ${localKeys.path}`);
    const keysEnv = {
      [PAYLOAD_ENCRYPTION_KEYS_ENV]: localKeys?.value ?? options.env[PAYLOAD_ENCRYPTION_KEYS_ENV],
    };
    const keys = localKeys
      ? parseEncryptionKeys(localKeys.value)
      : parseSettings(options.env, ['codec']).codec.keys;
    const dataConverter = dataConverterFor(keys);
    const codec =
      keys && options.uiPort !== null
        ? await startCodecServer({ keys, port: options.codecPort, corsOrigins: [], log }).catch(() =>
            startCodecServer({ keys, corsOrigins: [], log }),
          )
        : null;
    if (codec) stops.push(() => codec.stop());
    const serverOptions = {
      cliPath: cli.path,
      dbFile: options.persist ? join(options.stateDir, 'temporal.sqlite') : undefined,
      uiCodecEndpoint: codec?.url,
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
    if (codec && server.uiUrl) {
      const uiPort = new URL(server.uiUrl).port;
      codec.allowOrigin(server.uiUrl);
      codec.allowOrigin(`http://localhost:${uiPort}`);
      log(`Codec server: ${codec.url} (the Web UI decodes payloads with it)`);
    }

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
      ...keysEnv,
    };
    const settings = parseSettings(env, ['temporal', 'store', 'simulator', 'limits', 'openai']);
    const workerConnection = await NativeConnection.connect({ address: server.address });
    stops.push(() => workerConnection.close());
    const worker: Worker = await createGongWorker({
      connection: workerConnection,
      taskQueue: settings.temporal.taskQueue,
      deps: createWorkerDeps(settings, workerWarning(workerLog)),
      dataConverter,
    });
    const running = worker.run();
    stops.push(async () => {
      worker.shutdown();
      await running;
    });
    log(`Worker: polling task queue "${settings.temporal.taskQueue}"`);
    // The platform's workflows in other namespaces call ours through this endpoint.
    await ensureNexusEndpoint({
      cliPath: cli.path,
      address: server.address,
      name: DEFAULT_NEXUS_ENDPOINT,
      namespace: 'default',
      taskQueue: settings.temporal.taskQueue,
    }).then(
      (done) =>
        log(
          `Nexus endpoint "${DEFAULT_NEXUS_ENDPOINT}" ${done}: namespace default, task queue "${settings.temporal.taskQueue}"`,
        ),
      (error: unknown) => log(`warning: ${error instanceof Error ? error.message : String(error)}`),
    );

    const clientConnection = await Connection.connect({ address: server.address });
    stops.push(() => clientConnection.close());
    return {
      temporalAddress: server.address,
      uiUrl: server.uiUrl,
      simulatorUrl: simulator.url,
      connectionsDir,
      taskQueue: settings.temporal.taskQueue,
      codecUrl: codec?.url ?? null,
      keysFile: localKeys?.path ?? null,
      client: new Client({ connection: clientConnection, ...(dataConverter ? { dataConverter } : {}) }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
