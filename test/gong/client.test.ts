import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GongClient, paginate, type GongPage } from '../../src/gong/client';
import {
  GongApiError,
  GongResponseFormatError,
  GongTransportError,
  GongUrlNotAllowedError,
} from '../../src/gong/errors';
import type { FetchLike } from '../../src/gong/http';
import { usersPageSchema } from '../../src/gong/schemas';
import { routeToSimulator } from '../../src/app/simulator-route';
import {
  buildSimCall,
  buildSimUser,
  createDataSet,
  DEFAULT_SIM_ACCOUNT,
  startGongSimulator,
  type GongSimulator,
  type RecordedRequest,
} from '../../tools/simulator';
import { answerWith, startLocalServer, type LocalServer } from './local-server';

const BASE_URL = 'us-12345.api.gong.io';
const DATA_NOW = new Date('2026-02-01T12:00:00Z');
const ALL_TIME = { fromDateTime: '2000-01-01T00:00:00Z', toDateTime: '2100-01-01T00:00:00Z' };
const NOTHING = { fromDateTime: '2001-01-01T00:00:00Z', toDateTime: '2001-01-02T00:00:00Z' };
const EXPECTED_AUTHORIZATION = `Basic ${Buffer.from('sim-access-key-0001:sim-secret-key-0001').toString('base64')}`;

const warnings: string[] = [];
function routedFetch(targetUrl: string, base: FetchLike = (input, init) => fetch(input, init)): FetchLike {
  return routeToSimulator(targetUrl, base, (message) => warnings.push(message));
}

function clientTo(
  targetUrl: string,
  options: { accessKeySecret?: string; timeoutMs?: number; fetch?: FetchLike } = {},
): GongClient {
  return new GongClient({
    credentials: {
      baseUrl: BASE_URL,
      accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
      accessKeySecret: options.accessKeySecret ?? DEFAULT_SIM_ACCOUNT.accessKeySecret,
    },
    fetch: options.fetch ?? routedFetch(targetUrl),
    timeoutMs: options.timeoutMs ?? 5_000,
  });
}

async function collect<T>(
  load: (cursor: string | undefined) => Promise<GongPage<T>>,
): Promise<GongPage<T>[]> {
  const pages: GongPage<T>[] = [];
  for await (const page of paginate(load)) pages.push(page);
  return pages;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

async function apiFailure(promise: Promise<unknown>): Promise<GongApiError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(GongApiError);
  return error as GongApiError;
}

function requestsTo(sim: GongSimulator, path: string): RecordedRequest[] {
  return sim.requests.filter((r) => r.path === path);
}

describe('GongClient against the simulator', () => {
  let sim: GongSimulator;
  let client: GongClient;

  beforeAll(async () => {
    const dataSet = createDataSet({ seed: 42, now: DATA_NOW });
    dataSet.users = Array.from({ length: 250 }, (_, i) =>
      buildSimUser({
        id: String(1_000_000_000_000_000_000n + BigInt(i)),
        firstName: `First${i}`,
        lastName: 'Last',
      }),
    );
    sim = await startGongSimulator({ requestsPerSecond: 1000, dataSet });
    client = clientTo(sim.url);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.clearRequests());
  afterEach(() => sim.setLatency(0));

  describe('authentication', () => {
    it('sends Authorization: Basic base64(key:secret) on every request', async () => {
      const seen: (string | null)[] = [];
      const recording = clientTo(sim.url, {
        fetch: routedFetch(sim.url, (input, init) => {
          seen.push(new Headers(init.headers).get('authorization'));
          return fetch(input, init);
        }),
      });
      await recording.listUsers();
      await recording.listCalls(ALL_TIME);
      await recording.listExtensiveCalls(ALL_TIME, { context: 'None' });
      await recording.listTranscripts(ALL_TIME);
      expect(seen).toEqual([
        EXPECTED_AUTHORIZATION,
        EXPECTED_AUTHORIZATION,
        EXPECTED_AUTHORIZATION,
        EXPECTED_AUTHORIZATION,
      ]);
    });

    it('is accepted by Gong: the simulator attributes the request to the access key', async () => {
      await client.listUsers();
      expect(sim.requests.map((r) => r.accessKey)).toEqual([DEFAULT_SIM_ACCOUNT.accessKey]);
    });
  });

  describe('paging', () => {
    it('lists all 250 users across three pages of at most 100', async () => {
      const pages = await collect((cursor) => client.listUsers(cursor));
      expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
      expect(new Set(pages.flatMap((p) => p.items.map((u) => u.id))).size).toBe(250);
    });

    it('sends records.cursor back as the cursor query parameter of GET /v2/users', async () => {
      const pages = await collect((cursor) => client.listUsers(cursor));
      const sent = requestsTo(sim, '/v2/users').map((r) => r.query.cursor);
      expect(sent).toEqual([undefined, pages[0]?.nextCursor, pages[1]?.nextCursor]);
    });

    it('reports no next cursor on the last page', async () => {
      const pages = await collect((cursor) => client.listUsers(cursor));
      expect(pages.at(-1)?.nextCursor).toBeNull();
      expect(pages.map((p) => p.pageNumber)).toEqual([0, 1, 2]);
    });

    it('lists every call of GET /v2/calls across pages when there are more than 100', async () => {
      const pages = await collect((cursor) => client.listCalls(ALL_TIME, cursor));
      const ids = pages.flatMap((p) => p.items.map((c) => c.id));
      expect(sim.dataSet.calls.length).toBeGreaterThan(100);
      expect(ids).toHaveLength(sim.dataSet.calls.length);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('sends the cursor of GET /v2/calls as a query parameter, keeping the date filter', async () => {
      const pages = await collect((cursor) => client.listCalls(ALL_TIME, cursor));
      const second = requestsTo(sim, '/v2/calls')[1];
      expect(second?.query).toMatchObject({ ...ALL_TIME, cursor: pages[0]?.nextCursor });
    });

    it('puts the cursor of POST /v2/calls/extensive in the JSON body', async () => {
      const pages = await collect((cursor) =>
        client.listExtensiveCalls(ALL_TIME, { context: 'None' }, cursor),
      );
      const bodies = requestsTo(sim, '/v2/calls/extensive').map((r) => r.body);
      expect(pages.length).toBeGreaterThan(1);
      expect(bodies[0]).not.toHaveProperty('cursor');
      expect(bodies[1]).toMatchObject({ cursor: pages[0]?.nextCursor, filter: ALL_TIME });
    });

    it('never puts the cursor of POST /v2/calls/extensive in the query string', async () => {
      await collect((cursor) => client.listExtensiveCalls(ALL_TIME, { context: 'None' }, cursor));
      const queries = requestsTo(sim, '/v2/calls/extensive').map((r) => r.query);
      expect(queries.length).toBeGreaterThan(1);
      expect(queries.every((q) => Object.keys(q).length === 0)).toBe(true);
    });

    it('lists every extensive call exactly once', async () => {
      const pages = await collect((cursor) =>
        client.listExtensiveCalls(ALL_TIME, { context: 'None' }, cursor),
      );
      const ids = pages.flatMap((p) => p.items.map((c) => c.metaData.id));
      expect(new Set(ids).size).toBe(sim.dataSet.calls.length);
    });

    it('puts the cursor of POST /v2/calls/transcript in the JSON body', async () => {
      const pages = await collect((cursor) => client.listTranscripts(ALL_TIME, cursor));
      const second = requestsTo(sim, '/v2/calls/transcript')[1];
      expect(second?.body).toMatchObject({ cursor: pages[0]?.nextCursor });
      expect(second?.query).toEqual({});
    });

    it('stops fetching when the caller stops paging early', async () => {
      for await (const page of paginate((cursor) => client.listUsers(cursor))) {
        expect(page.items).toHaveLength(100);
        break;
      }
      expect(sim.requests).toHaveLength(1);
    });
  });

  describe('empty results and 404s', () => {
    it('reads "No calls found corresponding to the provided filters" on GET /v2/calls as an empty page', async () => {
      const page = await client.listCalls(NOTHING);
      expect(page).toMatchObject({ items: [], totalRecords: 0, nextCursor: null });
      expect(sim.requests[0]?.status).toBe(404);
    });

    it('reads "No calls found" on POST /v2/calls/extensive as an empty page', async () => {
      const page = await client.listExtensiveCalls(NOTHING, { context: 'None' });
      expect(page.items).toEqual([]);
      expect(page.nextCursor).toBeNull();
    });

    it('reads "No calls found" on POST /v2/calls/transcript as an empty page', async () => {
      const page = await client.listTranscripts(NOTHING);
      expect(page.items).toEqual([]);
    });

    it("keeps Gong's requestId on an empty page", async () => {
      const page = await client.listCalls(NOTHING);
      expect(page.requestId).toEqual(expect.any(String));
      expect(page.requestId).not.toBe('');
    });

    it("reports an unknown call id as a 404 GongApiError with Gong's message", async () => {
      const error = await apiFailure(
        client.request(usersPageSchema, { method: 'GET', path: '/v2/calls/999' }),
      );
      expect(error.status).toBe(404);
      expect(error.errors).toEqual(['Call ID 999 was not found']);
    });

    it('reports any other 404 on a call listing as an error, not as an empty page', async () => {
      sim.injectFault({ path: '/v2/calls/extensive', status: 404, errors: ['Workspace not found'] });
      const error = await apiFailure(client.listExtensiveCalls(ALL_TIME, { context: 'None' }));
      expect(error.status).toBe(404);
      expect(error.errors).toEqual(['Workspace not found']);
    });
  });

  describe('errors Gong answers with', () => {
    it("reports wrong credentials as a 401 GongApiError with Gong's errors[] and requestId", async () => {
      const error = await apiFailure(clientTo(sim.url, { accessKeySecret: 'wrong-secret' }).listUsers());
      expect(error.status).toBe(401);
      expect(error.errors).toEqual([
        'Validate credentials failed. Please check your credentials and try again.',
      ]);
      expect(error.requestId).toEqual(expect.stringMatching(/\S/));
    });

    it("mentions Gong's message and requestId in the error message", async () => {
      const error = await apiFailure(clientTo(sim.url, { accessKeySecret: 'wrong-secret' }).listUsers());
      expect(error.message).toContain('Validate credentials failed');
      expect(error.message).toContain(error.requestId ?? 'missing requestId');
    });

    it('reads Retry-After of a 429 as retryAfterSeconds', async () => {
      sim.injectFault({ path: '/v2/users', status: 429, retryAfterSeconds: 7 });
      const error = await apiFailure(client.listUsers());
      expect(error.status).toBe(429);
      expect(error.retryAfterSeconds).toBe(7);
    });

    it('leaves retryAfterSeconds null when Gong sends no Retry-After', async () => {
      sim.injectFault({ path: '/v2/users', status: 500 });
      const error = await apiFailure(client.listUsers());
      expect(error.retryAfterSeconds).toBeNull();
    });

    it('reports a server error as a GongApiError with status 500', async () => {
      sim.injectFault({ path: '/v2/calls', status: 500 });
      const error = await apiFailure(client.listCalls(ALL_TIME));
      expect(error.status).toBe(500);
      expect(error.errors).toEqual(['Failed to complete the operation due to an unexpected error']);
    });

    it('does not call a 500 an expired cursor', async () => {
      sim.injectFault({ path: '/v2/calls', status: 500 });
      const error = await apiFailure(client.listCalls(ALL_TIME));
      expect(error.isCursorExpired).toBe(false);
    });

    it('does not call a tampered cursor an expired one', async () => {
      const error = await apiFailure(client.listUsers('not-a-cursor'));
      expect(error.status).toBe(400);
      expect(error.isCursorExpired).toBe(false);
    });

    it('returns any answer as is through send(), without judging the status', async () => {
      const response = await client.send({ method: 'GET', path: '/v2/calls/999' });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ errors: ['Call ID 999 was not found'] });
    });
  });

  describe('transport failures', () => {
    it('gives up after timeoutMs with a GongTransportError marked timedOut', async () => {
      sim.setLatency(2_000);
      const error = await failure(clientTo(sim.url, { timeoutMs: 200 }).listUsers());
      expect(error).toBeInstanceOf(GongTransportError);
      expect((error as GongTransportError).timedOut).toBe(true);
      expect((error as GongTransportError).message).toContain('timed out after 200 ms');
    });

    it('stops when the caller aborts, with a GongTransportError "cancelled"', async () => {
      sim.setLatency(2_000);
      const controller = new AbortController();
      const pending = client.listUsers(undefined, controller.signal);
      setTimeout(() => controller.abort(), 50);
      const error = await failure(pending);
      expect(error).toBeInstanceOf(GongTransportError);
      expect((error as GongTransportError).reason).toBe('cancelled');
      expect((error as GongTransportError).timedOut).toBe(false);
    });
  });

  describe('tolerance', () => {
    it('accepts users with null fields and keeps fields the schema does not know', async () => {
      const page = await client.listUsers();
      const user = page.items[0];
      expect(user?.title).toBeNull();
      expect(user).toHaveProperty('conferencingProviders');
      expect(user).toHaveProperty('settings');
    });

    it('accepts extensive calls with null party fields and no parties block at all', async () => {
      const withNulls = buildSimCall({
        started: '2020-06-01T10:00:00Z',
        parties: [{ name: null, emailAddress: null, speakerId: null, title: null }],
      });
      const imported = buildSimCall({ started: '2020-06-01T11:00:00Z', parties: null });
      sim.dataSet.calls.push(withNulls, imported);
      try {
        const page = await client.listExtensiveCalls(
          { fromDateTime: '2020-06-01T00:00:00Z', toDateTime: '2020-06-02T00:00:00Z' },
          { context: 'Extended', exposedFields: { parties: true, interaction: { speakers: true } } },
        );
        expect(page.items.map((c) => c.metaData.id)).toEqual([withNulls.metaData.id, imported.metaData.id]);
        expect(page.items[0]?.parties?.[0]?.name).toBeNull();
        expect(page.items[1]?.parties).toBeUndefined();
      } finally {
        sim.dataSet.calls = sim.dataSet.calls.filter((c) => c !== withNulls && c !== imported);
      }
    });
  });

  describe('secrets', () => {
    it('never puts the secret or the Authorization value in any error', async () => {
      const secret = 'top-secret-value-42';
      const authorization = Buffer.from(`${DEFAULT_SIM_ACCOUNT.accessKey}:${secret}`).toString('base64');
      const wrong = clientTo(sim.url, { accessKeySecret: secret, timeoutMs: 200 });
      const errors: unknown[] = [];
      errors.push(await failure(wrong.listUsers()));
      errors.push(await failure(wrong.request(usersPageSchema, { method: 'GET', path: '/v2/calls/999' })));
      sim.setLatency(1_000);
      errors.push(await failure(wrong.listUsers()));
      expect(errors.map((e) => (e as Error).name)).toEqual([
        'GongApiError',
        'GongApiError',
        'GongTransportError',
      ]);
      for (const error of errors) {
        const text = `${String(error)} ${(error as Error).stack ?? ''} ${JSON.stringify(error)}`;
        expect(text).not.toContain(secret);
        expect(text).not.toContain(authorization);
      }
    });
  });
});

describe('GongClient and the rate limit', () => {
  it('reports a 429 with Retry-After 1 when going over the per-second limit', async () => {
    const sim = await startGongSimulator({ requestsPerSecond: 1 });
    try {
      const client = clientTo(sim.url);
      await client.listUsers();
      const error = await apiFailure(client.listUsers());
      expect(error.status).toBe(429);
      expect(error.retryAfterSeconds).toBe(1);
    } finally {
      await sim.stop();
    }
  });
});

describe("GongClient and Gong's 429", () => {
  it("holds every request to the host back for Gong's Retry-After, through the shared pacer", async () => {
    const server = await startLocalServer(
      answerWith(429, { errors: ['Too many requests'] }, { 'retry-after': '7' }),
    );
    try {
      const heldOff: [string, number][] = [];
      const pacer = {
        wait: async () => undefined,
        holdOff: async (host: string, seconds: number) => void heldOff.push([host, seconds]),
      };
      const client = new GongClient({
        credentials: { baseUrl: BASE_URL, ...DEFAULT_SIM_ACCOUNT },
        fetch: routedFetch(server.url),
        timeoutMs: 5_000,
        pacer,
      });
      const error = await apiFailure(client.listUsers());
      expect(error.status).toBe(429);
      expect(heldOff).toEqual([[BASE_URL, 7]]);
    } finally {
      await server.close();
    }
  });
});

describe('GongClient and expired cursors', () => {
  it('recognizes "cursor has expired" so callers restart instead of retrying', async () => {
    let clock = DATA_NOW.getTime();
    const sim = await startGongSimulator({
      requestsPerSecond: 1000,
      cursorTtlMs: 60_000,
      now: () => new Date(clock),
      dataSet: createDataSet({ seed: 42, now: DATA_NOW }),
    });
    try {
      const client = clientTo(sim.url);
      const first = await client.listCalls(ALL_TIME);
      clock += 61_000;
      const error = await apiFailure(client.listCalls(ALL_TIME, first.nextCursor ?? undefined));
      expect(error.status).toBe(400);
      expect(error.isCursorExpired).toBe(true);
    } finally {
      await sim.stop();
    }
  });
});

describe('GongClient against misbehaving servers', () => {
  const servers: LocalServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function serve(...args: Parameters<typeof startLocalServer>): Promise<LocalServer> {
    const server = await startLocalServer(...args);
    servers.push(server);
    return server;
  }

  it('refuses to follow a redirect and reports it as GongApiError 302 "redirect refused"', async () => {
    const server = await serve((req, res, port) => {
      res.writeHead(302, { location: `http://localhost:${port}/followed` });
      res.end();
    });
    const error = await apiFailure(clientTo(server.url).listUsers());
    expect(error.status).toBe(302);
    expect(error.errors).toEqual(['redirect refused']);
  });

  it('sends no request to the redirect target', async () => {
    const server = await serve((req, res, port) => {
      res.writeHead(302, { location: `http://localhost:${port}/followed` });
      res.end();
    });
    await failure(clientTo(server.url).listUsers());
    expect(server.paths).toEqual(['/v2/users']);
  });

  it('reports a 2xx body of the wrong shape as a GongResponseFormatError naming the field', async () => {
    const server = await serve(answerWith(200, { users: 'nope' }));
    const error = await failure(clientTo(server.url).listUsers());
    expect(error).toBeInstanceOf(GongResponseFormatError);
    expect((error as GongResponseFormatError).issues).toContain('users');
  });

  it('reports a 2xx body that is not JSON as a GongResponseFormatError', async () => {
    const server = await serve(answerWith(200, '<html>maintenance</html>'));
    await expect(clientTo(server.url).listUsers()).rejects.toThrow(GongResponseFormatError);
  });

  it('skips a call with "started": null and keeps the rest of its page', async () => {
    const call = (id: string, started: string | null) => ({ metaData: { id, started, title: `Call ${id}` } });
    const server = await serve(
      answerWith(200, {
        requestId: 'r1',
        records: { totalRecords: 3, currentPageSize: 3, currentPageNumber: 0 },
        calls: [call('1', '2026-01-15T16:00:00Z'), call('2', null), call('3', '2026-01-16T16:00:00Z')],
      }),
    );
    const page = await clientTo(server.url).listExtensiveCalls(ALL_TIME, { context: 'None' });
    expect(page.items.map((c) => c.metaData.id)).toEqual(['1', '3']);
    expect(page.skipped).toBe(1);
  });

  it('accepts nulls and unknown fields everywhere in an extensive call', async () => {
    const server = await serve(
      answerWith(200, {
        requestId: null,
        newTopLevelField: { anything: true },
        records: { totalRecords: 1, currentPageSize: 1, currentPageNumber: 0, cursor: null },
        calls: [
          {
            metaData: {
              id: '123',
              started: '2026-01-15T16:00:00Z',
              title: null,
              duration: null,
              brandNew: 1,
            },
            context: null,
            parties: [{ id: null, name: null, context: null, methods: null, extra: 'x' }],
            content: {
              brief: null,
              outline: null,
              highlights: [{ title: null, items: null }],
              keyPoints: null,
              callOutcome: null,
              topics: null,
              pointsOfInterest: null,
              trackers: [{ whatever: 1 }],
            },
            interaction: { speakers: null },
          },
        ],
      }),
    );
    const page = await clientTo(server.url).listExtensiveCalls(ALL_TIME, { context: 'Extended' });
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toBeNull();
    expect(page.requestId).toBeNull();
  });

  it('reports a connection failure as a GongTransportError that is not a timeout', async () => {
    const server = await serve(answerWith(200, {}));
    const url = server.url;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const error = await failure(clientTo(url).listUsers());
    expect(error).toBeInstanceOf(GongTransportError);
    expect((error as GongTransportError).timedOut).toBe(false);
  });

  it('checks the allowlist before the routed fetch when the connection host is refused', async () => {
    const server = await serve(answerWith(200, {}));
    const client = new GongClient({
      credentials: { baseUrl: 'evil.com', ...DEFAULT_SIM_ACCOUNT },
      fetch: routedFetch(server.url),
    });
    await expect(client.listUsers()).rejects.toThrow(GongUrlNotAllowedError);
    expect(server.paths).toEqual([]);
  });
});
