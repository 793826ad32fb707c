import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { callDaysAgo } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const TWENTY_MINUTES = 20 * 60_000;
let h: GongHarness | undefined;
/** The simulator's clock: jumps 20 minutes ahead once, after the first page, so that page's cursor expires. */
let clockOffset = 0;

beforeAll(async () => {
  h = await startGongHarness({ now: () => new Date(Date.now() + clockOffset), cursorTtlMs: 10 * 60_000 });
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    ...Array.from({ length: 150 }, (_, i) => callDaysAgo(0.05 + (i * 0.9) / 150, { title: `Sync #${i}` })),
    ...Array.from({ length: 6 }, (_, i) => callDaysAgo(0.1 + i * 0.15, { title: `Acme standup ${i}` })),
    ...Array.from({ length: 100 }, (_, i) => callDaysAgo(2 + i * 0.7, { title: `Older sync #${i}` })),
  ];
});
afterAll(() => h?.close());

it('restarts only the slice whose cursor expired, without counting its first page twice', async () => {
  const harness = h as GongHarness;
  const originalFetch = harness.deps.fetch;
  const result = await harness.withWorker(
    (taskQueue) =>
      answerQuestionAboutCustomerCall(
        harness.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?' },
        { taskQueue },
      ),
    {
      fetch: async (input, init) => {
        const response = await originalFetch(input, init);
        if (harness.simulator.requests.length === 1) clockOffset = TWENTY_MINUTES;
        return response;
      },
    },
  );
  const listing = harness.simulator.requests.filter(
    (r) => r.path === '/v2/calls/extensive' && !JSON.stringify(r.body).includes('callIds'),
  );
  expect(listing.map((r) => r.status)).toEqual([200, 400, 200, 200]);
  expect(result.matchedCallCount).toBe(6);
  expect(result.coverage).toMatchObject({ callsScanned: 156, complete: false });
  expect(result.callsAnalyzed.map((c) => c.title)).toEqual([0, 1, 2, 3, 4].map((i) => `Acme standup ${i}`));
});
