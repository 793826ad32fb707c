import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const TWENTY_MINUTES = 20 * 60_000;
let h: GongHarness | undefined;
/** The simulator's clock: jumps 20 minutes ahead once, after the first page, so that page's cursor expires. */
let clockOffset = 0;

beforeAll(async () => {
  h = await startGongHarness({ now: () => new Date(Date.now() + clockOffset), cursorTtlMs: 10 * 60_000 });
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [...fillerCalls(150), callDaysAgo(3, { title: 'Acme QBR' })];
});
afterAll(() => h?.close());

it('restarts the listing when Gong says the cursor has expired, and still answers', async () => {
  const harness = h as GongHarness;
  const originalFetch = harness.deps.fetch;
  const result = await harness.withWorker(
    (taskQueue) =>
      answerQuestionAboutCustomerCall(
        harness.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?', exhaustive: true },
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
  expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Acme QBR']);
  const listing = harness.simulator.requests.filter((r) => r.path === '/v2/calls/extensive');
  expect(listing.map((r) => r.status)).toEqual([200, 400, 200, 200, 200]);
});
