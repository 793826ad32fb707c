import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueWorkflowId } from '../support/temporal';
import { gongWorkflowRegistry } from '../../src/api';
import { parseInterval } from '../../src/api/interval';
import { runsListedByConnection } from './connection-runs';
import { withPlatformWorker } from './platform-worker';
import type { briefBeforeMeeting, checkConnectionAsChild } from './workflows';

const GONG_401 = 'Validate credentials failed. Please check your credentials and try again.';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  await h.addConnection('bad-keys', { accessKeySecret: 'wrong-secret-value' });
});
afterAll(() => h?.close());

/** Runs a platform workflow on the platform's queue while the Gong worker polls its own. */
function runPlatform<R>(start: (platformTaskQueue: string, gongTaskQueue: string) => Promise<R>) {
  return h.withWorker((gongTaskQueue) =>
    withPlatformWorker(h, 'default', (platformTaskQueue) => start(platformTaskQueue, gongTaskQueue)),
  );
}

describe('a platform workflow calling ours as children', () => {
  it('gets the typed health result and the cited answer from children run by the Gong worker', async () => {
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme pricing review' }), ...fillerCalls(4)];
    const workflowId = uniqueWorkflowId('platform-brief');
    let gongQueue = '';
    const { health, answer, childIds } = await runPlatform((taskQueue, gongTaskQueue) => {
      gongQueue = gongTaskQueue;
      return h.client.workflow.execute<typeof briefBeforeMeeting>('briefBeforeMeeting', {
        taskQueue,
        workflowId,
        args: [{ connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?', gongTaskQueue }],
      });
    });
    expect(health).toMatchObject({ healthy: true, connectionId: 'acme-prod' });
    expect(answer.status).toBe('answered');
    expect(answer.citations.map((c) => c.title)).toEqual(['Acme pricing review']);
    for (const childId of childIds) {
      const child = await h.client.workflow.getHandle(childId).describe();
      expect(child.parentExecution?.workflowId).toBe(workflowId);
      expect(child.taskQueue).toBe(gongQueue);
    }
    expect(childIds[0]).toMatch(/^gong-health-acme-prod-[0-9a-f-]{36}$/);
    expect(childIds[1]).toMatch(/^answer-acme-prod-[0-9a-f-]{36}$/);
  });

  it("lists the children under their connection's GongConnectionId, each with its execution timeout", async () => {
    h.simulator.dataSet.calls = [callDaysAgo(2, { title: 'Acme renewal' }), ...fillerCalls(2)];
    let gongQueue = '';
    const { childIds } = await runPlatform((taskQueue, gongTaskQueue) => {
      gongQueue = gongTaskQueue;
      return h.client.workflow.execute<typeof briefBeforeMeeting>('briefBeforeMeeting', {
        taskQueue,
        workflowId: uniqueWorkflowId('platform-listed'),
        args: [{ connectionId: 'acme-prod', customerName: 'Acme', question: 'Renewal?', gongTaskQueue }],
      });
    });
    const runs = await runsListedByConnection(h.client, 'acme-prod', gongQueue, 2);
    expect(runs.map((run) => run.workflowId).sort()).toEqual([...childIds].sort());
    for (const run of runs) {
      const type = run.type as keyof typeof gongWorkflowRegistry;
      expect(run.executionTimeoutMs, run.type).toBe(
        parseInterval(gongWorkflowRegistry[type].executionTimeout),
      );
    }
  });

  it("reads a failed child's typed failure: Gong's 401 as gong_auth, not retryable", async () => {
    const outcome = await runPlatform((taskQueue, gongTaskQueue) =>
      h.client.workflow.execute<typeof checkConnectionAsChild>('checkConnectionAsChild', {
        taskQueue,
        workflowId: uniqueWorkflowId('platform-check'),
        args: [{ connectionId: 'bad-keys', gongTaskQueue }],
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      failure: {
        kind: 'gong_auth',
        message: GONG_401,
        nonRetryable: true,
        gongStatus: 401,
        gongRequestId: expect.any(String),
      },
    });
  });

  it('refuses a wrong input before scheduling a child, naming the field', async () => {
    h.simulator.clearRequests();
    const workflowId = uniqueWorkflowId('platform-bad-input');
    const outcome = await runPlatform((taskQueue, gongTaskQueue) =>
      h.client.workflow.execute<typeof checkConnectionAsChild>('checkConnectionAsChild', {
        taskQueue,
        workflowId,
        args: [{ connectionId: 'Not A Valid Id!', gongTaskQueue }],
      }),
    );
    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'invalid_input', nonRetryable: true },
    });
    expect(outcome.ok ? '' : outcome.failure?.message).toMatch(
      /^Invalid input for gongHealthCheck: connectionId: /,
    );
    expect(outcome.ok ? '' : outcome.failure?.message).not.toContain('Not A Valid Id!');
    const history = await h.client.workflow.getHandle(workflowId).fetchHistory();
    expect(history.events?.some((e) => e.startChildWorkflowExecutionInitiatedEventAttributes)).toBe(false);
    expect(h.simulator.requests).toHaveLength(0);
  });
});
