import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, startAnswerQuestion } from '../../src/client';
import type { AnswerQuestionResult } from '../../src/api/answer-question';
import { uniqueTaskQueue } from '../support/temporal';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { startWorkerProcess } from '../support/worker-process';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    ...fillerCalls(347),
    callDaysAgo(85, { title: 'Acme kickoff' }),
    callDaysAgo(45, { title: 'Acme pricing review' }),
    callDaysAgo(2, { title: 'Acme renewal' }),
  ];
});
afterAll(() => h?.close());

const input = {
  connectionId: 'acme-prod',
  customerName: 'Acme',
  question: 'What did they say about pricing?',
  // The full listing in one slice: this file checks resuming from a cursor, page by page.
  exhaustive: true,
};
const comparable = (r: AnswerQuestionResult) => ({
  answer: r.answer,
  citations: r.citations,
  callsAnalyzed: r.callsAnalyzed,
  matchedCallCount: r.matchedCallCount,
});

it('a worker killed during the listing: another worker resumes from the last page and gives the same answer', async () => {
  const reference = await h.withWorker((taskQueue) =>
    answerQuestionAboutCustomerCall(h.client, input, { taskQueue }),
  );
  h.simulator.clearRequests();

  const taskQueue = uniqueTaskQueue('crash');
  const doomed = await startWorkerProcess(h.workerProcessEnv(taskQueue));
  h.simulator.setLatency(1500);
  const handle = await startAnswerQuestion(h.client, input, { taskQueue });
  const listing = () => h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive');
  while (listing().length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
  await doomed.kill();
  const pagesBeforeCrash = listing().length;
  h.simulator.setLatency(0);

  const result = await h.withWorker(() => handle.result(), {}, taskQueue);

  expect(comparable(result)).toEqual(comparable(reference));
  const fetchesPerPage = new Map<string, number>();
  for (const request of listing()) {
    const key = JSON.stringify(request.body);
    fetchesPerPage.set(key, (fetchesPerPage.get(key) ?? 0) + 1);
  }
  expect(pagesBeforeCrash).toBeGreaterThanOrEqual(2);
  expect(Math.max(...fetchesPerPage.values())).toBeLessThanOrEqual(2);
  const listingPages = [...fetchesPerPage.keys()].filter((key) => !key.includes('callIds'));
  expect(listingPages).toHaveLength(4);
}, 120_000);
