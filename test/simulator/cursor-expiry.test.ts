import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSet, startGongSimulator, type GongSimulator } from '../../tools/simulator';
import { callSim, callsQuery, recordsOf, TEST_NOW } from './helpers';

describe('cursor expiry', () => {
  let sim: GongSimulator;
  let clock = TEST_NOW.getTime();
  beforeAll(async () => {
    sim = await startGongSimulator({
      dataSet: createDataSet({ seed: 42, now: TEST_NOW }),
      requestsPerSecond: 1000,
      cursorTtlMs: 60_000,
      now: () => new Date(clock),
    });
  });
  afterAll(() => sim.stop());

  it('accepts a cursor before its time to live has passed', async () => {
    const first = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW));
    clock += 59_000;
    const next = await callSim(
      sim,
      callsQuery('2025-01-01T00:00:00Z', TEST_NOW, { cursor: recordsOf(first).cursor ?? '' }),
    );
    expect(next.status).toBe(200);
  });

  it('answers an expired GET cursor with 400 "cursor has expired", every time it is retried', async () => {
    const first = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW));
    clock += 61_000;
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await callSim(
        sim,
        callsQuery('2025-01-01T00:00:00Z', TEST_NOW, { cursor: recordsOf(first).cursor ?? '' }),
      );
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ requestId: expect.any(String), errors: ['cursor has expired'] });
    }
  });

  it('answers an expired body cursor of POST /v2/calls/extensive with 400 "cursor has expired"', async () => {
    const filter = { fromDateTime: '2025-01-01T00:00:00Z', toDateTime: TEST_NOW.toISOString() };
    const first = await callSim(sim, '/v2/calls/extensive', { body: { filter } });
    clock += 10 * 60_000;
    const res = await callSim(sim, '/v2/calls/extensive', {
      body: { filter, cursor: recordsOf(first).cursor },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(['cursor has expired']);
  });
});
