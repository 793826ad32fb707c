import type { Client } from '@temporalio/client';
import { vi } from 'vitest';

/** A run found by the `GongConnectionId` search attribute, with its execution timeout. */
export interface ConnectionRun {
  workflowId: string;
  type: string;
  executionTimeoutMs: number;
}

/**
 * The runs on `taskQueue` that list under `GongConnectionId = connectionId`, waiting (visibility
 * lags the start a little) until `count` of them are listed.
 */
export async function runsListedByConnection(
  client: Client,
  connectionId: string,
  taskQueue: string,
  count: number,
): Promise<ConnectionRun[]> {
  return vi.waitFor(
    async () => {
      const runs: ConnectionRun[] = [];
      const query = `GongConnectionId = '${connectionId}' AND TaskQueue = '${taskQueue}'`;
      for await (const run of client.workflow.list({ query })) {
        const { raw } = await client.workflow.getHandle(run.workflowId, run.runId).describe();
        const timeout = raw.executionConfig?.workflowExecutionTimeout;
        runs.push({
          workflowId: run.workflowId,
          type: run.type,
          executionTimeoutMs: Number(timeout?.seconds ?? 0) * 1000 + Math.round((timeout?.nanos ?? 0) / 1e6),
        });
      }
      if (runs.length < count) throw new Error(`${runs.length} of ${count} runs listed so far`);
      return runs;
    },
    { timeout: 10_000, interval: 200 },
  );
}
