import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSet, startGongSimulator, type GongSimulator } from '../../tools/simulator';
import { callSim, TEST_NOW } from './helpers';

describe('injected faults and latency', () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startGongSimulator({
      dataSet: createDataSet({ seed: 5, now: TEST_NOW, callCount: 10 }),
      requestsPerSecond: 1000,
    });
  });
  afterAll(() => sim.stop());

  it('answers the next matching request with the injected status, errors and Retry-After', async () => {
    sim.injectFault({
      method: 'GET',
      path: '/v2/users',
      status: 429,
      retryAfterSeconds: 7,
      errors: ['slow down'],
    });
    const faulted = await callSim(sim, '/v2/users');
    expect(faulted.status).toBe(429);
    expect(faulted.headers.get('retry-after')).toBe('7');
    expect(faulted.body).toEqual({ requestId: expect.any(String), errors: ['slow down'] });
    expect((await callSim(sim, '/v2/users')).status).toBe(200);
  });

  it('repeats a fault `times` times and leaves other paths alone', async () => {
    sim.injectFault({ path: '/v2/calls/transcript', status: 500, times: 2 });
    const body = { filter: { callIds: [sim.dataSet.calls[0]?.metaData.id] } };
    expect((await callSim(sim, '/v2/users')).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await callSim(sim, '/v2/calls/transcript', { body })).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('delays responses by the configured latency', async () => {
    sim.setLatency(150);
    const started = performance.now();
    await callSim(sim, '/v2/users');
    sim.setLatency(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
