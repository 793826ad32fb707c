import type { Client, WorkflowHandle } from '@temporalio/client';
import { unlessRunFailed } from './commands/failed-run';
import type { CliIo } from './io';
import { showProgress } from './progress';
import { resultUnlessNoWorker } from './wait-for-worker';

/** How a command waits for the run it started. */
export interface AwaitRunOptions {
  taskQueue: string;
  /** `--worker-timeout` in milliseconds (see `parseWorkerTimeout`, called before the run starts). */
  workerTimeoutMs: number;
  /** The progress line to show on a terminal; none when omitted. */
  progress?: () => Promise<string | null>;
}

/**
 * Waits for a started run's result: progress on a terminal's stderr, a bounded wait for a
 * worker to pick the run up, and a failed run as the activity's own message.
 */
export async function awaitRun<H extends WorkflowHandle>(
  io: CliIo,
  client: Client,
  handle: H,
  options: AwaitRunOptions,
): Promise<Awaited<ReturnType<H['result']>>> {
  const stop = options.progress ? showProgress(io, options.progress) : () => undefined;
  try {
    const result = handle.result() as Promise<Awaited<ReturnType<H['result']>>>;
    return await unlessRunFailed(
      resultUnlessNoWorker(client, handle, result, {
        taskQueue: options.taskQueue,
        timeoutMs: options.workerTimeoutMs,
      }),
    );
  } finally {
    stop();
  }
}
