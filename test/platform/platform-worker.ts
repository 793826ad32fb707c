import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Resource } from '@opentelemetry/resources';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { makeWorkflowExporter } from '@temporalio/interceptors-opentelemetry';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { GongHarness } from '../support/gong-harness';
import { quietBundlerLogger } from '../support/quiet-bundler-logger';
import { uniqueTaskQueue } from '../support/temporal';

const require = createRequire(import.meta.url);
const PLATFORM_WORKFLOWS = fileURLToPath(new URL('./workflows.ts', import.meta.url));
const TRACING_INTERCEPTORS =
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/** Where a traced platform worker sends its workflows' spans. */
export interface PlatformTracing {
  spanProcessor: SpanProcessor;
  resource: Resource;
}

const bundles = new Map<boolean, Promise<WorkflowBundleWithSourceMap>>();
/** The stand-in platform's workflows, bundled once per test file (with or without tracing). */
function platformBundle(traced: boolean): Promise<WorkflowBundleWithSourceMap> {
  let bundle = bundles.get(traced);
  if (!bundle) {
    bundle = bundleWorkflowCode({
      workflowsPath: PLATFORM_WORKFLOWS,
      workflowInterceptorModules: traced ? [TRACING_INTERCEPTORS] : [],
      logger: quietBundlerLogger,
    });
    bundles.set(traced, bundle);
  }
  return bundle;
}

/**
 * Runs `body` while a platform worker polls a task queue of its own in `namespace`: it has the
 * platform's workflows and none of the Gong worker's. With `tracing`, its workflows carry the
 * OpenTelemetry interceptors, as a traced platform's would, and their spans go to `tracing`.
 */
export async function withPlatformWorker<T>(
  h: GongHarness,
  namespace: string,
  body: (platformTaskQueue: string) => Promise<T>,
  tracing?: PlatformTracing,
): Promise<T> {
  const taskQueue = uniqueTaskQueue('platform');
  const worker = await Worker.create({
    connection: h.temporal.connection,
    namespace,
    taskQueue,
    workflowBundle: await platformBundle(tracing !== undefined),
    shutdownGraceTime: '2 seconds',
    ...(tracing && {
      sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) },
    }),
  });
  return worker.runUntil(body(taskQueue));
}
