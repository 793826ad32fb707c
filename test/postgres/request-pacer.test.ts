import { randomBytes } from 'node:crypto';
import { parseSettings } from '../../src/config/settings';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type OpenedStore } from '../../src/app/open-store';
import pg from 'pg';
import { createPostgresRequestPacer, sendMarginMs } from '../../src/adapters/postgres/shared-request-pacer';
import type { RequestPacer } from '../../src/gong/request-pacer';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { startLocalServer, type LocalServer } from '../gong/local-server';

const KEYS = `k=${randomBytes(32).toString('base64')}`;
const HOST_A = 'us-1.api.gong.io';
const HOST_B = 'us-2.api.gong.io';

let postgres: TestPostgres;
let url: string;
let server: LocalServer;
/** When each request was let go, per Gong host. */
let arrivals: Map<string, number[]>;
const opened: OpenedStore[] = [];
const pools: pg.Pool[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  server = await startLocalServer((_req, res) => res.end('{}'));
});
afterAll(async () => {
  await server?.close();
  await postgres?.stop();
});
beforeEach(async () => {
  url = await postgres.createDatabase();
  arrivals = new Map();
});
afterEach(() =>
  Promise.all([...opened.splice(0).map((s) => s.close()), ...pools.splice(0).map((p) => p.end())]),
);

/** A replica's pacer: its own store, hence its own pool, on the shared database. */
function replicaPacer(perSecond = 3, warn?: (message: string) => void, connectionsUrl = url): RequestPacer {
  const env = { GONG_CONNECTIONS_URL: connectionsUrl, GONG_SECRETS_KEYS: KEYS };
  const store = openStore(parseSettings(env, ['store']).store, warn);
  opened.push(store);
  return store.createPacer(perSecond);
}

/** A replica whose event loop is busy: every wait for its slot ends `lateMs` after it should. */
async function lateReplicaPacer(lateMs: number): Promise<RequestPacer> {
  const env = { GONG_CONNECTIONS_URL: url, GONG_SECRETS_KEYS: KEYS };
  const store = openStore(parseSettings(env, ['store']).store);
  opened.push(store);
  await store.migrate();
  const query = async (text: string, values: unknown[]) => {
    const { Client } = pg;
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(text, values);
    } finally {
      await client.end();
    }
  };
  return createPostgresRequestPacer({
    query,
    perSecond: 3,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms + lateMs)),
    warn: (message) => {
      throw new Error(`the test pacer must use the database: ${message}`);
    },
  });
}

/**
 * A replica on a busy host: one answer in `every` (default every other) to its send confirmation
 * reaches it `lateMs` after the database recorded the send, so the request leaves that much after
 * its recorded moment.
 */
async function lateConfirmingPacer(lateMs: number, every = 2): Promise<RequestPacer> {
  const env = { GONG_CONNECTIONS_URL: url, GONG_SECRETS_KEYS: KEYS };
  const store = openStore(parseSettings(env, ['store']).store);
  opened.push(store);
  await store.migrate();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pools.push(pool);
  let confirmations = 0;
  return createPostgresRequestPacer({
    query: async (text: string, values: unknown[]) => {
      const result = await pool.query(text, values);
      if (text.includes('recorded AS') && confirmations++ % every === 0) {
        await new Promise((resolve) => setTimeout(resolve, lateMs));
      }
      return result;
    },
    perSecond: 3,
    warn: (message) => {
      throw new Error(`the test pacer must use the database: ${message}`);
    },
  });
}

/**
 * Waits for the pacer, notes the moment it let the request go, and sends it. Send moments, not
 * arrivals, are what the pacer controls: on a loaded machine, connection set-up and scheduling
 * move arrivals around (the benchmarks print both).
 */
async function send(pacer: RequestPacer, host: string, signal?: AbortSignal, afterMs = 0): Promise<void> {
  await pacer.wait(host, signal);
  if (afterMs > 0) await new Promise((resolve) => setTimeout(resolve, afterMs));
  arrivals.set(host, [...(arrivals.get(host) ?? []), performance.now()]);
  await fetch(`${server.url}/v2/calls?host=${host}`);
}

/** The most arrivals in any 1-second window [t, t + 1000). */
function mostInOneSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.max(0, ...sorted.map((t, i) => sorted.slice(i).filter((u) => u < t + 1000).length));
}

describe('the request pacer shared through PostgreSQL', () => {
  it('keeps two replicas at most 3 requests to one host in every 1-second window', async () => {
    const [one, two] = [replicaPacer(), replicaPacer()];
    await Promise.all(Array.from({ length: 14 }, (_, i) => send(i % 2 === 0 ? one : two, HOST_A)));
    const times = arrivals.get(HOST_A) ?? [];
    expect(times).toHaveLength(14);
    expect(mostInOneSecond(times)).toBe(3);
  });

  it('keeps the limit when confirmations come back late on a busy host (sends leave after their slot)', async () => {
    const [slow, onTime] = [await lateConfirmingPacer(180), replicaPacer()];
    await Promise.all(Array.from({ length: 12 }, (_, i) => send(i % 2 === 0 ? slow : onTime, HOST_A)));
    expect(arrivals.get(HOST_A)).toHaveLength(12);
    expect(mostInOneSecond(arrivals.get(HOST_A) ?? [])).toBeLessThanOrEqual(3);
  });

  it('keeps the limit when a busy replica answers late and then sends late too, beside a quiet one', async () => {
    // Every confirmation comes back 70 ms late, and the request leaves 40 ms after that: 110 ms
    // after its recorded moment, of which the pacer sees only the first 70 ms.
    const [busy, quiet] = [await lateConfirmingPacer(70, 1), replicaPacer()];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0 ? send(busy, HOST_A, undefined, 40) : send(quiet, HOST_A),
      ),
    );
    expect(arrivals.get(HOST_A)).toHaveLength(12);
    expect(mostInOneSecond(arrivals.get(HOST_A) ?? [])).toBeLessThanOrEqual(3);
  });

  it('keeps the limit when a replica wakes up late for its slot (a busy event loop)', async () => {
    const [late, onTime] = [await lateReplicaPacer(250), replicaPacer()];
    await Promise.all(Array.from({ length: 12 }, (_, i) => send(i % 2 === 0 ? late : onTime, HOST_A)));
    expect(mostInOneSecond(arrivals.get(HOST_A) ?? [])).toBeLessThanOrEqual(3);
  });

  it('does not make a second host wait behind the first one', async () => {
    const [one, two] = [replicaPacer(), replicaPacer()];
    const busy = Promise.all(Array.from({ length: 9 }, () => send(one, HOST_A)));
    await new Promise((resolve) => setTimeout(resolve, 200)); // A's slots are all reserved by now
    const started = performance.now();
    await send(two, HOST_B);
    const waitedForB = performance.now() - started;
    await busy;
    // A's queue is 3 s long; B waits for no slot of A's (generous bound: this box is shared).
    expect(waitedForB).toBeLessThan(1000);
    expect(mostInOneSecond(arrivals.get(HOST_A) ?? [])).toBeLessThanOrEqual(3);
  });

  it('stops waiting for a slot as soon as the request is cancelled', async () => {
    const pacer = replicaPacer(0.5); // slots 2.2 s apart
    await pacer.wait(HOST_A);
    const controller = new AbortController();
    const started = performance.now();
    const waiting = pacer.wait(HOST_A, controller.signal);
    setTimeout(() => controller.abort(new Error('cancelled by the caller')), 100);
    await expect(waiting).rejects.toThrow('cancelled by the caller');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("holds every replica back after one of them is told to (Gong's Retry-After)", async () => {
    const [one, two] = [replicaPacer(), replicaPacer()];
    await one.holdOff?.(HOST_A, 1.5);
    const started = performance.now();
    await two.wait(HOST_A);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('paces this process alone, and says so once, when the database cannot be reached', async () => {
    const warnings: string[] = [];
    const pacer = replicaPacer(3, (m) => warnings.push(m), 'postgres://nobody@127.0.0.1:1/none');
    await Promise.all(Array.from({ length: 4 }, () => send(pacer, HOST_A)));
    expect(mostInOneSecond(arrivals.get(HOST_A) ?? [])).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Shared Gong rate limit unavailable \(The connection store \(PostgreSQL\) is unavailable: connection refused\); pacing this process alone/,
    );
    expect(warnings[0]).not.toContain('127.0.0.1');
  });
});

describe('the margin a replica records its sends with', () => {
  it('is 40 ms on a quiet host, where confirmations come back within a few milliseconds', () => {
    expect(sendMarginMs([])).toBe(40);
    expect(sendMarginMs([2, 3, 5, 4, 2, 3, 6, 2, 3, 4])).toBe(40);
  });

  it('is twice the recent confirmation delays on a busy host, one slow outlier in ten aside', () => {
    expect(sendMarginMs([30, 35, 40, 32, 38, 31, 36, 33, 39, 400])).toBe(80);
  });

  it('is never more than 150 ms, so the replicas still reach 87% of the limit', () => {
    expect(sendMarginMs([200, 220, 250, 210, 230, 240, 205, 215, 225, 235])).toBe(150);
  });
});
