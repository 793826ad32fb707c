import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimCall, createDataSet, startGongSimulator, type GongSimulator } from '../../tools/simulator';
import { callSim, callsQuery, listOf, recordsOf, startSeededSimulator, TEST_NOW } from './helpers';

const NO_CALLS = 'No calls found corresponding to the provided filters';

describe('GET /v2/calls', () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startSeededSimulator();
  });
  afterAll(() => sim.stop());

  it('includes a call started exactly at fromDateTime and excludes one started exactly at toDateTime', async () => {
    const saved = sim.dataSet.calls;
    sim.dataSet.calls = [
      buildSimCall({ id: '101', started: '2026-01-10T10:00:00Z' }),
      buildSimCall({ id: '102', started: '2026-01-10T11:00:00Z' }),
      buildSimCall({ id: '103', started: '2026-01-10T12:00:00Z' }),
    ];
    try {
      const res = await callSim(sim, callsQuery('2026-01-10T10:00:00Z', '2026-01-10T12:00:00Z'));
      expect(res.status).toBe(200);
      expect(listOf(res, 'calls').map((c) => c.id)).toEqual(['101', '102']);
    } finally {
      sim.dataSet.calls = saved;
    }
  });

  it('accepts dates with a UTC offset', async () => {
    const saved = sim.dataSet.calls;
    sim.dataSet.calls = [buildSimCall({ id: '201', started: '2026-01-10T10:00:00Z' })];
    try {
      const res = await callSim(sim, callsQuery('2026-01-10T03:00:00-07:00', '2026-01-10T03:00:01-07:00'));
      expect(listOf(res, 'calls').map((c) => c.id)).toEqual(['201']);
    } finally {
      sim.dataSet.calls = saved;
    }
  });

  it('returns only calls inside the range, sorted by start time ascending', async () => {
    const from = new Date(TEST_NOW.getTime() - 30 * 86_400_000);
    const res = await callSim(sim, callsQuery(from, TEST_NOW));
    const starts = listOf(res, 'calls').map((c) => Date.parse(String(c.started)));
    const expected = sim.dataSet.calls.filter((c) => Date.parse(c.metaData.started) >= from.getTime()).length;
    expect(recordsOf(res).totalRecords).toBe(expected);
    expect(starts.every((t) => t >= from.getTime() && t < TEST_NOW.getTime())).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('lists basic call data only: no parties, no content', async () => {
    const res = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW));
    const call = listOf(res, 'calls')[0] ?? {};
    expect(Object.keys(call)).toEqual(
      expect.arrayContaining(['id', 'url', 'title', 'started', 'duration', 'primaryUserId']),
    );
    expect(call).not.toHaveProperty('parties');
    expect(call).not.toHaveProperty('content');
  });

  it('pages more than 100 calls with the cursor query parameter until no cursor is returned', async () => {
    const ids: string[] = [];
    const pageNumbers: number[] = [];
    let cursor: string | undefined;
    do {
      const query = callsQuery('2025-01-01T00:00:00Z', TEST_NOW, cursor ? { cursor } : {});
      const res = await callSim(sim, query);
      expect(res.status).toBe(200);
      const records = recordsOf(res);
      pageNumbers.push(records.currentPageNumber);
      expect(records.currentPageSize).toBe(listOf(res, 'calls').length);
      ids.push(...listOf(res, 'calls').map((c) => String(c.id)));
      cursor = records.cursor;
    } while (cursor);
    expect(pageNumbers).toEqual([0, 1, 2]);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });

  it('rejects a cursor sent with different filters', async () => {
    const first = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW));
    const cursor = recordsOf(first).cursor ?? '';
    const res = await callSim(sim, callsQuery('2025-06-01T00:00:00Z', TEST_NOW, { cursor }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.stringContaining('cursor')]);
  });

  it('rejects a tampered cursor with 400', async () => {
    const first = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW));
    const cursor = `${recordsOf(first).cursor ?? ''}x`;
    const res = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW, { cursor }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(['Invalid cursor']);
  });

  it('filters by workspaceId', async () => {
    const workspaceId = sim.dataSet.calls[0]?.metaData.workspaceId ?? '';
    const res = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW, { workspaceId }));
    const expected = sim.dataSet.calls.filter((c) => c.metaData.workspaceId === workspaceId).length;
    expect(recordsOf(res).totalRecords).toBe(expected);
    expect(expected).toBeLessThan(300);
  });

  it('answers a range without calls with 404 and the "No calls found" message', async () => {
    const res = await callSim(sim, callsQuery('2020-01-01T00:00:00Z', '2020-02-01T00:00:00Z'));
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ requestId: expect.any(String), errors: [NO_CALLS] });
  });

  it('answers a missing fromDateTime with 400', async () => {
    const res = await callSim(sim, `/v2/calls?toDateTime=${TEST_NOW.toISOString()}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.stringContaining('fromDateTime')]);
  });

  it('answers an invalid toDateTime with 400 naming the parameter', async () => {
    const res = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', 'yesterday'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.stringContaining('toDateTime')]);
  });
});

describe('GET /v2/calls/{id}', () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startGongSimulator({
      dataSet: createDataSet({ seed: 42, now: TEST_NOW, callCount: 20 }),
      requestsPerSecond: 1000,
    });
  });
  afterAll(() => sim.stop());

  it('returns the basic data of a known call', async () => {
    const call = sim.dataSet.calls[3];
    const res = await callSim(sim, `/v2/calls/${call?.metaData.id}`);
    expect(res.status).toBe(200);
    expect(res.body.call).toEqual(call?.metaData);
  });

  it('answers an unknown call id with a 404 that is not the "No calls found" message', async () => {
    const res = await callSim(sim, '/v2/calls/894411314421502864');
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual(['Call ID 894411314421502864 was not found']);
  });

  it('refuses to list calls with POST /v2/calls, which is the upload endpoint', async () => {
    const res = await callSim(sim, '/v2/calls', { body: { filter: {} } });
    expect(res.status).toBe(405);
    expect(res.body.errors).toEqual([expect.any(String)]);
  });
});
