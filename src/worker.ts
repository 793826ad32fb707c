import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from './activities';
import { parseSettings, WORKER_SECTIONS } from './config/settings';
import { createWorkerDeps } from './config/worker-deps';
import { setCurrentVersion } from './deployment/set-current-version';
import { workerVersioning } from './deployment/versioning';
import { chooseWorkflowCode, workflowsSourcePath, type WorkflowCode } from './deployment/workflow-code';
import { createGongNexusServiceHandler } from './nexus';
import { dataConverterFor, describeEncryption } from './codec';

/** Path of the workflows module the worker bundles when there is no prebuilt bundle. */
export const WORKFLOWS_PATH = workflowsSourcePath();

/** Options of {@link createGongWorker}. */
export interface GongWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue: string;
  deps: ActivityDeps;
  /**
   * A pre-built bundle (tests build one per file; the compiled worker loads `dist/workflow-bundle.js`);
   * otherwise the workflows are bundled at start, as {@link chooseWorkflowCode} decides.
   */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Without `workflowBundle`: the prebuilt bundle or the sources; default {@link chooseWorkflowCode}'s `auto`. */
  workflowCode?: WorkflowCode;
  shutdownGraceTime?: WorkerOptions['shutdownGraceTime'];
  /** Worker Versioning (see `src/deployment/versioning.ts`); unversioned when absent. */
  workerDeploymentOptions?: WorkerOptions['workerDeploymentOptions'];
  /** The payload codec and failure converter (see `src/codec`); Temporal's defaults when absent. */
  dataConverter?: DataConverter;
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
      : workflowCodeOptions(
          options.workflowCode ??
            chooseWorkflowCode('auto', { encrypted: options.dataConverter !== undefined }),
        )),
    shutdownGraceTime: options.shutdownGraceTime ?? '10 seconds',
    ...(options.workerDeploymentOptions ? { workerDeploymentOptions: options.workerDeploymentOptions } : {}),
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
  const settings = parseSettings(env, WORKER_SECTIONS);
  const temporal = settings.temporal.connection;
  const taskQueue = settings.temporal.taskQueue;
  const versioning = workerVersioning(settings.versioning);
  const dataConverter = dataConverterFor(settings.codec.keys);
  const { prometheusAddress } = settings.telemetry;
  if (prometheusAddress) {
    Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: prometheusAddress } } } });
    log(`Prometheus metrics on http://${prometheusAddress}/metrics`);
  }
  const connection = await NativeConnection.connect(temporal.connectionOptions);
  try {
    const code = chooseWorkflowCode(settings.workflowCode, { encrypted: dataConverter !== undefined });
    log(
      code.kind === 'prebuilt'
        ? `Workflows: prebuilt bundle ${code.codePath}`
        : `Workflows: bundling ${code.workflowsPath} (run npm run build to prebuild)`,
    );
    const worker = await createGongWorker({
      connection,
      namespace: temporal.namespace,
      taskQueue,
      deps: createWorkerDeps(settings, (message) => log(`warning: ${message}`)),
      workflowCode: code,
      workerDeploymentOptions: versioning.deployment,
      dataConverter,
    });
    log(describeEncryption(settings.codec.keys));
    const version = versioning.deployment?.version;
    log(
      `Gong worker polling task queue "${taskQueue}" on ${temporal.address} (namespace ${temporal.namespace})` +
        (version ? `, deployment ${version.deploymentName} build ${version.buildId}` : ', unversioned'),
    );
    const running = worker.run();
    if (version && versioning.setCurrent) {
      await setCurrentVersion({ connection, namespace: temporal.namespace, ...version }).then(
        () => log(`Build ${version.buildId} is now the current version of ${version.deploymentName}`),
        (error: unknown) => {
          // Without a current version nothing reaches this worker: stop rather than idle.
          log(`error: could not make build ${version.buildId} current: ${String(error)}`);
          worker.shutdown();
          return running.then(() => Promise.reject(error));
        },
      );
    }
    await running;
  } finally {
    await connection.close();
  }
}

function workflowCodeOptions(code: WorkflowCode): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  return code.kind === 'prebuilt'
    ? { workflowBundle: { codePath: code.codePath } }
    : { workflowsPath: code.workflowsPath };
}
