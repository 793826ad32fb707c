import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@temporalio/client';
import { inject } from 'vitest';
import type { DataConverter } from '@temporalio/common';
import { DefaultLogger, Runtime, type Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { ActivityDeps } from '../../src/activities';
import { parseSettings } from '../../src/config/settings';
import { createWorkerDeps } from '../../src/app/worker-deps';
import { createRequestPacer } from '../../src/gong/request-pacer';
import { encryptingDataConverter, parseEncryptionKeys } from '../../src/adapters/codec';
import { createConnection } from '../../src/connections/connection';
import type { ConnectionStore } from '../../src/connections/connection-store';
import {
  DEFAULT_SIM_ACCOUNT,
  startGongSimulator,
  type GongSimulator,
  type GongSimulatorOptions,
} from '../../tools/simulator';
import { createGongWorker } from '../../src/worker';
import { cli, type CliRun } from './cli-io';
import { connectToTestServer, uniqueTaskQueue, type TestServerConnection } from './temporal';

/** The Gong host test connections name; requests to it are routed to the simulator. */
export const TEST_GONG_BASE_URL = 'https://us-12345.api.gong.io/';

/** Every line the Temporal runtime and workers logged in this test file, for the secret scan. */
export const workerLogLines: string[] = [];

function installCollectingLogger(): void {
  try {
    Runtime.install({
      logger: new DefaultLogger('DEBUG', (entry) => {
        workerLogLines.push(`${entry.level} ${entry.message} ${safeStringify(entry.meta)}`);
      }),
    });
  } catch {
    // Already installed by an earlier file in this process: its logger keeps collecting.
  }
}
installCollectingLogger();

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Error ? { name: v.name, message: v.message, stack: v.stack, cause: v.cause } : v,
    );
  } catch {
    return String(value);
  }
}

/**
 * The workflows, bundled once for the run by test/global-setup.ts; with `failureConverterPath`
 * when the worker encrypts, since workflows convert their failures inside the bundle.
 */
export function workflowBundle(failureConverterPath?: string): WorkflowBundleOption {
  const codePath = inject('workflowBundles')[failureConverterPath ?? ''];
  if (!codePath) throw new Error(`no workflow bundle for failure converter "${failureConverterPath ?? ''}"`);
  return { codePath };
}

/** Everything a workflow test needs: the shared dev server, a fresh simulator, a connection store. */
export interface GongHarness {
  temporal: TestServerConnection;
  /** Client of the workflows: encrypting when the harness was started with keys. */
  client: Client;
  /** A client without any codec, which sees payloads as the server stores them. */
  rawClient: Client;
  /** The data converter of client and workers; undefined without keys. */
  dataConverter: DataConverter | undefined;
  simulator: GongSimulator;
  connections: ConnectionStore;
  connectionsDir: string;
  /** Logged warnings of the simulator route and anything else the deps log. */
  warnings: string[];
  deps: ActivityDeps;
  /** Saves a connection to the simulator; keys default to the simulator's valid ones. */
  addConnection(
    id: string,
    fields?: { baseUrl?: string; accessKey?: string; accessKeySecret?: string },
  ): Promise<void>;
  /** Runs `body` while a fresh worker polls a task queue of its own. */
  withWorker<T>(
    body: (taskQueue: string, worker: Worker) => Promise<T>,
    overrides?: Partial<ActivityDeps>,
    taskQueue?: string,
  ): Promise<T>;
  /** The environment of a `gong-worker worker` process polling `taskQueue` on this harness's parts. */
  workerProcessEnv(taskQueue: string): Record<string, string>;
  /** Runs `gong-worker ...argv` against the test server, the harness's connections and `taskQueue`. */
  cli(taskQueue: string, ...argv: string[]): Promise<CliRun>;
  close(): Promise<void>;
}

/** Options of {@link startGongHarness} beyond the simulator's. */
export interface GongHarnessOptions {
  /** A `PAYLOAD_ENCRYPTION_KEYS` value: client and workers then encrypt every payload. */
  payloadEncryptionKeys?: string;
}

/** Requests per second the harness's workers send: tests run at full speed unless they say otherwise. */
const HARNESS_REQUESTS_PER_SECOND = 1000;

/** Starts a simulator (high rate limit unless told) and connects to the run's dev server. */
export async function startGongHarness(
  simulatorOptions: GongSimulatorOptions = {},
  options: GongHarnessOptions = {},
): Promise<GongHarness> {
  const temporal = await connectToTestServer();
  const dataConverter = options.payloadEncryptionKeys
    ? encryptingDataConverter(parseEncryptionKeys(options.payloadEncryptionKeys))
    : undefined;
  const client = dataConverter
    ? new Client({ connection: temporal.client.connection, namespace: 'default', dataConverter })
    : temporal.client;
  const simulator = await startGongSimulator({ requestsPerSecond: 1000, ...simulatorOptions });
  const connectionsDir = await mkdtemp(join(tmpdir(), 'gong-connections-'));
  const warnings: string[] = [];
  // The worker's own assembly, on the simulator, at full speed, with the extractive answerer.
  const env = {
    GONG_CONNECTIONS_DIR: connectionsDir,
    GONG_SIMULATOR_URL: simulator.url,
    GONG_TIMEOUT_MS: '5000',
    GONG_MAX_REQUESTS_PER_SECOND: String(HARNESS_REQUESTS_PER_SECOND),
  };
  const deps = createWorkerDeps(parseSettings(env, ['store', 'simulator', 'limits', 'openai']), (m) =>
    warnings.push(m),
  );
  const { connections } = deps;
  return {
    temporal,
    client,
    rawClient: temporal.client,
    dataConverter,
    simulator,
    connections,
    connectionsDir,
    warnings,
    deps,
    async addConnection(id, fields = {}) {
      await connections.save(
        createConnection(id, {
          baseUrl: fields.baseUrl ?? TEST_GONG_BASE_URL,
          accessKey: fields.accessKey ?? DEFAULT_SIM_ACCOUNT.accessKey,
          accessKeySecret: fields.accessKeySecret ?? DEFAULT_SIM_ACCOUNT.accessKeySecret,
        }),
      );
    },
    async withWorker(body, overrides = {}, taskQueue = uniqueTaskQueue('gong-test')) {
      const worker = await createGongWorker({
        connection: temporal.connection,
        taskQueue,
        // Its own pacer: a 429 one spec provokes (and the hold-off it causes) stays in that spec.
        deps: {
          ...deps,
          pacer: createRequestPacer({ perSecond: HARNESS_REQUESTS_PER_SECOND }),
          ...overrides,
        },
        workflowBundle: workflowBundle(dataConverter?.failureConverterPath),
        shutdownGraceTime: '2 seconds',
        dataConverter,
      });
      return worker.runUntil(body(taskQueue, worker));
    },
    workerProcessEnv(taskQueue) {
      return {
        TEMPORAL_ADDRESS: temporal.address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        GONG_CONNECTIONS_DIR: connectionsDir,
        GONG_SIMULATOR_URL: simulator.url,
        // Specs read the worker's lines as a person would; the JSON format has a spec of its own.
        LOG_FORMAT: 'text',
      };
    },
    cli(taskQueue, ...argv) {
      return cli(
        {
          TEMPORAL_ADDRESS: temporal.address,
          TEMPORAL_TASK_QUEUE: taskQueue,
          GONG_CONNECTIONS_DIR: connectionsDir,
          TEMPORAL_UI_URL: 'http://localhost:8233',
          PAYLOAD_ENCRYPTION_KEYS: options.payloadEncryptionKeys,
        },
        ...argv,
      );
    },
    async close() {
      await simulator.stop();
      await temporal.close();
      await rm(connectionsDir, { recursive: true, force: true });
    },
  };
}
