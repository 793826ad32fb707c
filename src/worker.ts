import type { DataConverter, LogLevel } from '@temporalio/common';
import {
  makeTelemetryFilterString,
  NativeConnection,
  Runtime,
  Worker,
  type WorkerOptions,
} from '@temporalio/worker';
import { createActivities, type ActivityDeps } from './activities';
import { parseSettings, WORKER_SECTIONS } from './config/settings';
import { searchAttributeWarning } from './app/deployment/search-attribute-check';
import { createWorkerDeps } from './app/worker-deps';
import { setCurrentVersion } from './app/deployment/set-current-version';
import { workerVersioning } from './app/deployment/worker-versioning';
import {
  chooseWorkflowCode,
  sharedWorkflowModules,
  workflowsSourcePath,
  type WorkflowCode,
} from './app/deployment/choose-workflow-code';
import { createGongNexusServiceHandler } from './nexus';
import { dataConverterFor, describeEncryption } from './adapters/codec';
import type { LogLevelName } from './config/logging';
import type { WorkerTuningSettings } from './config/worker-tuning';
import { startHealthServer } from './app/health/health-server';
import { workerReadiness } from './app/health/worker-readiness';
import { combineObservers } from './app/telemetry/combine-observers';
import { connectionLogAttributes } from './app/telemetry/connection-log-attributes';
import { createGongRequestMetrics, GONG_HISTOGRAM_BUCKETS } from './app/telemetry/gong-metrics';
import { observeAnswerer } from './app/telemetry/observed-answerer';
import { createProcessLogger } from './app/telemetry/process-logger';
import { startTracing } from './app/telemetry/worker-tracing';

/** Path of the workflows module the worker bundles when there is no prebuilt bundle. */
export const WORKFLOWS_PATH = workflowsSourcePath();

/**
 * The bundler's options besides the workflows path, the same for every bundle (`npm run build`'s,
 * the tests', one made at start): the modules all workflows of a thread share.
 */
export const WORKFLOW_BUNDLER_OPTIONS = { preloadModules: sharedWorkflowModules() };

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
  /** Worker Versioning (see `src/app/deployment/worker-versioning.ts`); unversioned when absent. */
  workerDeploymentOptions?: WorkerOptions['workerDeploymentOptions'];
  /** The payload codec and failure converter (see `src/adapters/codec`); Temporal's defaults when absent. */
  dataConverter?: DataConverter;
  /** Tracing's interceptors and span exporter sink (see `src/app/telemetry/worker-tracing.ts`); none when absent. */
  tracing?: Required<Pick<WorkerOptions, 'interceptors' | 'sinks'>>;
  /** How much the worker takes on at once (see {@link tuningOptions}); the SDK's defaults when absent. */
  tuning?: WorkerTuningSettings;
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
    interceptors: {
      ...options.tracing?.interceptors,
      activity: [connectionLogAttributes, ...(options.tracing?.interceptors.activity ?? [])],
    },
    ...(options.tracing ? { sinks: options.tracing.sinks } : {}),
    ...(options.tuning ? tuningOptions(options.tuning) : {}),
  });
}

/**
 * The SDK's fixed-size slot suppliers: at most so many activities (each answer holding its calls'
 * content) and workflow tasks at once, and a sticky cache of so many workflows, so the worker's
 * memory is bounded by its settings rather than by how large a batch is. Not the resource-based
 * tuner: it reads the host's CPU, not the container's (a busy neighbour starves this worker), and
 * V8 grows its heaps lazily, so memory use says little about what the answers in flight hold.
 * Every workflow task slot may poll: with a tuner the SDK polls with 10 at most, a fifth of them
 * (2) for new runs, whose first tasks then waited up to 45 s in a 500-answer batch.
 */
function tuningOptions(
  tuning: WorkerTuningSettings,
): Pick<WorkerOptions, 'tuner' | 'maxCachedWorkflows' | 'workflowTaskPollerBehavior'> {
  return {
    tuner: {
      workflowTaskSlotSupplier: { type: 'fixed-size', numSlots: tuning.maxWorkflowTaskSlots },
      activityTaskSlotSupplier: { type: 'fixed-size', numSlots: tuning.maxActivitySlots },
      localActivityTaskSlotSupplier: { type: 'fixed-size', numSlots: tuning.maxActivitySlots },
      nexusTaskSlotSupplier: { type: 'fixed-size', numSlots: tuning.maxWorkflowTaskSlots },
    },
    maxCachedWorkflows: tuning.maxCachedWorkflows,
    workflowTaskPollerBehavior: { type: 'simple-maximum', maximum: tuning.maxWorkflowTaskSlots },
  };
}

/**
 * Runs the worker process: connects with `@temporalio/envconfig` (TEMPORAL_ADDRESS,
 * TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TLS, profiles), polls `TEMPORAL_TASK_QUEUE` (default
 * `gong`), logs through one logger (`LOG_FORMAT`, `LOG_LEVEL`), serves Prometheus metrics with
 * `TEMPORAL_PROMETHEUS_ADDRESS` (or pushes OTLP metrics with `OTEL_EXPORTER_OTLP_ENDPOINT`),
 * traces with the OpenTelemetry variables, serves `/livez` and `/readyz` with
 * `GONG_WORKER_HEALTH_ADDRESS`, and shuts down gracefully on SIGINT/SIGTERM. `write` receives
 * each log line.
 */
export async function runWorker(
  env: Record<string, string | undefined> = process.env,
  write: (line: string) => void = (line) => console.log(line),
  isTerminal: boolean = process.stdout.isTTY === true,
): Promise<void> {
  const settings = parseSettings(env, WORKER_SECTIONS);
  const temporal = settings.temporal.connection;
  const taskQueue = settings.temporal.taskQueue;
  const versioning = workerVersioning(settings.versioning);
  const dataConverter = dataConverterFor(settings.codec.keys);
  const { telemetry } = settings;
  const logger = createProcessLogger(
    { format: settings.logging.format ?? (isTerminal ? 'text' : 'json'), level: settings.logging.level },
    write,
  );
  const log = logger.pino;
  Runtime.install({
    logger: logger.temporal,
    telemetryOptions: {
      logging: {
        forward: {},
        filter: makeTelemetryFilterString({ core: coreLogLevel(settings.logging.level) }),
      },
      ...metricsOptions(telemetry.prometheusAddress, telemetry.otlpMetricsUrl),
    },
  });
  if (telemetry.prometheusAddress)
    log.info(`Prometheus metrics on http://${telemetry.prometheusAddress}/metrics`);
  // The origin only: an endpoint may carry user-info (`http://user:token@host`).
  else if (telemetry.otlpMetricsUrl) log.info(`OTLP metrics to ${new URL(telemetry.otlpMetricsUrl).origin}`);
  const tracing = await startTracing(telemetry);
  if (tracing) log.info('Tracing: spans exported over OTLP (OTEL_EXPORTER_OTLP_ENDPOINT)');

  let worker: Worker | undefined;
  let connection: NativeConnection | undefined;
  const deps = createWorkerDeps(settings, (message) => log.warn(message));
  const health = settings.health.address
    ? await startHealthServer(
        settings.health.address,
        workerReadiness({
          workerStatus: () => worker?.getStatus() ?? null,
          pingTemporal: () =>
            connection?.workflowService.getSystemInfo({}) ?? Promise.reject(new Error('not connected')),
          pingStore: () => deps.connections.ping(),
          logDetail: (message) => log.warn(message),
        }),
      )
    : undefined;
  if (health) log.info(`Health probes on http://${health.address}/livez and /readyz`);
  try {
    connection = await NativeConnection.connect(temporal.connectionOptions);
    const missingAttribute = await searchAttributeWarning(connection, temporal.namespace);
    if (missingAttribute) log.warn(missingAttribute);
    const meter = Runtime.instance().metricMeter;
    const metricsObserver = createGongRequestMetrics(meter);
    const code = chooseWorkflowCode(settings.workflowCode, {
      encrypted: dataConverter !== undefined,
      traced: tracing !== null,
    });
    log.info(
      code.kind === 'prebuilt'
        ? `Workflows: prebuilt bundle ${code.codePath}`
        : `Workflows: bundling ${code.workflowsPath} (run npm run build to prebuild)`,
    );
    worker = await createGongWorker({
      connection,
      namespace: temporal.namespace,
      taskQueue,
      deps: {
        ...deps,
        answerer: observeAnswerer(deps.answerer, meter, tracing, { model: settings.openai?.model }),
        observer: tracing ? combineObservers(tracing.gongObserver, metricsObserver) : metricsObserver,
      },
      workflowCode: code,
      workerDeploymentOptions: versioning.deployment,
      dataConverter,
      tuning: settings.workerTuning,
      ...(tracing ? { tracing: tracing.workerOptions(code.kind === 'prebuilt') } : {}),
    });
    log.info(describeEncryption(settings.codec.keys));
    const version = versioning.deployment?.version;
    log.info(
      `Gong worker polling task queue "${taskQueue}" on ${temporal.address} (namespace ${temporal.namespace})` +
        (version ? `, deployment ${version.deploymentName} build ${version.buildId}` : ', unversioned'),
    );
    const running = worker.run();
    if (version && versioning.setCurrent) {
      const started = worker;
      await setCurrentVersion({ connection, namespace: temporal.namespace, ...version }).then(
        () => log.info(`Build ${version.buildId} is now the current version of ${version.deploymentName}`),
        (error: unknown) => {
          // Without a current version nothing reaches this worker: stop rather than idle.
          log.error(`could not make build ${version.buildId} current: ${String(error)}`);
          started.shutdown();
          return running.then(() => Promise.reject(error));
        },
      );
    }
    await running;
  } finally {
    await health?.close();
    await tracing?.shutdown();
    await connection?.close();
  }
}

/** Core's log filter at the process's `LOG_LEVEL`, so its lines reach the one logger. */
function coreLogLevel(level: LogLevelName): LogLevel {
  return level.toUpperCase() as LogLevel;
}

/**
 * Prometheus when `TEMPORAL_PROMETHEUS_ADDRESS` is set, else OTLP/HTTP metrics when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is; the runtime exports one or the other.
 */
function metricsOptions(prometheusAddress: string | null, otlpMetricsUrl: string | null) {
  const histogramBucketOverrides = GONG_HISTOGRAM_BUCKETS;
  if (prometheusAddress) {
    return { metrics: { prometheus: { bindAddress: prometheusAddress, histogramBucketOverrides } } };
  }
  if (otlpMetricsUrl) {
    return {
      metrics: {
        otel: { url: otlpMetricsUrl, http: true, metricsExportInterval: '10s', histogramBucketOverrides },
      },
    };
  }
  return {};
}

function workflowCodeOptions(
  code: WorkflowCode,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  return code.kind === 'prebuilt'
    ? { workflowBundle: { codePath: code.codePath } }
    : { workflowsPath: code.workflowsPath, bundlerOptions: WORKFLOW_BUNDLER_OPTIONS };
}
