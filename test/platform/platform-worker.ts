import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';

const PLATFORM_WORKFLOWS = fileURLToPath(new URL('./workflows.ts', import.meta.url));

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
/** The stand-in platform's workflows, bundled once per test file. */
function platformBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({
    workflowsPath: PLATFORM_WORKFLOWS,
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (m: string) => console.error(m),
    },
  });
  return bundle;
}

/**
 * Runs `body` while a platform worker polls a task queue of its own in `namespace`: it has the
 * platform's workflows and none of the Gong worker's.
 */
export async function withPlatformWorker<T>(
  h: GongHarness,
  namespace: string,
  body: (platformTaskQueue: string) => Promise<T>,
): Promise<T> {
  const taskQueue = uniqueTaskQueue('platform');
  const worker = await Worker.create({
    connection: h.temporal.connection,
    namespace,
    taskQueue,
    workflowBundle: await platformBundle(),
    shutdownGraceTime: '2 seconds',
  });
  return worker.runUntil(body(taskQueue));
}
