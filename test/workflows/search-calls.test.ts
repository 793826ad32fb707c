import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError, searchCalls, startSearchCalls } from '../../src/client';
import { buildSimCall, SIM_SECONDARY_WORKSPACE_ID } from '../../tools/simulator';
import type { SimCall } from '../../tools/simulator';
import { failureOf } from '../support/failure-of';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const RANGE = { fromDateTime: '2026-01-01T00:00:00Z', toDateTime: '2026-02-01T00:00:00Z' };
const HOUR_MS = 3_600_000;

/** `count` calls one hour apart from Jan 2, 2026, the oldest first (as Gong lists them). */
function hourlyCalls(count: number): SimCall[] {
  const first = Date.parse('2026-01-02T00:00:00Z');
  return Array.from({ length: count }, (_, index) =>
    buildSimCall({ title: `Call ${index + 1}`, started: new Date(first + index * HOUR_MS) }),
  );
}

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

describe('searching the calls of a time range', () => {
  it('returns every call of a range with more than 250 calls, most recent first', async () => {
    h.simulator.dataSet.calls = hourlyCalls(260);
    const result = await h.withWorker((taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE }, { taskQueue }),
    );
    expect(result).toMatchObject({ totalRecords: 260, returned: 260, truncated: false });
    expect(result.calls.map((call) => call.title)).toEqual(
      Array.from({ length: 260 }, (_, index) => `Call ${260 - index}`),
    );
    const pages = h.simulator.requests.filter((r) => r.path === '/v2/calls');
    expect(pages.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(pages.map((r) => r.query.cursor !== undefined)).toEqual([false, true, true]);
  });

  it('returns each call with its id, title, start, duration, url, direction and scope', async () => {
    const call = buildSimCall({
      title: 'Acme renewal',
      started: '2026-01-10T15:00:00Z',
      duration: 2712,
      direction: 'Outbound',
      scope: 'External',
    });
    h.simulator.dataSet.calls = [call];
    const result = await h.withWorker((taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE }, { taskQueue }),
    );
    expect(result.calls).toEqual([
      {
        id: call.metaData.id,
        title: 'Acme renewal',
        started: '2026-01-10T15:00:00Z',
        duration: 2712,
        url: call.metaData.url,
        direction: 'Outbound',
        scope: 'External',
      },
    ]);
  });

  it('returns an empty list for a range without calls (Gong answers 404 "No calls found")', async () => {
    h.simulator.dataSet.calls = hourlyCalls(5);
    const result = await h.withWorker((taskQueue) =>
      searchCalls(
        h.client,
        {
          connectionId: 'acme-prod',
          fromDateTime: '2025-06-01T00:00:00Z',
          toDateTime: '2025-07-01T00:00:00Z',
        },
        { taskQueue },
      ),
    );
    expect(result).toEqual({ calls: [], totalRecords: 0, returned: 0, truncated: false });
    expect(h.simulator.requests.map((r) => r.status)).toEqual([404]);
  });

  it('keeps the most recent calls up to the limit and reports the cut', async () => {
    h.simulator.dataSet.calls = hourlyCalls(150);
    const result = await h.withWorker((taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE, limit: 10 }, { taskQueue }),
    );
    expect(result).toMatchObject({ totalRecords: 150, returned: 10, truncated: true });
    expect(result.calls.map((call) => call.title)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Call ${150 - index}`),
    );
  });

  it('reads only the newest part of a range that holds far more calls than the limit', async () => {
    h.simulator.dataSet.calls = hourlyCalls(700);
    const result = await h.withWorker((taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE, limit: 50 }, { taskQueue }),
    );
    expect(result).toMatchObject({ totalRecords: 700, returned: 50, truncated: true });
    expect(result.calls.map((call) => call.title)).toEqual(
      Array.from({ length: 50 }, (_, index) => `Call ${700 - index}`),
    );
    // The range's first page (for its count), then one slice of the newest calls; 7 pages in all.
    expect(h.simulator.requests.filter((r) => r.path === '/v2/calls').length).toBeLessThanOrEqual(3);
  });

  it('heartbeats where to resume, never the calls found so far', async () => {
    h.simulator.dataSet.calls = hourlyCalls(700);
    h.simulator.setLatency(300);
    try {
      const details = await h.withWorker(async (taskQueue) => {
        const handle = await startSearchCalls(
          h.client,
          { connectionId: 'acme-prod', ...RANGE, limit: 600 },
          { taskQueue },
        );
        let heartbeat: unknown;
        while (heartbeat === undefined) {
          const pending = (await handle.describe()).raw.pendingActivities?.[0];
          const data = pending?.heartbeatDetails?.payloads?.[0]?.data;
          if (data) heartbeat = JSON.parse(Buffer.from(data).toString('utf8'));
          else await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const result = await handle.result();
        expect(result.calls.map((call) => call.title).slice(0, 2)).toEqual(['Call 700', 'Call 699']);
        return heartbeat;
      });
      // Where to resume: the range's count and the part read, with an empty state instead of the calls.
      expect(details).toMatchObject({
        callsInWindow: 700,
        scanned: { readFromMs: expect.any(Number) },
        state: { calls: [], listed: 0 },
        stateBeforeSlice: { calls: [], listed: 0 },
      });
      expect(JSON.stringify(details)).not.toContain('Call 7');
    } finally {
      h.simulator.setLatency(0);
    }
  });

  it('resumes a search retried after a Gong error at the slice it was reading, without counting the range again', async () => {
    h.simulator.dataSet.calls = hourlyCalls(700);
    const result = await h.withWorker(
      (taskQueue) =>
        searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE, limit: 300 }, { taskQueue }),
      {
        // The third request (the slice's second page) fails once with a 500: the activity is retried.
        fetch: (input, init) => {
          if (h.simulator.requests.length === 2) h.simulator.injectFault({ path: '/v2/calls', status: 500 });
          return h.deps.fetch(input, init);
        },
      },
    );
    expect(result).toMatchObject({ totalRecords: 700, returned: 300, truncated: true });
    expect(result.calls.map((call) => call.title)).toEqual(
      Array.from({ length: 300 }, (_, index) => `Call ${700 - index}`),
    );
    const pages = h.simulator.requests.filter((r) => r.path === '/v2/calls');
    expect(pages.map((r) => r.status).slice(0, 4)).toEqual([200, 200, 500, 200]);
    expect(pages.filter((r) => r.query.fromDateTime === RANGE.fromDateTime)).toHaveLength(1);
    expect(pages[3]?.query).toMatchObject({ fromDateTime: pages[1]?.query.fromDateTime });
    expect(pages[3]?.query.cursor).toBeUndefined();
  });

  it('is not truncated when the range holds exactly the limit', async () => {
    h.simulator.dataSet.calls = hourlyCalls(10);
    const result = await h.withWorker((taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE, limit: 10 }, { taskQueue }),
    );
    expect(result).toMatchObject({ totalRecords: 10, returned: 10, truncated: false });
  });

  it('lists only the calls of the workspace asked for', async () => {
    h.simulator.dataSet.calls = [
      ...hourlyCalls(3),
      buildSimCall({
        title: 'Other workspace',
        started: '2026-01-20T10:00:00Z',
        workspaceId: SIM_SECONDARY_WORKSPACE_ID,
      }),
    ];
    const result = await h.withWorker((taskQueue) =>
      searchCalls(
        h.client,
        { connectionId: 'acme-prod', ...RANGE, workspaceId: SIM_SECONDARY_WORKSPACE_ID },
        { taskQueue },
      ),
    );
    expect(result.calls.map((call) => call.title)).toEqual(['Other workspace']);
    expect(h.simulator.requests[0]?.query.workspaceId).toBe(SIM_SECONDARY_WORKSPACE_ID);
  });

  it('retries a page Gong rate-limits and still returns every call', async () => {
    h.simulator.dataSet.calls = hourlyCalls(120);
    h.simulator.injectFault({ path: '/v2/calls', status: 429, retryAfterSeconds: 1 });
    const result = await h.withWorker((taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE }, { taskQueue }),
    );
    expect(result.returned).toBe(120);
    expect(h.simulator.requests.map((r) => r.status)).toEqual([429, 200, 200]);
  });

  it('fails at once, naming toDateTime, when the range ends before it starts', async () => {
    const failure = await failureOf(
      h.withWorker((taskQueue) =>
        h.client.workflow.execute('searchCalls', {
          taskQueue,
          workflowId: uniqueWorkflowId('search-invalid'),
          args: [
            { connectionId: 'acme-prod', fromDateTime: RANGE.toDateTime, toDateTime: RANGE.fromDateTime },
          ],
        }),
      ),
    );
    expect(failure.cause?.message).toBe(
      'Invalid input for searchCalls: toDateTime: must be later than fromDateTime',
    );
    expect(h.simulator.requests).toHaveLength(0);
  });

  it('refuses a limit over 2000 and a date without a time zone before starting anything', async () => {
    const error = await searchCalls(h.client, {
      connectionId: 'acme-prod',
      fromDateTime: '2026-01-01T00:00:00',
      toDateTime: RANGE.toDateTime,
      limit: 2001,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.field)).toEqual([
      'fromDateTime',
      'limit',
    ]);
  });
});
