import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSet, startGongSimulator, type GongSimulator } from '../../tools/simulator';
import { basicAuth, callSim, TEST_NOW } from './helpers';

const CREDENTIALS_MESSAGE = 'Validate credentials failed. Please check your credentials and try again.';

describe('Gong simulator authentication', () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startGongSimulator({
      dataSet: createDataSet({ seed: 1, now: TEST_NOW, callCount: 5 }),
      requestsPerSecond: 1000,
    });
  });
  afterAll(() => sim.stop());

  it('answers a wrong secret with 401, the Gong error body and a Basic challenge', async () => {
    const res = await callSim(sim, '/v2/users', {
      auth: basicAuth({ accessKey: 'sim-access-key-0001', accessKeySecret: 'wrong' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Gong.io API"');
    expect(res.body).toEqual({
      requestId: expect.stringMatching(/^[a-z0-9]{19}$/),
      errors: [CREDENTIALS_MESSAGE],
    });
  });

  it('answers a missing Authorization header with 401', async () => {
    const res = await callSim(sim, '/v2/users', { auth: null });
    expect(res.status).toBe(401);
    expect(res.body.errors).toEqual([CREDENTIALS_MESSAGE]);
  });

  it('checks credentials before routing, so an unknown path with a bad key is 401 not 404', async () => {
    const res = await callSim(sim, '/v2/no-such-endpoint', { auth: 'Basic bm9wZTpub3Bl' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Gong.io API"');
  });

  it('answers an unknown path with valid credentials with 404 and the Gong error body', async () => {
    const res = await callSim(sim, '/v2/no-such-endpoint');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ requestId: expect.any(String), errors: [expect.any(String)] });
  });

  it('sends JSON with Gong service headers and a fresh requestId on every response', async () => {
    const first = await callSim(sim, '/v2/users');
    const second = await callSim(sim, '/v2/users', { auth: null });
    for (const res of [first, second]) {
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('x-gong-service-version')).toBeTruthy();
      expect(res.headers.get('x-traceid')).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(first.body.requestId).not.toBe(second.body.requestId);
  });

  it('records each request with the access key that authenticated it', async () => {
    sim.clearRequests();
    await callSim(sim, '/v2/users?cursor=');
    await callSim(sim, '/v2/users', { auth: null });
    expect(sim.requests.map((r) => [r.method, r.path, r.accessKey, r.status])).toEqual([
      ['GET', '/v2/users', 'sim-access-key-0001', 200],
      ['GET', '/v2/users', null, 401],
    ]);
    expect(sim.requests[0]?.host).toBe(`127.0.0.1:${sim.port}`);
  });

  it('accepts every configured account', async () => {
    const other = { accessKey: 'sim-access-key-0002', accessKeySecret: 'sim-secret-key-0002' };
    const multi = await startGongSimulator({ accounts: [other], dataSet: sim.dataSet });
    try {
      expect((await callSim(multi, '/v2/users', { auth: basicAuth(other) })).status).toBe(200);
      expect((await callSim(multi, '/v2/users')).status).toBe(401);
    } finally {
      await multi.stop();
    }
  });
});
