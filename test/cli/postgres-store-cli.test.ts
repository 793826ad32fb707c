import { findFreePort } from '../../tools/temporal-server';
import { parseSettings } from '../../src/config/settings';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { openStore } from '../../src/app/open-store';
import { DEFAULT_SIM_ACCOUNT } from '../../tools/simulator';
import { recordingIo } from '../support/cli-io';
import { startGongHarness, TEST_GONG_BASE_URL, type GongHarness } from '../support/gong-harness';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

const OLD_KEY = `old=${randomBytes(32).toString('base64')}`;
const NEW_KEY = `new=${randomBytes(32).toString('base64')}`;

let h: GongHarness;
let postgres: TestPostgres;
let env: Record<string, string>;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  [h, postgres] = await Promise.all([startGongHarness(), startPostgres()]);
  env = {
    TEMPORAL_ADDRESS: h.temporal.address,
    TEMPORAL_TASK_QUEUE: uniqueTaskQueue('postgres-store'),
    GONG_CONNECTIONS_URL: await postgres.createDatabase(),
    GONG_SECRETS_KEYS: OLD_KEY,
    GONG_SIMULATOR_URL: h.simulator.url,
  };
});
afterAll(async () => {
  await worker?.kill();
  await postgres?.stop();
  await h?.close();
});

async function cli(extraEnv: Record<string, string>, ...argv: string[]) {
  const io = recordingIo({ ...env, ...extraEnv });
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('gong-worker with GONG_CONNECTIONS_URL (PostgreSQL)', () => {
  it('db migrate creates the schema, then says it is up to date', async () => {
    expect(await cli({}, 'db', 'migrate')).toEqual({
      code: 0,
      out:
        'Database schema migrated from version 0 to 2:\n  1: connections, shared request slots per Gong host, daily request counts\n' +
        '  2: request slots held per request until a second after its answer',
      err: '',
    });
    expect((await cli({}, 'db', 'migrate')).out).toBe('Database schema is up to date (version 2).');
  });

  it('a connection added by the CLI is used by a worker process, which counts the request', async () => {
    const added = await cli(
      {},
      'connections',
      'add',
      'acme',
      '--base-url',
      TEST_GONG_BASE_URL,
      '--access-key',
      DEFAULT_SIM_ACCOUNT.accessKey,
      '--secret-key',
      DEFAULT_SIM_ACCOUNT.accessKeySecret,
    );
    expect(added.code).toBe(0);
    expect(
      (
        await cli(
          {},
          'connections',
          'add',
          'acme',
          '--base-url',
          'x.api.gong.io',
          '--access-key',
          'k',
          '--secret-key',
          's',
        )
      ).err,
    ).toBe('error: Connection "acme" already exists; use "connections edit"');

    const metrics = `127.0.0.1:${await findFreePort()}`;
    worker = await startWorkerProcess({ ...env, TEMPORAL_PROMETHEUS_ADDRESS: metrics });
    const health = await cli({}, 'health', 'run', '--connection', 'acme');
    expect(health.err).toBe('');
    expect(health.out).toMatch(/^healthy: connection "acme" \(us-12345\.api\.gong\.io\) works/);

    const store = openStore(parseSettings(env, ['store']).store);
    try {
      // Counted alongside the request, not before it: give the write a moment to land.
      let counted = await store.requestCounter.read('acme');
      for (let i = 0; i < 50 && counted === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        counted = await store.requestCounter.read('acme');
      }
      expect(counted).toBe(1);
    } finally {
      await store.close();
    }

    // Every replica's count, where operators look: health status and the worker's metrics.
    const status = await cli({}, 'health', 'status', '--json');
    expect(JSON.parse(status.out)).toEqual([{ connectionId: 'acme', status: null, requestsToday: 1 }]);
    const table = await cli({}, 'health', 'status');
    expect(table.out).toMatch(/^acme +- +no schedule +- +1\/10000/m);
    const scraped = await (await fetch(`http://${metrics}/metrics`)).text();
    expect(scraped).toMatch(/^gong_requests_today\{[^}]*connection_id="acme"[^}]*\} 1$/m);
  }, 120_000);

  it('connections list says its connections come from PostgreSQL and names host and database, never the password', async () => {
    const url = new URL(env.GONG_CONNECTIONS_URL!);
    const where = `the PostgreSQL store at ${url.host}${url.pathname} (GONG_CONNECTIONS_URL)`;
    const listed = await cli({}, 'connections', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ id: 'acme', source: 'postgres', store: where }),
    ]);
    // The same server with a password in the URL (the test server trusts local connections).
    const withPassword = env.GONG_CONNECTIONS_URL!.replace('://postgres@', '://postgres:s3cret-pw@');
    const text = await cli({ GONG_CONNECTIONS_URL: withPassword }, 'connections', 'list');
    expect(text.out.split('\n')[0]).toBe(`Store: ${where}`);
    expect(`${text.out}${text.err}`).not.toContain('s3cret-pw');
    const missing = await cli({}, 'connections', 'show', 'nobody');
    expect(missing.err).toBe(`error: Gong connection "nobody" does not exist in ${where}`);
  });

  it('connections reencrypt moves every connection to the first key, after which the old key can go', async () => {
    const rotated = await cli({ GONG_SECRETS_KEYS: `${NEW_KEY},${OLD_KEY}` }, 'connections', 'reencrypt');
    expect(rotated).toEqual({
      code: 0,
      out: 'Re-encrypted 1 connection under the first key of GONG_SECRETS_KEYS.',
      err: '',
    });
    const shown = await cli({ GONG_SECRETS_KEYS: NEW_KEY }, 'connections', 'show', 'acme');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('us-12345.api.gong.io');
    expect((await cli({}, 'connections', 'show', 'acme')).err).toBe(
      'error: Connection "acme" is encrypted with key "new", which is not in GONG_SECRETS_KEYS',
    );
  });

  it('refuses to start without GONG_SECRETS_KEYS, saying it is required', async () => {
    const { code, err } = await cli({ GONG_SECRETS_KEYS: '' }, 'connections', 'list');
    expect(code).toBe(1);
    expect(err).toBe(
      'error: invalid environment (1 problem):\n' +
        '  GONG_SECRETS_KEYS: required with GONG_CONNECTIONS_URL: the PostgreSQL store keeps secrets encrypted',
    );
  });
});
