import type { Client, WorkflowHandle } from '@temporalio/client';
import { parseInterval } from '../validation/interval';
import { CommandFailedError, UsageError } from './io';

/** How long a command waits for a worker to pick its run up, unless `--worker-timeout` says. */
export const DEFAULT_WORKER_TIMEOUT = '30s';

/** Help text of `--worker-timeout`. */
export const WORKER_TIMEOUT_HELP =
  'how long to wait for a worker to pick the run up before giving up and terminating it';

/** `--worker-timeout` in milliseconds; a wrong value is a {@link UsageError} naming the flag. */
export function parseWorkerTimeout(value: string): number {
  const ms = parseInterval(value);
  if (ms === null || ms < 1000)
    throw new UsageError(
      `--worker-timeout must be an interval of at least 1s, such as 30s or 2m; got "${value}"`,
    );
  return ms;
}

/**
 * The run's result, unless no worker picks its first task up within `timeoutMs`: then the run is
 * terminated (no orphan is left on the server) and a {@link CommandFailedError} says whether
 * any worker polls the task queue at all (`describeTaskQueue`).
 */
export async function resultUnlessNoWorker<T>(
  client: Client,
  handle: WorkflowHandle,
  result: Promise<T>,
  options: { taskQueue: string; timeoutMs: number },
): Promise<T> {
  result.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), options.timeoutMs);
  });
  const outcome = await Promise.race([result.then(settled, settled), deadline]);
  clearTimeout(timer);
  if (outcome === 'deadline' && !(await pickedUp(handle))) {
    const pollers = await countPollers(client, options.taskQueue);
    const seconds = Math.round(options.timeoutMs / 1000);
    await handle
      .terminate(`no worker picked the run up within ${seconds}s`)
      .catch(() => undefined /* it may have just finished */);
    const why =
      pollers === 0
        ? `no worker polls task queue "${options.taskQueue}"; start one with "gong-worker worker" or set TEMPORAL_TASK_QUEUE to the worker's`
        : `${pollers} worker(s) poll task queue "${options.taskQueue}" but none picked the run up; they may be busy or stuck`;
    throw new CommandFailedError(
      `no worker picked up run ${handle.workflowId} within ${seconds}s (--worker-timeout): ${why}. The run was terminated.`,
      'no-worker',
      { taskQueue: options.taskQueue, workflowId: handle.workflowId, pollers },
    );
  }
  return result;
}

// Enum values of Temporal's API (temporal.api.enums.v1), not re-exported by @temporalio/client.
const PENDING_WORKFLOW_TASK_STATE_STARTED = 2;
const TASK_QUEUE_KIND_NORMAL = 1;
const TASK_QUEUE_TYPE_WORKFLOW = 1;

const settled = () => 'settled' as const;

/** Whether a worker has started the run's first workflow task (or the run is over). */
async function pickedUp(handle: WorkflowHandle): Promise<boolean> {
  const { status, historyLength, raw } = await handle.describe();
  if (status.name !== 'RUNNING') return true;
  const task = raw.pendingWorkflowTask;
  // Started + scheduled are the first two events; a worker's task adds more.
  return historyLength > 2 || task?.state === PENDING_WORKFLOW_TASK_STATE_STARTED;
}

/** How many workers polled the queue's workflow tasks recently, as the server reports. */
async function countPollers(client: Client, taskQueue: string): Promise<number> {
  const response = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: taskQueue, kind: TASK_QUEUE_KIND_NORMAL },
    taskQueueType: TASK_QUEUE_TYPE_WORKFLOW,
  });
  return response.pollers?.length ?? 0;
}
