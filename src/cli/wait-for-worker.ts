import type { Client, WorkflowHandle } from '@temporalio/client';
import { parseInterval } from '../api/interval';
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
 * When a run nobody picked up is checked for pollers: a task queue that no worker polled
 * recently is reported within 5 s, not after the whole `--worker-timeout`.
 */
const NO_POLLER_CHECK_MS = 3_000;

/**
 * The run's result, unless no worker picks its first task up: within 3 s when no worker polls
 * the task queue at all (`describeTaskQueue`), else within `timeoutMs`. The run is then
 * terminated (no orphan is left on the server) and a {@link CommandFailedError} says whether
 * any worker polls the task queue.
 */
export async function resultUnlessNoWorker<T>(
  client: Client,
  handle: WorkflowHandle,
  result: Promise<T>,
  options: { taskQueue: string; timeoutMs: number },
): Promise<T> {
  result.catch(() => undefined);
  const done = result.then(settled, settled);
  /** Null once the run is picked up (or over); else how many workers poll the queue. */
  const pollersAfter = async (ms: number) => {
    if ((await Promise.race([done, delay(ms)])) === 'settled' || (await pickedUp(handle))) return null;
    return countPollers(client, options.taskQueue);
  };
  const early = Math.min(NO_POLLER_CHECK_MS, options.timeoutMs);
  let waitedMs = early;
  let pollers = await pollersAfter(early);
  // Workers that poll get the whole --worker-timeout to pick the run up; none is said at once.
  if (pollers !== null && pollers > 0 && options.timeoutMs > early) {
    waitedMs = options.timeoutMs;
    pollers = await pollersAfter(options.timeoutMs - early);
  }
  if (pollers === null) return result;
  const seconds = Math.round(waitedMs / 1000);
  await handle
    .terminate(`no worker picked the run up within ${seconds}s`)
    .catch(() => undefined /* it may have just finished */);
  const why =
    pollers === 0
      ? `no worker polls task queue "${options.taskQueue}"; start one with "gong-worker worker" or set TEMPORAL_TASK_QUEUE to the worker's`
      : `${pollers} worker(s) poll task queue "${options.taskQueue}" but none picked the run up; they may be busy or stuck`;
  const flag = waitedMs === options.timeoutMs ? ' (--worker-timeout)' : '';
  throw new CommandFailedError(
    `no worker picked up run ${handle.workflowId} within ${seconds}s${flag}: ${why}. The run was terminated.`,
    'no-worker',
    { taskQueue: options.taskQueue, workflowId: handle.workflowId, pollers },
  );
}

// Enum values of Temporal's API (temporal.api.enums.v1), not re-exported by @temporalio/client.
const PENDING_WORKFLOW_TASK_STATE_STARTED = 2;
const TASK_QUEUE_KIND_NORMAL = 1;
const TASK_QUEUE_TYPE_WORKFLOW = 1;

const settled = () => 'settled' as const;

/** Resolves with `deadline` after `ms`, without keeping the process alive. */
function delay(ms: number): Promise<'deadline'> {
  return new Promise((resolve) => setTimeout(() => resolve('deadline'), ms).unref());
}

/** Whether a worker has started the run's first workflow task (or the run is over). */
export async function pickedUp(handle: WorkflowHandle): Promise<boolean> {
  const { status, historyLength, raw } = await handle.describe();
  if (status.name !== 'RUNNING') return true;
  const task = raw.pendingWorkflowTask;
  // Started + scheduled are the first two events; a worker's task adds more.
  return historyLength > 2 || task?.state === PENDING_WORKFLOW_TASK_STATE_STARTED;
}

/** How many workers polled the queue's workflow tasks recently, as the server reports. */
export async function countPollers(client: Client, taskQueue: string): Promise<number> {
  const response = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: taskQueue, kind: TASK_QUEUE_KIND_NORMAL },
    taskQueueType: TASK_QUEUE_TYPE_WORKFLOW,
  });
  return response.pollers?.length ?? 0;
}
