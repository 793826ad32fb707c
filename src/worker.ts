import { fileURLToPath } from 'node:url';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from './activities';
import { loadSettings } from './config/settings';
import { loadTemporalConfig } from './config/temporal-connection';
import { createWorkerDeps } from './config/worker-deps';
import { createGongNexusServiceHandler } from './nexus';

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
}

/**
 * Creates the Gong worker: every workflow of `src/workflows`, the activities over `deps` and the
 * `gong` Nexus service, whose operations start those workflows on the same task queue.
 */
export function createGongWorker(options: GongWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue,
    activities: createActivities(options.deps),
    nexusServices: [createGongNexusServiceHandler()],
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: WORKFLOWS_PATH }),
    shutdownGraceTime: options.shutdownGraceTime ?? '10 seconds',
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
  const temporal = loadTemporalConfig(env);
  if (settings.prometheusAddress) {
    Runtime.install({
      telemetryOptions: { metrics: { prometheus: { bindAddress: settings.prometheusAddress } } },
    });
    log(`Prometheus metrics on http://${settings.prometheusAddress}/metrics`);
  }
  const connection = await NativeConnection.connect(temporal.connectionOptions);
  try {
    const worker = await createGongWorker({
      connection,
      namespace: temporal.namespace,
      taskQueue: settings.taskQueue,
      deps: createWorkerDeps(settings, env, (message) => log(`warning: ${message}`)),
    });
    log(
      `Gong worker polling task queue "${settings.taskQueue}" on ${temporal.address} (namespace ${temporal.namespace})`,
    );
    await worker.run();
  } finally {
    await connection.close();
  }
}
