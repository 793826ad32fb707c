import { randomBytes } from 'node:crypto';
import { parseSettings } from '../../src/config/settings';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type OpenedStore } from '../../src/app/open-store';
import { SCHEMA_VERSION } from '../../src/adapters/postgres/schema';
import { SecretKeyError } from '../../src/connections/secret-keys';
import { ConnectionStoreUnavailableError } from '../../src/connections/connection-store';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { ACME, GLOBEX } from '../support/connection-fixtures';

const KEY = randomBytes(32).toString('base64');

let postgres: TestPostgres;
let url: string;
let sql: pg.Client;
const opened: OpenedStore[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(() => postgres?.stop());
beforeEach(async () => {
  url = await postgres.createDatabase();
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await sql.end();
});

function open(env: Record<string, string> = {}): OpenedStore {
  const full = { GONG_CONNECTIONS_URL: url, GONG_SECRETS_KEYS: `main=${KEY}`, ...env };
  const store = openStore(parseSettings(full, ['store']).store);
  opened.push(store);
  return store;
}

describe('the PostgreSQL schema', () => {
  it('is created on first use and its version recorded', async () => {
    await open().connections.list();
    const { rows } = await sql.query('SELECT version FROM gong_worker_schema ORDER BY version');
    expect(rows.map((r: { version: number }) => r.version)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('is migrated once when several processes start at the same moment', async () => {
    const results = await Promise.all([open().migrate(), open().migrate(), open().migrate()]);
    expect(results.map((r) => r?.applied.length).sort()).toEqual([0, 0, SCHEMA_VERSION]);
    expect(await open().migrate()).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
  });

  it('refuses to run against a database migrated by a newer worker', async () => {
    await open().migrate();
    await sql.query(`INSERT INTO gong_worker_schema (version, description) VALUES (999, 'future')`);
    await expect(open().migrate()).rejects.toThrow(
      `The database schema is at version 999, newer than this worker's ${SCHEMA_VERSION}; upgrade the worker`,
    );
  });
});

describe('secrets in the PostgreSQL tables', () => {
  it('appear nowhere in clear: not in any column of any table, nor in base64', async () => {
    const store = open();
    await store.connections.add(ACME);
    await store.connections.add(GLOBEX);
    await store.connections.update('acme', (c) => ({ ...c, accessKeySecret: 'secret-acme-rotated' }));
    await store.requestCounter.record('acme');
    const tables = await sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const dump: string[] = [];
    for (const { table_name: table } of tables.rows) {
      const { rows } = await sql.query(`SELECT * FROM ${table}`);
      dump.push(JSON.stringify(rows));
    }
    const everything = dump.join('\n');
    expect(everything).toContain('acme'); // the scan did read the rows
    for (const secret of [
      ACME.accessKey,
      'secret-acme-rotated',
      GLOBEX.accessKey,
      GLOBEX.accessKeySecret,
      KEY,
    ]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(Buffer.from(secret).toString('base64'));
      expect(everything).not.toContain(Buffer.from(secret).toString('hex'));
    }
  });

  it('do not decrypt when a row is copied to another id', async () => {
    const store = open();
    await store.connections.add(ACME);
    await sql.query(
      `INSERT INTO gong_connections (id, base_url, secrets) SELECT 'globex', base_url, secrets FROM gong_connections WHERE id = 'acme'`,
    );
    await expect(store.connections.get('globex')).rejects.toThrow(
      new SecretKeyError(
        'Connection "globex" does not decrypt with key "main": wrong key, damaged data, or data copied from another connection',
      ),
    );
    expect(await store.connections.get('acme')).toEqual(ACME);
  });

  it('cannot be opened without GONG_SECRETS_KEYS: the store refuses to start', () => {
    expect(() => parseSettings({ GONG_CONNECTIONS_URL: url }, ['store']).store).toThrow(
      'GONG_SECRETS_KEYS: required with GONG_CONNECTIONS_URL',
    );
  });
});

describe('a ping', () => {
  it('answers while the database does, without reading the connections', async () => {
    const store = open();
    await store.connections.add(ACME);
    await sql.query(`UPDATE gong_connections SET secrets = '{"keyId":"main"}' WHERE id = 'acme'`);
    await expect(store.connections.ping()).resolves.toBeUndefined();
  });
});

describe('a damaged row', () => {
  it('is listed as a problem while the other connections are listed, and can be removed', async () => {
    const store = open();
    await store.connections.add(ACME);
    await store.connections.add(GLOBEX);
    await sql.query(`UPDATE gong_connections SET secrets = '{"keyId":"main"}' WHERE id = 'acme'`);
    const scan = await store.connections.scan();
    expect(scan.connections).toEqual([GLOBEX]);
    expect(scan.problems).toEqual([
      {
        id: 'acme',
        reason: expect.stringMatching(/^Connection row for "acme" is corrupt: secrets\.nonce/) as unknown,
      },
    ]);
    expect(await store.connections.remove('acme')).toBe(true);
    expect((await store.connections.scan()).problems).toEqual([]);
  });
});

describe('a database that cannot be reached', () => {
  it('fails a ping as a store outage, so the readiness probe says the store does not answer', async () => {
    const env = {
      GONG_CONNECTIONS_URL: 'postgres://worker@127.0.0.1:1/gong',
      GONG_SECRETS_KEYS: `main=${KEY}`,
    };
    const store = openStore(parseSettings(env, ['store']).store);
    opened.push(store);
    await expect(store.connections.ping()).rejects.toThrow(ConnectionStoreUnavailableError);
  });

  it('fails within the connection timeout as a store outage, without printing the URL, its password or address', async () => {
    const env = {
      GONG_CONNECTIONS_URL: 'postgres://worker:hunter2-password@127.0.0.1:1/gong',
      GONG_SECRETS_KEYS: `main=${KEY}`,
    };
    const store = openStore(parseSettings(env, ['store']).store);
    opened.push(store);
    const error = await store.connections.get('acme').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConnectionStoreUnavailableError);
    expect(error?.message).toBe('The connection store (PostgreSQL) is unavailable: connection refused');
    expect(error?.message).not.toContain('hunter2');
  });
});
