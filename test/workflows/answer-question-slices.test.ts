import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityDeps } from '../../src/activities';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import type { AnswerQuestionResult } from '../../src/api/answer-question';
import {
  buildSimCall,
  createCadenceDataSet,
  type RecordedRequest,
  type SimCall,
} from '../../tools/simulator';
import { callDaysAgo, fillerCalls, NEUTRAL_PARTIES } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const DAY_MS = 86_400_000;

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

interface SliceFilter {
  fromDateTime: string;
  toDateTime: string;
}

function ask(
  customerName: string,
  extra: { exhaustive?: boolean } = {},
  overrides: Partial<ActivityDeps> = {},
) {
  return h.withWorker(
    (taskQueue) =>
      answerQuestionAboutCustomerCall(
        h.client,
        // A question the most recent calls answer: the listing measured here is not continued.
        { connectionId: 'acme-prod', customerName, question: 'What happened on the recent calls?', ...extra },
        { taskQueue },
      ),
    overrides,
  );
}

/** The listing requests of the window (not the content reads by call id), in order. */
function listingRequests(): (RecordedRequest & { filter: SliceFilter })[] {
  return h.simulator.requests.flatMap((request) => {
    const filter = (request.body as { filter?: SliceFilter & { callIds?: unknown } } | null)?.filter;
    return request.path === '/v2/calls/extensive' && filter && !filter.callIds
      ? [{ ...request, filter }]
      : [];
  });
}

/** What a person reading the answer sees; each run's own window is named alike. */
// The pointer to older calls relevant by title names those the listing read, so a full listing can
// name more: it is left out of the comparison.
const answerPart = (r: AnswerQuestionResult) => ({
  status: r.status,
  answer: r.answer
    .replace(/\n\n\d+ older matching calls? looks? relevant by title: .*$/, '')
    .replace(r.window.fromDateTime, '<from>')
    .replace(r.window.toDateTime, '<to>'),
  citations: r.citations,
  callsAnalyzed: r.callsAnalyzed,
});

/** Calls of the data set that started in `[from, to)`. */
function callsBetween(from: string, to: string): SimCall[] {
  return h.simulator.dataSet.calls.filter((call) => {
    const started = Date.parse(call.metaData.started);
    return started >= Date.parse(from) && started < Date.parse(to);
  });
}

/** Adds calls to the simulator when the first listing request names its slice, e.g. on its boundary. */
function onFirstSlice(add: (slice: SliceFilter) => SimCall[]): Partial<ActivityDeps> {
  let added = false;
  return {
    fetch: async (input, init) => {
      if (!added && input.pathname === '/v2/calls/extensive' && typeof init.body === 'string') {
        const { filter } = JSON.parse(init.body) as { filter: SliceFilter & { callIds?: unknown } };
        if (!filter.callIds) {
          added = true;
          h.simulator.dataSet.calls.push(...add(filter));
        }
      }
      return h.deps.fetch(input, init);
    },
  };
}

describe('reading a large account newest first', () => {
  it('analyzes and cites, for every customer of a seeded account, the same calls as a full listing', async () => {
    const account = createCadenceDataSet({
      seed: 11,
      now: new Date(),
      callCount: 1500,
      lookbackDays: 90,
      customers: [
        { company: 'Globex', cadence: 'daily' },
        { company: 'Initech', cadence: 'weekly' },
        { company: 'Hooli', cadence: 'twice' },
        { company: 'Pied Piper', cadence: 'never' },
      ],
    });
    Object.assign(h.simulator.dataSet, account);
    const requests: Record<string, { sliced: number; full: number }> = {};
    for (const { name } of h.simulator.dataSet.companies) {
      h.simulator.clearRequests();
      const sliced = await ask(name);
      const slicedRequests = listingRequests().length;
      h.simulator.clearRequests();
      const full = await ask(name, { exhaustive: true });
      requests[name] = { sliced: slicedRequests, full: listingRequests().length };

      expect(answerPart(sliced), name).toEqual(answerPart(full));
      expect(full.coverage.complete).toBe(true);
      if (sliced.coverage.complete) expect(sliced.matchedCallCount).toBe(full.matchedCallCount);
      else expect(sliced.matchedCallCount).toBeGreaterThanOrEqual(5);
      expect(slicedRequests, name).toBeLessThanOrEqual(requests[name].full + 5);
    }
    expect(requests.Globex?.sliced).toBeLessThanOrEqual(3);
    expect(requests.Globex?.full).toBe(15);
  }, 300_000);

  it('reports how much of the window it read: the days the most recent matches needed', async () => {
    h.simulator.dataSet.calls = [
      ...Array.from({ length: 7 }, (_, i) => callDaysAgo(1.5 + i * 3, { title: `Acme call ${i}` })),
      ...fillerCalls(400),
    ];
    const result = await ask('Acme');
    const slices = listingRequests().map((r) => r.filter);
    const scannedFrom = slices.at(-1)?.fromDateTime ?? '';
    // How far back the slices reach depends on where their boundaries fall; what is reported must
    // match what was read, and say whether that was the whole window.
    expect(result.coverage).toEqual({
      scannedFrom,
      scannedTo: result.window.toDateTime,
      callsScanned: callsBetween(scannedFrom, result.window.toDateTime).length,
      complete: Date.parse(scannedFrom) <= Date.parse(result.window.fromDateTime),
    });
    expect(Date.parse(scannedFrom)).toBeLessThanOrEqual(Date.now() - 13.5 * DAY_MS);
    expect(result.matchedCallCount).toBe(
      callsBetween(scannedFrom, result.window.toDateTime).filter((c) => c.metaData.title.startsWith('Acme'))
        .length,
    );
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual([0, 1, 2, 3, 4].map((i) => `Acme call ${i}`));
  });

  it('reports the whole window as read when the customer has fewer calls than maxCalls', async () => {
    h.simulator.dataSet.calls = [callDaysAgo(30, { title: 'Acme QBR' }), ...fillerCalls(300)];
    const result = await ask('Acme');
    expect(result.coverage).toEqual({
      scannedFrom: result.window.fromDateTime,
      scannedTo: result.window.toDateTime,
      callsScanned: 301,
      complete: true,
    });
    expect(result.matchedCallCount).toBe(1);
  });
});

describe('slice boundaries', () => {
  it('reads a call that starts exactly on a slice boundary once, in the newer slice', async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(20, { title: 'Acme kickoff' }),
      callDaysAgo(40, { title: 'Acme demo' }),
      ...fillerCalls(200),
    ];
    const onBoundary = (slice: SliceFilter) => [
      buildSimCall({ title: 'Acme on the boundary', started: slice.fromDateTime, parties: NEUTRAL_PARTIES }),
    ];
    const sliced = await ask('Acme', {}, onFirstSlice(onBoundary));
    const [first, second] = listingRequests().map((r) => r.filter);
    expect(second?.toDateTime).toBe(first?.fromDateTime);
    h.simulator.clearRequests();
    const full = await ask('Acme', { exhaustive: true });

    expect(sliced.callsAnalyzed.filter((c) => c.title === 'Acme on the boundary')).toHaveLength(1);
    expect(sliced.matchedCallCount).toBe(3);
    expect(answerPart(sliced)).toEqual(answerPart(full));
  });

  it('follows every page of a slice that holds more than 100 calls before stopping', async () => {
    h.simulator.dataSet.calls = [
      ...Array.from({ length: 250 }, (_, i) => callDaysAgo(0.05 + (i * 0.9) / 250, { title: `Sync #${i}` })),
      ...Array.from({ length: 6 }, (_, i) => callDaysAgo(0.1 + i * 0.1, { title: `Acme standup ${i}` })),
      callDaysAgo(30, { title: 'Acme QBR' }),
    ];
    const sliced = await ask('Acme');
    const listing = listingRequests();
    expect(listing.map((r) => (r.body as { cursor?: string }).cursor !== undefined)).toEqual([
      false,
      true,
      true,
    ]);
    expect(new Set(listing.map((r) => JSON.stringify(r.filter))).size).toBe(1);
    expect(sliced.coverage).toMatchObject({ complete: false, callsScanned: 256 });
    expect(sliced.matchedCallCount).toBe(6);

    const full = await ask('Acme', { exhaustive: true });
    expect(answerPart(sliced)).toEqual(answerPart(full));
  });

  it('goes on past empty slices, which Gong answers with "No calls found"', async () => {
    h.simulator.dataSet.calls = [
      ...Array.from({ length: 6 }, (_, i) => callDaysAgo(10 + i * 9, { title: `Acme review ${i}` })),
      ...fillerCalls(100).filter((call) => Date.parse(call.metaData.started) < Date.now() - 9 * DAY_MS),
    ];
    const sliced = await ask('Acme');
    expect(listingRequests()[0]?.status).toBe(404);
    const full = await ask('Acme', { exhaustive: true });
    expect(answerPart(sliced)).toEqual(answerPart(full));
    expect(sliced.callsAnalyzed).toHaveLength(5);
  });

  it("reads a call at the window's very start and leaves out one a second earlier", async () => {
    h.simulator.dataSet.calls = [callDaysAgo(5, { title: 'Acme renewal' }), ...fillerCalls(150)];
    const atTheEdges = (slice: SliceFilter) => {
      const windowStart = Date.parse(slice.toDateTime) - 90 * DAY_MS;
      return [
        buildSimCall({
          title: 'Acme at the window start',
          started: new Date(windowStart).toISOString(),
          parties: NEUTRAL_PARTIES,
        }),
        buildSimCall({
          title: 'Acme before the window',
          started: new Date(windowStart - 1000).toISOString(),
          parties: NEUTRAL_PARTIES,
        }),
      ];
    };
    const result = await ask('Acme', {}, onFirstSlice(atTheEdges));
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Acme renewal', 'Acme at the window start']);
    expect(result.coverage).toMatchObject({ scannedFrom: result.window.fromDateTime, complete: true });
    expect(listingRequests().at(-1)?.filter.fromDateTime).toBe(result.window.fromDateTime);
  });
});
