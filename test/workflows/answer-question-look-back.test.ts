import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

const COMPETITORS = 'Which competitors did they mention?';

function ask(question: string, extra: { maxCalls?: number } = {}) {
  return h.withWorker((taskQueue) =>
    answerQuestionAboutCustomerCall(
      h.client,
      { connectionId: 'acme-prod', customerName: 'Umbrella Health', question, ...extra },
      { taskQueue },
    ),
  );
}

/** `count` Umbrella Health calls, newest first from `fromDay` days ago, one every 4 days, about nothing asked here. */
function routineCalls(count: number, fromDay = 2) {
  return Array.from({ length: count }, (_, i) =>
    callDaysAgo(fromDay + i * 4, {
      title: `Umbrella Health weekly sync ${i + 1}`,
      content: { brief: `The team reviewed the onboarding checklist, week ${i + 1}.` },
    }),
  );
}

/** The 11th most recent call: the only one that names a competitor. */
const qlikCall = () =>
  callDaysAgo(41, {
    title: 'Umbrella Health evaluation review',
    content: {
      brief: 'Umbrella Health is also evaluating Qlik as a competitor for the dashboards.',
      keyPoints: [
        { text: 'Umbrella Health compared our dashboards with Qlik, a competitor they are evaluating.' },
      ],
    },
  });

const listingRequests = () =>
  h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive' && !hasCallIds(r.body));
const contentRequests = () =>
  h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive' && hasCallIds(r.body));
function hasCallIds(body: unknown): boolean {
  return Array.isArray((body as { filter?: { callIds?: unknown } } | null)?.filter?.callIds);
}
/** Each listed slice of the window as `[from, to)` milliseconds, once per slice (its pages share it). */
function listedSlices(): [number, number][] {
  const seen = new Map<string, [number, number]>();
  for (const request of listingRequests()) {
    const { fromDateTime, toDateTime } = (
      request.body as { filter: { fromDateTime: string; toDateTime: string } }
    ).filter;
    seen.set(`${fromDateTime}/${toDateTime}`, [Date.parse(fromDateTime), Date.parse(toDateTime)]);
  }
  return [...seen.values()];
}

describe('looking further back when the most recent calls do not answer', () => {
  it('finds a competitor named only in the 11th most recent call, cites it and says it came from older calls', async () => {
    h.simulator.dataSet.calls = [...routineCalls(10), qlikCall(), ...routineCalls(3, 45)];
    const result = await ask(COMPETITORS);
    expect(result.answer).toContain('Qlik');
    expect(result.answer).toMatch(
      /^The 5 most recent calls do not answer this, so \d+ older calls were read too\. The answer comes from the older call “Umbrella Health evaluation review” \(\d{4}-\d\d-\d\d\)\./,
    );
    expect(result.citations.map((call) => call.title)).toEqual(['Umbrella Health evaluation review']);
    expect(result.markdown).toContain('Umbrella Health evaluation review');
  });

  it('reports every call it read, the newest and the older ones', async () => {
    h.simulator.dataSet.calls = [...routineCalls(10), qlikCall(), ...routineCalls(3, 45)];
    const result = await ask(COMPETITORS);
    expect(result.callsAnalyzed).toHaveLength(14);
    expect(result.callsAnalyzed.slice(0, 5).map((call) => call.title)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Umbrella Health weekly sync ${n}`),
    );
    expect(result.callsAnalyzed.map((call) => call.title)).toContain('Umbrella Health evaluation review');
    expect(result.matchedCallCount).toBe(14);
  });

  it('makes no extra Gong request when the most recent calls answer', async () => {
    h.simulator.dataSet.calls = [
      ...fillerCalls(240),
      ...routineCalls(10),
      qlikCall(),
      ...routineCalls(3, 45),
    ];
    const result = await ask('What did they review on the onboarding checklist?');
    expect(result.callsAnalyzed).toHaveLength(5);
    expect(result.answer).not.toContain('older calls were read');
    expect(contentRequests()).toHaveLength(1);
    // The listing stopped at the 5 most recent matches and was not continued.
    expect(result.coverage.complete).toBe(false);
  });

  it('lists no part of the window twice and reads the newest and older calls together in one content request', async () => {
    h.simulator.dataSet.calls = [
      ...fillerCalls(240),
      ...routineCalls(10),
      qlikCall(),
      ...routineCalls(3, 45),
    ];
    const result = await ask(COMPETITORS);
    expect(result.answer).toContain('Qlik');
    const slices = listedSlices().sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < slices.length; i += 1)
      expect(slices[i]![0]).toBeGreaterThanOrEqual(slices[i - 1]![1]);
    expect(contentRequests()).toHaveLength(2);
    expect((contentRequests()[1]?.body as { filter: { callIds: string[] } }).filter.callIds).toHaveLength(14);
  });

  it('asked about concerns, quotes those of the newest calls and those of older calls, and says why it read them', async () => {
    const newestConcern = callDaysAgo(1, {
      title: 'Umbrella Health weekly sync 0',
      content: { brief: 'Umbrella Health raised a concern about the rollout pace.' },
    });
    const olderConcern = callDaysAgo(41, {
      title: 'Umbrella Health security review',
      content: { brief: 'Umbrella Health raised a concern about data residency in the EU.' },
    });
    h.simulator.dataSet.calls = [newestConcern, ...routineCalls(10), olderConcern];
    const result = await ask('What concerns have they raised?');
    expect(result.answer).toMatch(
      /^The 5 most recent calls answer this only in part, so 7 older calls were read too\. It also quotes the older call “Umbrella Health security review”/,
    );
    expect(result.answer).toContain('a concern about the rollout pace');
    expect(result.answer).toContain('a concern about data residency in the EU');
  });

  it('says that nothing mentions the subject only of the calls it read, newest and older', async () => {
    h.simulator.dataSet.calls = routineCalls(8);
    const result = await ask(COMPETITORS);
    expect(result.answer.split('\n')[0]).toBe(
      'The 5 most recent calls do not answer this, so 3 older calls were read too.',
    );
    expect(result.callsAnalyzed).toHaveLength(8);
    expect(result.citations).toEqual([]);
    expect(contentRequests()).toHaveLength(2);
  });
});
