import { randomBytes } from 'node:crypto';
import { parseSettings } from '../../src/config/settings';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  countingPacer,
  createInMemoryRequestCounter,
  createQuotaWatch,
  type DailyRequestCounter,
} from '../../src/connections/daily-request-count';
import { openStore, type OpenedStore } from '../../src/app/open-store';
import { createRequestPacer } from '../../src/gong/request-pacer';
import { startPostgres, type TestPostgres } from '../support/postgres';

const KEYS = `k=${randomBytes(32).toString('base64')}`;
let postgres: TestPostgres;
let url: string;
const opened: OpenedStore[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(() => postgres?.stop());
beforeEach(async () => {
  url = await postgres.createDatabase();
});
afterEach(() => Promise.all(opened.splice(0).map((s) => s.close())));

/** One replica's counter: its own pool on the shared database. */
function replicaCounter(): DailyRequestCounter {
  const env = { GONG_CONNECTIONS_URL: url, GONG_SECRETS_KEYS: KEYS };
  const store = openStore(parseSettings(env, ['store']).store);
  opened.push(store);
  return store.requestCounter;
}

const MONDAY = new Date('2026-11-30T23:59:59.900Z');
const TUESDAY = new Date('2026-12-01T00:00:00.100Z');

describe.each([
  ['in PostgreSQL, across replicas', () => [replicaCounter(), replicaCounter()] as const],
  ['in this process, for the file store', () => [createInMemoryRequestCounter(), null] as const],
])('the daily request count %s', (_, counters) => {
  it('adds up every request of a connection on one UTC day', async () => {
    const [one, two] = counters();
    const other = two ?? one;
    await Promise.all(Array.from({ length: 40 }, (__, i) => (i % 2 ? one : other).record('acme', MONDAY)));
    expect(await one.read('acme', MONDAY)).toBe(40);
    expect(await other.read('acme', MONDAY)).toBe(40);
  });

  it('counts each connection and each UTC day apart', async () => {
    const [one] = counters();
    await one.record('acme', MONDAY);
    await one.record('acme', TUESDAY);
    await one.record('acme', TUESDAY);
    await one.record('globex', TUESDAY);
    expect([
      await one.read('acme', MONDAY),
      await one.read('acme', TUESDAY),
      await one.read('globex', TUESDAY),
      await one.read('globex', MONDAY),
    ]).toEqual([1, 2, 1, 0]);
  });
});

describe('the warning past 90% of GONG_DAILY_REQUEST_LIMIT', () => {
  it('is logged once across all replicas, by the request that passes 90%', async () => {
    const warnings: string[] = [];
    const watches = [replicaCounter(), replicaCounter(), replicaCounter()].map((counter) =>
      createQuotaWatch({ counter, dailyLimit: 20, warn: (m) => warnings.push(m), now: () => MONDAY }),
    );
    await Promise.all(Array.from({ length: 25 }, (_, i) => watches[i % 3]?.record('acme')));
    expect(warnings).toEqual([
      'Connection "acme" has sent 19 Gong requests on 2026-11-30 (UTC), past 90% of its daily limit of 20 (GONG_DAILY_REQUEST_LIMIT)',
    ]);
  });

  it('reports every new total to a metric callback', async () => {
    const totals: [string, number, number][] = [];
    const watch = createQuotaWatch({
      counter: createInMemoryRequestCounter(),
      dailyLimit: 10_000,
      warn: () => undefined,
      onCount: (id, requests, limit) => totals.push([id, requests, limit]),
    });
    await watch.record('acme');
    await watch.record('acme');
    expect(totals).toEqual([
      ['acme', 1, 10_000],
      ['acme', 2, 10_000],
    ]);
  });

  it('never fails the request when counting fails, and says so once', async () => {
    const warnings: string[] = [];
    const broken: DailyRequestCounter = {
      record: () => Promise.reject(new Error('connection terminated')),
      read: () => Promise.resolve(0),
    };
    const watch = createQuotaWatch({ counter: broken, dailyLimit: 10, warn: (m) => warnings.push(m) });
    await watch.record('acme');
    await watch.record('acme');
    expect(warnings).toEqual(['Could not count a Gong request for "acme": connection terminated']);
  });
});

describe('a connection client paced and counted', () => {
  it('counts each request it lets through for that connection', async () => {
    const counter = createInMemoryRequestCounter();
    const watch = createQuotaWatch({ counter, dailyLimit: 10_000, warn: () => undefined });
    const pacer = countingPacer(createRequestPacer({ perSecond: 1000 }), watch, 'acme');
    await pacer.wait('us-1.api.gong.io');
    await pacer.wait('us-1.api.gong.io');
    expect(await counter.read('acme')).toBe(2);
    expect(await counter.read('globex')).toBe(0);
  });

  it('frees a slot a second after its answer, as the pacer under it does', async () => {
    let time = 0;
    const clock = { now: () => time, sleep: async (ms: number) => void (time += ms) };
    const watch = createQuotaWatch({
      counter: createInMemoryRequestCounter(),
      dailyLimit: 10_000,
      warn: () => undefined,
    });
    const pacer = countingPacer(createRequestPacer({ perSecond: 3, ...clock }), watch, 'acme');
    const answers: ((() => void) | undefined)[] = [];
    for (let i = 0; i < 3; i += 1) {
      await pacer.wait('us-1.api.gong.io');
      answers.push(pacer.sent?.('us-1.api.gong.io'));
    }
    time = 150; // Gong answers all three
    for (const answered of answers) answered?.();
    await pacer.wait('us-1.api.gong.io');
    expect(time).toBe(1150);
  });
});
