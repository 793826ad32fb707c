import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GongClient } from '../../src/gong/client';
import { GongUrlNotAllowedError } from '../../src/gong/errors';
import type { FetchLike } from '../../src/gong/http';
import { routeToSimulator } from '../../src/app/simulator-route';
import { DEFAULT_SIM_ACCOUNT, startGongSimulator, type GongSimulator } from '../../tools/simulator';

const REFUSED_HOSTS = [
  'api.gong.io.example.com',
  'evilgong.io',
  'gong.io',
  'example.com',
  'user:pass@us-1.api.gong.io',
  'us-1.api.gong.io@evil.com',
  'us-1.api.gong.io:8443',
  'evil.com:443',
  'evil.com/x.gong.io',
  'evil.com?.gong.io',
  'evil.com#.gong.io',
  'evil.com\\.gong.io',
  'api.gong.io。evil.com',
  'xn--80ak6aa92e.com',
  'xn--a.gong.io',
  '',
];

describe('a connection to a host outside *.gong.io never causes network I/O', () => {
  let sim: GongSimulator;
  let fetchCalls: URL[];
  let warnings: string[];

  const countingFetch: FetchLike = (input, init) => {
    fetchCalls.push(input);
    return fetch(input, init);
  };

  function clientFor(baseUrl: string): GongClient {
    return new GongClient({
      credentials: { baseUrl, ...DEFAULT_SIM_ACCOUNT },
      fetch: routeToSimulator(sim.url, countingFetch, (message) => warnings.push(message)),
      timeoutMs: 5_000,
    });
  }

  beforeAll(async () => {
    sim = await startGongSimulator({ requestsPerSecond: 1000 });
  });
  afterAll(() => sim.stop());
  beforeEach(() => {
    sim.clearRequests();
    fetchCalls = [];
    warnings = [];
  });

  it('does reach the simulator for an allowed host (so the zero-request checks below mean something)', async () => {
    const page = await clientFor('https://us-12345.api.gong.io/').listUsers();
    expect(page.items.length).toBeGreaterThan(0);
    expect(sim.requests).toHaveLength(1);
    expect(fetchCalls).toHaveLength(1);
  });

  for (const host of REFUSED_HOSTS) {
    it(`refuses ${JSON.stringify(host)} before any request reaches the simulator`, async () => {
      await expect(clientFor(host).listUsers()).rejects.toThrow(GongUrlNotAllowedError);
      expect(sim.requests).toHaveLength(0);
    });

    it(`never calls the injected fetch for ${JSON.stringify(host)}`, async () => {
      await expect(clientFor(host).listUsers()).rejects.toThrow(GongUrlNotAllowedError);
      expect(fetchCalls).toHaveLength(0);
    });
  }

  it('refuses every kind of request on a refused host, GET and POST alike', async () => {
    const client = clientFor('evilgong.io');
    const filter = { fromDateTime: '2025-01-01T00:00:00Z', toDateTime: '2026-01-01T00:00:00Z' };
    await expect(client.listCalls(filter)).rejects.toThrow(GongUrlNotAllowedError);
    await expect(client.listExtensiveCalls(filter, { context: 'Extended' })).rejects.toThrow(
      GongUrlNotAllowedError,
    );
    await expect(client.listTranscripts(filter)).rejects.toThrow(GongUrlNotAllowedError);
    await expect(client.send({ method: 'DELETE', path: '/v2/users' })).rejects.toThrow(
      GongUrlNotAllowedError,
    );
    expect(sim.requests).toHaveLength(0);
    expect(fetchCalls).toHaveLength(0);
  });

  it('does not even log the routing warning for a refused host', async () => {
    await expect(clientFor('example.com').listUsers()).rejects.toThrow(GongUrlNotAllowedError);
    expect(warnings).toEqual([]);
  });
});

describe('routeToSimulator', () => {
  const unusedFetch: FetchLike = () => Promise.reject(new Error('no traffic expected'));

  it('refuses a simulator URL that is not on loopback', () => {
    expect(() => routeToSimulator('http://10.0.0.1:8080', unusedFetch, () => undefined)).toThrow(/loopback/);
  });

  it('refuses a simulator URL on a public host name', () => {
    expect(() => routeToSimulator('http://gong-sim.example.com', unusedFetch, () => undefined)).toThrow(
      /loopback/,
    );
  });

  it('accepts 127.0.0.1, localhost and [::1] as simulator addresses', () => {
    for (const url of ['http://127.0.0.1:1', 'http://localhost:1', 'http://[::1]:1']) {
      expect(() => routeToSimulator(url, unusedFetch, () => undefined)).not.toThrow();
    }
  });

  it('refuses to route a URL outside the allowlist and does not call the underlying fetch', async () => {
    const calls: URL[] = [];
    const routed = routeToSimulator(
      'http://127.0.0.1:1',
      (input) => {
        calls.push(input);
        return Promise.reject(new Error('should not be called'));
      },
      () => undefined,
    );
    await expect(
      Promise.resolve().then(() => routed(new URL('https://evil.com/v2/users'), {})),
    ).rejects.toThrow(GongUrlNotAllowedError);
    expect(calls).toEqual([]);
  });

  it('delivers the path and query to the simulator and names the original Gong host in a header', async () => {
    const seen: { url: string; originalHost: string | null }[] = [];
    const routed = routeToSimulator(
      'http://127.0.0.1:4321',
      (input, init) => {
        seen.push({ url: input.href, originalHost: new Headers(init.headers).get('x-gong-original-host') });
        return Promise.resolve(new Response('{}'));
      },
      () => undefined,
    );
    await routed(new URL('https://us-12345.api.gong.io/v2/users?cursor=abc'), {});
    expect(seen).toEqual([
      { url: 'http://127.0.0.1:4321/v2/users?cursor=abc', originalHost: 'us-12345.api.gong.io' },
    ]);
  });

  it('keeps a path that starts with "//" on the simulator instead of resolving it to another host', async () => {
    const seen: string[] = [];
    const routed = routeToSimulator(
      'http://127.0.0.1:4321',
      (input) => {
        seen.push(input.href);
        return Promise.resolve(new Response('{}'));
      },
      () => undefined,
    );
    const tricky = new URL('https://us-12345.api.gong.io/');
    tricky.pathname = '//evil.com/v2/users';
    await routed(tricky, {});
    expect(seen).toEqual(['http://127.0.0.1:4321//evil.com/v2/users']);
  });

  it('logs exactly one warning however many requests it routes', async () => {
    const sim = await startGongSimulator({ requestsPerSecond: 1000 });
    try {
      const warnings: string[] = [];
      const client = new GongClient({
        credentials: { baseUrl: 'us-12345.api.gong.io', ...DEFAULT_SIM_ACCOUNT },
        fetch: routeToSimulator(
          sim.url,
          (input, init) => fetch(input, init),
          (m) => warnings.push(m),
        ),
      });
      for (let i = 0; i < 5; i++) await client.listUsers();
      expect(sim.requests).toHaveLength(5);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(sim.url);
    } finally {
      await sim.stop();
    }
  });
});
