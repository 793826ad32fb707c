import type { Client, WorkflowHandleWithFirstExecutionRunId as WorkflowHandle } from '@temporalio/client';
import { countPollers } from './wait-for-worker';
import { InterruptedError } from './io';

/** How long a cancelled run may take to end before it is terminated instead. */
const CANCEL_GRACE_MS = 10_000;

/** Where to look a run up that the command no longer waits for. */
export function lookUpRun(handle: WorkflowHandle): string {
  const runId = handle.firstExecutionRunId ?? '';
  return `temporal workflow describe --workflow-id ${handle.workflowId} --run-id ${runId}`;
}

/**
 * Stops a run whose command was interrupted (Ctrl-C), so none is left running for hours
 * because its caller went away: a cancel when a worker polls the task queue, a terminate when
 * none does (a cancel could not reach the run) or when the run does not end within 10 s of
 * the cancel. `again` resolves on a second Ctrl-C: the run is then left as it is. Returns the
 * error that reports what was done.
 */
export async function stopRun(
  client: Client,
  handle: WorkflowHandle,
  taskQueue: string,
  again: Promise<void>,
  say: (line: string) => void,
): Promise<InterruptedError> {
  const ids = { workflowId: handle.workflowId, runId: handle.firstExecutionRunId };
  say(`Stopping run ${handle.workflowId} (Ctrl-C again to leave it running)...`);
  const stopping = (async () => {
    const pollers = await countPollers(client, taskQueue).catch(() => 0);
    if (pollers === 0) {
      await handle
        .terminate(`its command was interrupted and no worker polls task queue "${taskQueue}"`)
        .catch(() => undefined /* it may have just ended */);
      return `no worker polls task queue "${taskQueue}", so a cancel could not reach it`;
    }
    await handle.cancel().catch(() => undefined /* it may have just ended */);
    const ended = await Promise.race([
      handle.result().then(
        () => true,
        () => true,
      ),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), CANCEL_GRACE_MS).unref()),
    ]);
    if (ended) return null;
    await handle
      .terminate(
        `its command was interrupted and it did not end within ${CANCEL_GRACE_MS / 1000}s of a cancel`,
      )
      .catch(() => undefined);
    return `it did not end within ${CANCEL_GRACE_MS / 1000}s of being cancelled`;
  })();
  const outcome = await Promise.race([stopping, again.then(() => 'left' as const)]);
  if (outcome === 'left') {
    return new InterruptedError(
      `left run ${handle.workflowId} (run id ${ids.runId}) running; look it up with: ${lookUpRun(handle)}`,
      { ...ids, status: 'RUNNING' },
    );
  }
  const status = (await handle.describe()).status.name;
  const message =
    status === 'CANCELLED'
      ? `cancelled run ${handle.workflowId} (Ctrl-C)`
      : status === 'TERMINATED'
        ? `terminated run ${handle.workflowId} (Ctrl-C): ${outcome ?? 'it was ended meanwhile'}`
        : `run ${handle.workflowId} had already ended (${status.toLowerCase()}) when Ctrl-C was pressed`;
  return new InterruptedError(message, { ...ids, status });
}
