import { fileURLToPath } from 'node:url';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from './activities';
import { activityDepsFromEnv } from './config/activity-deps-from-env';
import { loadSettings } from './config/settings';
import { dataConverterFromEnv, describeEncryption } from './codec';

/** Path of the workflows module the worker bundles. */
export const WORKFLOWS_PATH = fileURLToPath(new URL('./workflows/index.ts', import.meta.url));

/** Options of {@link createGongWorker}. */
export interface GongWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** A pre-built bundle (tests build one per file); otherwise the workflows are bundled at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  shutdownGraceTime?: WorkerOptions['shutdownGraceTime'];
  /** The payload codec and failure converter (see `src/codec`); Temporal's defaults when absent. */
  dataConverter?: DataConverter;
}

/** Creates the Gong worker: every workflow of `src/workflows` and the activities over `deps`. */
export function createGongWorker(options: GongWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue,
    activities: createActivities(options.deps),
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: WORKFLOWS_PATH }),
    shutdownGraceTime: options.shutdownGraceTime ?? '10 seconds',
    ...(options.dataConverter ? { dataConverter: options.dataConverter } : {}),
  });
}

/**
 * Runs the worker process: connects with `@temporalio/envconfig` (TEMPORAL_ADDRESS,
 * TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TLS, profiles), polls `TEMPORAL_TASK_QUEUE` (default
 * `gong`), serves Prometheus metrics when `TEMPORAL_PROMETHEUS_ADDRESS` is set, and shuts down
 * gracefully on SIGINT/SIGTERM.
 */
export async function runWorker(
  env: Record<string, string | undefined> = process.env,
  log: (line: string) => void = (line) => console.log(line),
): Promise<void> {
  const settings = loadSettings(env);
  const dataConverter = dataConverterFromEnv(env);
  if (settings.prometheusAddress) {
    Runtime.install({
      telemetryOptions: { metrics: { prometheus: { bindAddress: settings.prometheusAddress } } },
    });
    log(`Prometheus metrics on http://${settings.prometheusAddress}/metrics`);
  }
  const config = loadClientConnectConfig({ overrideEnvVars: definedOnly(env) });
  const connection = await NativeConnection.connect(config.connectionOptions);
  try {
    const namespace = config.namespace ?? 'default';
    const worker = await createGongWorker({
      connection,
      namespace,
      taskQueue: settings.taskQueue,
      deps: activityDepsFromEnv(settings, env, (message) => log(`warning: ${message}`)),
      dataConverter,
    });
    log(describeEncryption(env));
    log(
      `Gong worker polling task queue "${settings.taskQueue}" on ${config.connectionOptions.address ?? 'localhost:7233'} (namespace ${namespace})`,
    );
    await worker.run();
  } finally {
    await connection.close();
  }
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
