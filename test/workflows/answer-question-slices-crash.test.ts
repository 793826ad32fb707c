import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, startAnswerQuestion } from '../../src/client';
import type { AnswerQuestionResult } from '../../src/api/answer-question';
import { callDaysAgo } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess } from '../support/worker-process';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    // From 1.5 days back: a call exactly one day old sits on the first slice's boundary, and whether
    // it falls inside (then the planner reads the whole window at once) would depend on the clock.
    ...Array.from({ length: 600 }, (_, i) =>
      callDaysAgo(1.5 + (i * 80) / 600, { title: `Internal sync #${i}` }),
    ),
    ...Array.from({ length: 7 }, (_, i) => callDaysAgo(3 + i * 6, { title: `Acme check-in ${i}` })),
  ];
});
afterAll(() => h?.close());

const input = {
  connectionId: 'acme-prod',
  customerName: 'Acme',
  // A question the most recent calls answer: the listing measured here is not continued.
  question: 'What happened on the recent calls?',
};
const comparable = (r: AnswerQuestionResult) => ({
  answer: r.answer,
  citations: r.citations,
  callsAnalyzed: r.callsAnalyzed,
  matchedCallCount: r.matchedCallCount,
  complete: r.coverage.complete,
});
const listingBodies = () =>
  h.simulator.requests
    .filter((r) => r.path === '/v2/calls/extensive' && !JSON.stringify(r.body).includes('callIds'))
    .map((r) => JSON.stringify(r.body));

it('a worker killed mid-scan: another worker resumes at the slice and page it reached, with the same answer', async () => {
  const reference = await h.withWorker((taskQueue) =>
    answerQuestionAboutCustomerCall(h.client, input, { taskQueue }),
  );
  const referencePages = listingBodies().length;
  expect(reference.coverage.complete).toBe(false);
  expect(referencePages).toBeGreaterThanOrEqual(3);
  h.simulator.clearRequests();

  const taskQueue = uniqueTaskQueue('slices-crash');
  const doomed = await startWorkerProcess(h.workerProcessEnv(taskQueue));
  h.simulator.setLatency(1500);
  const handle = await startAnswerQuestion(h.client, input, { taskQueue });
  while (listingBodies().length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
  await doomed.kill();
  h.simulator.setLatency(0);

  const result = await h.withWorker(() => handle.result(), {}, taskQueue);

  expect(comparable(result)).toEqual(comparable(reference));
  const fetches = new Map<string, number>();
  for (const body of listingBodies()) fetches.set(body, (fetches.get(body) ?? 0) + 1);
  // The page in flight at the kill may be asked again; no slice is read from its start again.
  expect(Math.max(...fetches.values())).toBeLessThanOrEqual(2);
  expect(fetches.size).toBe(referencePages);
  expect(listingBodies().length).toBeLessThanOrEqual(referencePages + 1);
}, 120_000);
