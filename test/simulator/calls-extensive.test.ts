import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimCall, type GongSimulator } from '../../tools/simulator';
import { callSim, listOf, recordsOf, startSeededSimulator, TEST_NOW } from './helpers';

const ALL_TIME = { fromDateTime: '2025-01-01T00:00:00Z', toDateTime: TEST_NOW.toISOString() };

describe('POST /v2/calls/extensive', () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startSeededSimulator();
  });
  afterAll(() => sim.stop());

  it('returns only metaData when no contentSelector is sent', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', { body: { filter: ALL_TIME } });
    expect(res.status).toBe(200);
    expect(listOf(res, 'calls').every((c) => Object.keys(c).join() === 'metaData')).toBe(true);
  });

  it('returns exactly the content blocks the selector asks for', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: {
        filter: ALL_TIME,
        contentSelector: { exposedFields: { content: { brief: true, topics: true } } },
      },
    });
    const calls = listOf(res, 'calls');
    expect(calls.every((c) => Object.keys(c).sort().join() === 'content,metaData')).toBe(true);
    const keys = new Set(calls.flatMap((c) => Object.keys(c.content as object)));
    expect([...keys].sort()).toEqual(['brief', 'topics']);
  });

  it('returns parties only when exposedFields.parties is true, and never for imported calls', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: { filter: ALL_TIME, contentSelector: { exposedFields: { parties: true } } },
    });
    const calls = listOf(res, 'calls');
    const withParties = calls.filter((c) => 'parties' in c);
    expect(withParties.length).toBeGreaterThan(0);
    expect(withParties.length).toBeLessThan(calls.length);
    // Without a context level, parties carry no CRM context.
    expect(withParties.every((c) => (c.parties as object[]).every((p) => !('context' in p)))).toBe(true);
  });

  it('returns call and party CRM context with fields when context is Extended', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: { filter: ALL_TIME, contentSelector: { context: 'Extended', exposedFields: { parties: true } } },
    });
    const calls = listOf(res, 'calls');
    expect(calls.every((c) => Array.isArray(c.context))).toBe(true);
    const accountNames = calls.flatMap((c) =>
      (
        c.context as { objects: { objectType: string; fields: { name: string; value: unknown }[] }[] }[]
      ).flatMap((ctx) =>
        ctx.objects
          .filter((o) => o.objectType === 'Account')
          .map((o) => o.fields.find((f) => f.name === 'Name')?.value),
      ),
    );
    expect(accountNames.length).toBeGreaterThan(0);
    const partyContexts = calls.flatMap((c) => (c.parties as { context: unknown[] }[] | undefined) ?? []);
    expect(partyContexts.some((p) => p.context.length > 0)).toBe(true);
  });

  it('returns CRM objects without fields when context is Basic', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: { filter: ALL_TIME, contentSelector: { context: 'Basic' } },
    });
    const objects = listOf(res, 'calls').flatMap((c) =>
      (c.context as { objects: object[] }[]).flatMap((x) => x.objects),
    );
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.every((o) => !('fields' in o) && 'objectId' in o)).toBe(true);
  });

  it('returns speakers under interaction only when asked', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: { filter: ALL_TIME, contentSelector: { exposedFields: { interaction: { speakers: true } } } },
    });
    const call = listOf(res, 'calls')[0] ?? {};
    expect(Object.keys(call.interaction as object)).toEqual(['speakers']);
  });

  it('sends tracker occurrences only when trackerOccurrences is requested', async () => {
    const select = (trackerOccurrences: boolean) => ({
      filter: ALL_TIME,
      contentSelector: { exposedFields: { content: { trackers: true, trackerOccurrences } } },
    });
    const trackersOf = (calls: Record<string, unknown>[]) =>
      calls.flatMap((c) => ((c.content as { trackers?: object[] }).trackers ?? []) as object[]);
    const without = trackersOf(
      listOf(await callSim(sim, '/v2/calls/extensive', { body: select(false) }), 'calls'),
    );
    const withOcc = trackersOf(
      listOf(await callSim(sim, '/v2/calls/extensive', { body: select(true) }), 'calls'),
    );
    expect(without.every((t) => !('occurrences' in t))).toBe(true);
    expect(withOcc.every((t) => 'occurrences' in t)).toBe(true);
  });

  it('returns requested call ids and silently omits unknown ones', async () => {
    const known = sim.dataSet.calls.slice(0, 2).map((c) => c.metaData.id);
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: { filter: { callIds: [...known, '999999999999'] } },
    });
    expect(listOf(res, 'calls').map((c) => (c.metaData as { id: string }).id)).toEqual(known);
  });

  it('answers an empty callIds list with 400', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', { body: { filter: { callIds: [] } } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ requestId: expect.any(String), errors: [expect.stringContaining('callIds')] });
  });

  it('answers call ids that all are unknown with the "No calls found" 404', async () => {
    const res = await callSim(sim, '/v2/calls/extensive', { body: { filter: { callIds: ['1', '2'] } } });
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual(['No calls found corresponding to the provided filters']);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await fetch(`${sim.url}/v2/calls/extensive`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('sim-access-key-0001:sim-secret-key-0001').toString('base64')}`,
      },
      body: '{not json',
    });
    expect(res.status).toBe(400);
  });

  it('filters by primaryUserIds', async () => {
    const owner = sim.dataSet.calls[0]?.metaData.primaryUserId ?? '';
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: { filter: { ...ALL_TIME, primaryUserIds: [owner] } },
    });
    const owners = new Set(
      listOf(res, 'calls').map((c) => (c.metaData as { primaryUserId: string }).primaryUserId),
    );
    expect([...owners]).toEqual([owner]);
  });

  it('pages over more than 100 calls with the cursor in the body', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await callSim(sim, '/v2/calls/extensive', { body: { cursor, filter: ALL_TIME } });
      expect(res.status).toBe(200);
      ids.push(...listOf(res, 'calls').map((c) => (c.metaData as { id: string }).id));
      cursor = recordsOf(res).cursor;
    } while (cursor);
    expect(ids).toEqual(sim.dataSet.calls.map((c) => c.metaData.id));
  });

  it('ignores a cursor in the query string of a POST and returns page 0 again', async () => {
    const first = await callSim(sim, '/v2/calls/extensive', { body: { filter: ALL_TIME } });
    const cursor = recordsOf(first).cursor ?? '';
    const again = await callSim(sim, `/v2/calls/extensive?cursor=${encodeURIComponent(cursor)}`, {
      body: { filter: ALL_TIME },
    });
    expect(recordsOf(again).currentPageNumber).toBe(0);
    expect(listOf(again, 'calls')).toEqual(listOf(first, 'calls'));
  });

  it('serves calls crafted with buildSimCall, including calls without parties', async () => {
    const saved = sim.dataSet.calls;
    sim.dataSet.calls = [
      buildSimCall({ id: '301', title: 'Acme Corp. QBR', content: { brief: 'Pricing was discussed.' } }),
      buildSimCall({ id: '302', title: 'Imported call', parties: null }),
    ];
    try {
      const res = await callSim(sim, '/v2/calls/extensive', {
        body: {
          filter: { callIds: ['301', '302'] },
          contentSelector: { exposedFields: { parties: true, content: { brief: true } } },
        },
      });
      const [qbr, imported] = listOf(res, 'calls');
      expect(qbr?.content).toEqual({ brief: 'Pricing was discussed.' });
      expect((qbr?.parties as { emailAddress: string }[]).map((p) => p.emailAddress)).toContain(
        'casey.customer@acme.com',
      );
      expect(imported).not.toHaveProperty('parties');
    } finally {
      sim.dataSet.calls = saved;
    }
  });
});
