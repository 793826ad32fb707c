import { afterEach, describe, expect, it } from 'vitest';
import { createDataSet, startGongSimulator, type GongSimulator } from '../../tools/simulator';
import { callSim, TEST_NOW } from './helpers';

const dataSet = createDataSet({ seed: 3, now: TEST_NOW, callCount: 10 });

describe('rate limits', () => {
  let sim: GongSimulator | undefined;
  afterEach(() => sim?.stop());

  it('answers the fourth request within one second with 429 and Retry-After: 1', async () => {
    const clock = TEST_NOW.getTime();
    sim = await startGongSimulator({ dataSet, now: () => new Date(clock) });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await callSim(sim, '/v2/users')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await callSim(sim, '/v2/users');
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body).toEqual({ requestId: expect.any(String), errors: [expect.any(String)] });
  });

  it('admits requests again once the one-second window has slid past', async () => {
    let clock = TEST_NOW.getTime();
    sim = await startGongSimulator({ dataSet, requestsPerSecond: 2, now: () => new Date(clock) });
    await callSim(sim, '/v2/users');
    clock += 500;
    await callSim(sim, '/v2/users');
    expect((await callSim(sim, '/v2/users')).status).toBe(429);
    clock += 600;
    expect((await callSim(sim, '/v2/users')).status).toBe(200);
  });

  it('does not count requests rejected for bad credentials', async () => {
    const clock = TEST_NOW.getTime();
    sim = await startGongSimulator({ dataSet, requestsPerSecond: 1, now: () => new Date(clock) });
    for (let i = 0; i < 3; i++) expect((await callSim(sim, '/v2/users', { auth: null })).status).toBe(401);
    expect((await callSim(sim, '/v2/users')).status).toBe(200);
  });

  it('answers requests over the daily quota with 429 and Retry-After until the next UTC midnight', async () => {
    let clock = Date.parse('2026-02-01T23:00:00Z');
    sim = await startGongSimulator({
      dataSet,
      requestsPerSecond: 1000,
      dailyQuota: 2,
      now: () => new Date(clock),
    });
    await callSim(sim, '/v2/users');
    await callSim(sim, '/v2/users');
    const limited = await callSim(sim, '/v2/users');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3600');
    clock = Date.parse('2026-02-02T00:00:01Z');
    expect((await callSim(sim, '/v2/users')).status).toBe(200);
  });
});
