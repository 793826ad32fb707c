import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli-io';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { bareEnv, runCli } from '../e2e/cli-process';

const KEYS = `k1=${randomBytes(32).toString('base64')}`;
const NEW_SECRET = 'NEW-SECRET-IN-CLEAR-4242';

const addArgs = (id: string, secret: string) => [
  'connections',
  'add',
  id,
  '--base-url',
  'us-49467.api.gong.io',
  '--access-key',
  `AKEY-${id}-0001`,
  '--secret-key',
  secret,
];

/** Every file of a folder with its bytes: what a refused command must leave as it was. */
async function filesOf(directory: string): Promise<Record<string, string>> {
  const names = (await readdir(directory)).sort();
  const files: Record<string, string> = {};
  for (const name of names) files[name] = await readFile(join(directory, name), 'utf8');
  return files;
}

describe('connections add and edit without GONG_SECRETS_KEYS, in a file store holding encrypted connections', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-one-sealing-'));
    // "globex" was saved in clear before the keys were set; "acme" after, encrypted.
    expect((await cli({ GONG_CONNECTIONS_DIR: dir }, ...addArgs('globex', 'globex-secret-0002'))).code).toBe(
      0,
    );
    expect(
      (
        await cli(
          { GONG_CONNECTIONS_DIR: dir, GONG_SECRETS_KEYS: KEYS },
          ...addArgs('acme', 'acme-secret-0001'),
        )
      ).code,
    ).toBe(0);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const withoutKeys = (...argv: string[]) => cli({ GONG_CONNECTIONS_DIR: dir }, ...argv);

  it('add exits 1 naming GONG_SECRETS_KEYS and writes nothing', async () => {
    const before = await filesOf(dir);
    const { code, out, err } = await withoutKeys(...addArgs('initech', NEW_SECRET));
    expect(code).toBe(1);
    expect(err).toBe(
      'error: GONG_SECRETS_KEYS is not set, but this store holds encrypted connections (such as "acme"): ' +
        'set it so "initech" is encrypted like them; nothing was saved',
    );
    expect(`${out}\n${err}`).not.toContain(NEW_SECRET);
    expect(await filesOf(dir)).toEqual(before);
  });

  it('edit of a connection kept in clear exits 1 naming GONG_SECRETS_KEYS and leaves its file as it was', async () => {
    const before = await filesOf(dir);
    const { code, err } = await withoutKeys('connections', 'edit', 'globex', '--secret-key', NEW_SECRET);
    expect(code).toBe(1);
    expect(err).toBe(
      'error: GONG_SECRETS_KEYS is not set, but this store holds encrypted connections (such as "acme"): ' +
        'set it so "globex" is encrypted like them; nothing was saved',
    );
    expect(await filesOf(dir)).toEqual(before);
  });

  it('edit of an encrypted connection exits 1 naming GONG_SECRETS_KEYS and leaves its file as it was', async () => {
    const before = await filesOf(dir);
    const { code, err } = await withoutKeys('connections', 'edit', 'acme', '--secret-key', NEW_SECRET);
    expect(code).toBe(1);
    expect(err).toBe('error: Connection "acme" is encrypted with key "k1", but GONG_SECRETS_KEYS is not set');
    expect(await filesOf(dir)).toEqual(before);
  });

  it('the gong-worker process refuses add and edit alike, exit 1, with no secret on disk in clear', async () => {
    const before = await filesOf(dir);
    const env = bareEnv({ GONG_CONNECTIONS_DIR: dir });
    const added = await runCli(addArgs('initech', NEW_SECRET), env);
    const edited = await runCli(['connections', 'edit', 'globex', '--secret-key', NEW_SECRET], env);
    for (const run of [added, edited]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('GONG_SECRETS_KEYS is not set');
      expect(run.stderr).not.toContain(NEW_SECRET);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(await filesOf(dir)).toEqual(before);
    expect(JSON.stringify(await filesOf(dir))).not.toContain(NEW_SECRET);
  }, 120_000);

  it('with GONG_SECRETS_KEYS set, the same add is saved encrypted', async () => {
    const { code } = await cli(
      { GONG_CONNECTIONS_DIR: dir, GONG_SECRETS_KEYS: KEYS },
      ...addArgs('initech', NEW_SECRET),
    );
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'initech.json'), 'utf8')).not.toContain(NEW_SECRET);
  });
});

describe('connections add and edit without GONG_SECRETS_KEYS, in the PostgreSQL store', () => {
  let postgres: TestPostgres;
  let url: string;
  beforeAll(async () => {
    postgres = await startPostgres();
    url = await postgres.createDatabase();
    const withKeys = { GONG_CONNECTIONS_URL: url, GONG_SECRETS_KEYS: KEYS };
    expect((await cli(withKeys, 'db', 'migrate')).code).toBe(0);
    expect((await cli(withKeys, ...addArgs('acme', 'acme-secret-0001'))).code).toBe(0);
  }, 120_000);
  afterAll(() => postgres?.stop());

  async function rows(): Promise<unknown[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query('SELECT * FROM gong_connections ORDER BY id')).rows;
    } finally {
      await client.end();
    }
  }

  it.each([
    ['add', addArgs('initech', NEW_SECRET)],
    ['edit', ['connections', 'edit', 'acme', '--secret-key', NEW_SECRET]],
  ])('%s is refused naming GONG_SECRETS_KEYS, and no row changes', async (_command, argv) => {
    const before = await rows();
    const { code, err } = await cli({ GONG_CONNECTIONS_URL: url }, ...argv);
    expect({ code, err }).toEqual({
      code: 1,
      err:
        'error: invalid environment (1 problem):\n' +
        '  GONG_SECRETS_KEYS: required with GONG_CONNECTIONS_URL: the PostgreSQL store keeps secrets encrypted',
    });
    expect(await rows()).toEqual(before);
  });
});
