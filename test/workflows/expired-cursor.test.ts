import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, searchCalls } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import type { ActivityDeps } from '../../src/activities/deps';

const TWENTY_MINUTES = 20 * 60_000;
let h: GongHarness;
/** The simulator's clock: jumps 20 minutes ahead once, after the first page, so that page's cursor expires. */
let clockOffset = 0;

beforeAll(async () => {
  h = await startGongHarness({ now: () => new Date(Date.now() + clockOffset), cursorTtlMs: 10 * 60_000 });
  await h.addConnection('acme-prod');
});
beforeEach(() => {
  clockOffset = 0;
  h.simulator.clearRequests();
});
afterAll(() => h?.close());

/** A fetch for the worker that moves the simulator's clock past the cursor's life after the first request. */
function expiringAfterFirstPage(): Partial<ActivityDeps> {
  const originalFetch = h.deps.fetch;
  return {
    fetch: async (input, init) => {
      const response = await originalFetch(input, init);
      if (h.simulator.requests.length === 1) clockOffset = TWENTY_MINUTES;
      return response;
    },
  };
}

/** The statuses of the listing requests (`path`), in order. */
function listingStatuses(path: string): number[] {
  return h.simulator.requests
    .filter((r) => r.path === path && !JSON.stringify(r.body ?? '').includes('callIds'))
    .map((r) => r.status);
}

describe('an expired Gong cursor restarts the slice it belonged to', () => {
  it('restarts the listing of the answer, and still answers', async () => {
    h.simulator.dataSet.calls = [...fillerCalls(150), callDaysAgo(3, { title: 'Acme QBR' })];
    const result = await h.withWorker(
      (taskQueue) =>
        answerQuestionAboutCustomerCall(
          h.client,
          { connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?', exhaustive: true },
          { taskQueue },
        ),
      expiringAfterFirstPage(),
    );
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Acme QBR']);
    expect(listingStatuses('/v2/calls/extensive')).toEqual([200, 400, 200, 200]);
  });

  it('restarts only the slice whose cursor expired, without counting its first page twice', async () => {
    h.simulator.dataSet.calls = [
      ...Array.from({ length: 150 }, (_, i) => callDaysAgo(0.05 + (i * 0.9) / 150, { title: `Sync #${i}` })),
      ...Array.from({ length: 6 }, (_, i) => callDaysAgo(0.1 + i * 0.15, { title: `Acme standup ${i}` })),
      ...Array.from({ length: 100 }, (_, i) => callDaysAgo(2 + i * 0.7, { title: `Older sync #${i}` })),
    ];
    const result = await h.withWorker(
      (taskQueue) =>
        answerQuestionAboutCustomerCall(
          h.client,
          // A question the most recent calls answer: the listing measured here is not continued.
          { connectionId: 'acme-prod', customerName: 'Acme', question: 'What happened on the recent calls?' },
          { taskQueue },
        ),
      expiringAfterFirstPage(),
    );
    expect(listingStatuses('/v2/calls/extensive')).toEqual([200, 400, 200, 200]);
    expect(result.matchedCallCount).toBe(6);
    expect(result.coverage).toMatchObject({ callsScanned: 156, complete: false });
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual([0, 1, 2, 3, 4].map((i) => `Acme standup ${i}`));
  });

  it('restarts the call search, and lists every call of the range once', async () => {
    h.simulator.dataSet.calls = fillerCalls(250);
    const now = Date.now();
    const result = await h.withWorker(
      (taskQueue) =>
        searchCalls(
          h.client,
          {
            connectionId: 'acme-prod',
            fromDateTime: new Date(now - 365 * 86_400_000).toISOString(),
            toDateTime: new Date(now + 60_000).toISOString(),
          },
          { taskQueue },
        ),
      expiringAfterFirstPage(),
    );
    expect(listingStatuses('/v2/calls')).toEqual([200, 400, 200, 200, 200]);
    expect(result).toMatchObject({ returned: 250, totalRecords: 250, truncated: false });
    expect(new Set(result.calls.map((call) => call.id)).size).toBe(250);
  });
});
