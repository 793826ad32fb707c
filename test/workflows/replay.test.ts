import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, runHealthCheck } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, workflowBundle, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [callDaysAgo(4, { title: 'Acme QBR' }), ...fillerCalls(120)];
});
afterAll(() => h?.close());

it('replays the histories of finished runs without nondeterminism', async () => {
  const ids = [uniqueWorkflowId('replay-answer'), uniqueWorkflowId('replay-health')];
  await h.withWorker(async (taskQueue) => {
    await answerQuestionAboutCustomerCall(
      h.client,
      { connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?' },
      { taskQueue, workflowId: ids[0] },
    );
    await runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue, workflowId: ids[1] });
  });
  const histories = await Promise.all(
    ids.map(async (workflowId) => ({
      workflowId,
      history: await h.client.workflow.getHandle(workflowId).fetchHistory(),
    })),
  );
  const results = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle: workflowBundle() }, histories)) {
    results.push(result);
  }
  expect(results.map((r) => [r.workflowId, r.error])).toEqual(ids.map((id) => [id, undefined]));
});

it('keeps the history of an answer small: call content stays inside the activity', async () => {
  const workflowId = uniqueWorkflowId('history-size');
  await h.withWorker((taskQueue) =>
    answerQuestionAboutCustomerCall(
      h.client,
      { connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?' },
      { taskQueue, workflowId },
    ),
  );
  const history = await h.client.workflow.getHandle(workflowId).fetchHistory();
  const payloads = payloadTexts(history);
  expect(payloads.some((text) => text.includes('"callId"'))).toBe(true);
  expect(payloads.some((text) => text.includes('"brief"') || text.includes('"keyPoints"'))).toBe(false);
  expect(history.events?.length).toBeLessThanOrEqual(20);
  expect(payloads.reduce((total, text) => total + text.length, 0)).toBeLessThan(8 * 1024);
});

/** The decoded text of every payload in a history. */
function payloadTexts(value: unknown, found: string[] = []): string[] {
  if (value instanceof Uint8Array) {
    found.push(Buffer.from(value).toString('utf8'));
  } else if (Array.isArray(value)) {
    for (const item of value) payloadTexts(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) payloadTexts(item, found);
  }
  return found;
}
