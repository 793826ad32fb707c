import { ScheduleOverlapPolicy, type WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  scheduleHealthCheck,
  startAnswerQuestion,
  startGetCallContent,
  startGetCallTranscripts,
  startGongApiRequest,
  startSearchCalls,
  unscheduleHealthCheck,
} from '../../src/client';
import { gongWorkflowRegistry, healthScheduleId } from '../../src/api';
import { parseInterval } from '../../src/api/interval';
import { startBrokenGong } from '../support/broken-gong';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  await h.addConnection('stuck-check');
});
afterAll(() => h?.close());

async function executionTimeoutMs(handle: WorkflowHandle): Promise<number> {
  const { raw } = await handle.describe();
  const timeout = raw.executionConfig?.workflowExecutionTimeout;
  return Number(timeout?.seconds ?? 0) * 1000 + Math.round((timeout?.nanos ?? 0) / 1e6);
}

describe('every workflow has an execution timeout', () => {
  it('each client start sets the execution timeout of its workflow', async () => {
    // No worker polls this queue: the runs are only started, described and terminated.
    const taskQueue = uniqueTaskQueue('no-worker');
    const connectionId = 'acme-prod';
    const started = {
      answerQuestionAboutCustomerCall: await startAnswerQuestion(
        h.client,
        { connectionId, customerName: 'Acme', question: 'Pricing?' },
        { taskQueue },
      ),
      searchCalls: await startSearchCalls(
        h.client,
        { connectionId, fromDateTime: '2026-01-01T00:00:00Z', toDateTime: '2026-02-01T00:00:00Z' },
        { taskQueue },
      ),
      getCallContent: await startGetCallContent(h.client, { connectionId, callIds: ['123'] }, { taskQueue }),
      getCallTranscripts: await startGetCallTranscripts(
        h.client,
        { connectionId, callIds: ['123'] },
        { taskQueue },
      ),
      gongApiRequest: await startGongApiRequest(
        h.client,
        { connectionId, method: 'GET', path: '/v2/users' },
        { taskQueue },
      ),
    };
    try {
      for (const [workflow, handle] of Object.entries(started)) {
        const expected = parseInterval(
          gongWorkflowRegistry[workflow as keyof typeof started].executionTimeout,
        );
        expect({ workflow, timeoutMs: await executionTimeoutMs(handle) }).toEqual({
          workflow,
          timeoutMs: expected,
        });
      }
    } finally {
      await Promise.all(Object.values(started).map((handle) => handle.terminate('test done')));
    }
  });

  it('the health-check Schedule starts its runs with the health check’s execution timeout', async () => {
    const { scheduleId } = await scheduleHealthCheck(h.client, { connectionId: 'acme-prod' });
    try {
      const { action } = await h.client.schedule.getHandle(scheduleId).describe();
      expect(action.type).toBe('startWorkflow');
      expect(action.type === 'startWorkflow' && Number(action.workflowExecutionTimeout)).toBe(
        parseInterval(gongWorkflowRegistry.gongHealthCheck.executionTimeout),
      );
    } finally {
      await unscheduleHealthCheck(h.client, { connectionId: 'acme-prod' });
    }
  });
});

it('a scheduled check stuck on a Gong that never answers times out, and the next check runs', async () => {
  // Gong accepts the connection and never answers.
  const gong = await startBrokenGong(() => undefined, { gongTimeoutMs: 60_000 });
  const schedule = h.client.schedule.getHandle(healthScheduleId('stuck-check'));
  try {
    await h.withWorker(async (taskQueue) => {
      await scheduleHealthCheck(
        h.client,
        { connectionId: 'stuck-check', every: '1 hour' },
        { taskQueue, executionTimeout: '3 seconds' },
      );
      await schedule.trigger(ScheduleOverlapPolicy.SKIP);
      const first = await waitFor(async () => (await schedule.describe()).info.recentActions[0]);
      const firstRun = h.client.workflow.getHandle(first.action.workflow.workflowId);
      await waitFor(async () => ((await firstRun.describe()).status.name === 'TIMED_OUT' ? true : undefined));
      // With the first run still open, SKIP would drop this one; timed out, it runs.
      await schedule.trigger(ScheduleOverlapPolicy.SKIP);
      const actions = await waitFor(async () => {
        const recent = (await schedule.describe()).info.recentActions;
        return recent.length >= 2 ? recent : undefined;
      });
      expect(actions[1]?.action.workflow.workflowId).not.toBe(first.action.workflow.workflowId);
    }, gong.deps);
  } finally {
    await schedule.delete().catch(() => undefined);
    await gong.close();
  }
}, 60_000);

/** Polls `probe` every 200 ms until it returns something, for at most 30 s. */
async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
