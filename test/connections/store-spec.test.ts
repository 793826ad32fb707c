import { randomBytes } from 'node:crypto';
import { parseSettings } from '../../src/config/settings';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionValidationError, editConnection } from '../../src/connections/connection';
import {
  ConnectionExistsError,
  ConnectionNotFoundError,
  type ConnectionStore,
} from '../../src/connections/connection-store';
import { openStore } from '../../src/app/open-store';
import { SecretKeyError } from '../../src/connections/secret-keys';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { ACME, GLOBEX, ENV } from '../support/connection-fixtures';

const KEY_ONE = `one=${randomBytes(32).toString('base64')}`;
const KEY_TWO = `two=${randomBytes(32).toString('base64')}`;

let postgres: TestPostgres;
let directory: string;
let databaseUrl: string;
const opened: { close(): Promise<void> }[] = [];

/** How each kind of store is opened: through the same function the worker and CLI use. */
const KINDS = {
  files: () => ({ GONG_CONNECTIONS_DIR: directory }),
  'encrypted files': () => ({ GONG_CONNECTIONS_DIR: directory, GONG_SECRETS_KEYS: KEY_ONE }),
  postgresql: () => ({ GONG_CONNECTIONS_URL: databaseUrl, GONG_SECRETS_KEYS: KEY_ONE }),
} as const;

beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(() => postgres?.stop());
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'store-spec-'));
  databaseUrl = await postgres.createDatabase();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await rm(directory, { recursive: true, force: true });
});

describe.each(Object.keys(KINDS) as (keyof typeof KINDS)[])('the %s connection store', (kind) => {
  function open(extraEnv: Record<string, string> = {}): ConnectionStore {
    const env = { ...KINDS[kind](), ...extraEnv };
    const store = openStore(parseSettings(env, ['store']).store);
    opened.push(store);
    return store.connections;
  }

  it('gets back an added connection', async () => {
    const store = open();
    await store.add(ACME);
    expect(await store.get('acme')).toEqual(ACME);
  });

  it('refuses a second add of the same id and keeps the first', async () => {
    const store = open();
    await store.add(ACME);
    await expect(store.add({ ...ACME, accessKeySecret: 'other-secret' })).rejects.toThrow(
      new ConnectionExistsError('acme'),
    );
    expect(await store.get('acme')).toEqual(ACME);
  });

  it('lets exactly one of several simultaneous adds of one id win', async () => {
    const store = open();
    const attempts = ['a', 'b', 'c', 'd', 'e'].map((s) => ({ ...ACME, accessKeySecret: `secret-${s}` }));
    const results = await Promise.allSettled(attempts.map((c) => store.add(c)));
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [attempts[i]] : []));
    expect(won).toHaveLength(1);
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
    ).toEqual(Array(4).fill(new ConnectionExistsError('acme')));
    expect(await store.get('acme')).toEqual(won[0]);
  });

  it('edits keep the fields left blank and replace the others', async () => {
    const store = open();
    await store.add(ACME);
    const updated = await store.update('acme', (c) =>
      editConnection(c, { accessKeySecret: 'rotated', accessKey: '' }),
    );
    expect(updated).toEqual({ ...ACME, accessKeySecret: 'rotated' });
    expect(await store.get('acme')).toEqual({ ...ACME, accessKeySecret: 'rotated' });
  });

  it('keeps both of two simultaneous edits of different fields', async () => {
    const store = open();
    await store.add(ACME);
    await Promise.all([
      store.update('acme', (c) => editConnection(c, { accessKey: 'AKEY-NEW' })),
      store.update('acme', (c) => editConnection(c, { accessKeySecret: 'secret-new' })),
      store.update('acme', (c) => editConnection(c, { baseUrl: 'us-2.api.gong.io' })),
    ]);
    expect(await store.get('acme')).toEqual({
      id: 'acme',
      baseUrl: 'us-2.api.gong.io',
      accessKey: 'AKEY-NEW',
      accessKeySecret: 'secret-new',
    });
  });

  it('reports an edit of an unknown connection as not found', async () => {
    await expect(open().update('nobody', (c) => c)).rejects.toThrow(new ConnectionNotFoundError('nobody'));
  });

  it('replaces a connection saved again under the same id', async () => {
    const store = open();
    await store.save(ACME);
    await store.save({ ...ACME, accessKeySecret: 'rotated-secret' });
    expect((await store.get('acme')).accessKeySecret).toBe('rotated-secret');
  });

  it('lists connections sorted by id, with no problems', async () => {
    const store = open();
    await store.add(GLOBEX);
    await store.add(ACME);
    expect(await store.list()).toEqual([ACME, GLOBEX]);
    expect(await store.scan()).toEqual({ connections: [ACME, GLOBEX], problems: [] });
  });

  it('lists nothing before anything is saved', async () => {
    expect(await open().list()).toEqual([]);
  });

  it('removes a connection and reports that it existed, and false the second time', async () => {
    const store = open();
    await store.add(ACME);
    expect(await store.remove('acme')).toBe(true);
    expect(await store.remove('acme')).toBe(false);
    await expect(store.get('acme')).rejects.toThrow(ConnectionNotFoundError);
  });

  it('accepts an add again after a remove', async () => {
    const store = open();
    await store.add(ACME);
    await store.remove('acme');
    await store.add(GLOBEX);
    await store.add({ ...ACME, accessKey: 'AKEY-AGAIN' });
    expect((await store.get('acme')).accessKey).toBe('AKEY-AGAIN');
  });

  it('refuses an invalid id or an empty secret, storing nothing', async () => {
    const store = open();
    await expect(store.add({ ...ACME, id: '../escape' })).rejects.toThrow();
    await expect(store.add({ ...ACME, accessKeySecret: '' })).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('reports an id that could never be stored as not found', async () => {
    await expect(open().get('../../etc/passwd')).rejects.toThrow(ConnectionNotFoundError);
  });

  describe('with the environment connection "default"', () => {
    it('gets and lists it together with the stored ones', async () => {
      const store = open(ENV);
      await store.add(ACME);
      expect(await store.get('default')).toEqual({
        id: 'default',
        baseUrl: 'us-777.api.gong.io',
        accessKey: 'env-key-7777',
        accessKeySecret: 'env-secret-7777',
      });
      expect((await store.list()).map((c) => c.id)).toEqual(['acme', 'default']);
    });

    it('refuses to add, edit, save or remove it', async () => {
      const store = open(ENV);
      const refused = expect.any(ConnectionValidationError) as unknown;
      await expect(store.add({ ...ACME, id: 'default' })).rejects.toEqual(refused);
      await expect(store.update('default', (c) => c)).rejects.toEqual(refused);
      await expect(store.save({ ...ACME, id: 'default' })).rejects.toEqual(refused);
      await expect(store.remove('default')).rejects.toEqual(refused);
    });

    it('hides a stored connection named "default"', async () => {
      await open().add({ ...ACME, id: 'default' });
      const store = open(ENV);
      expect((await store.get('default')).accessKey).toBe('env-key-7777');
      expect((await store.list()).filter((c) => c.id === 'default')).toHaveLength(1);
    });
  });

  if (kind !== 'files') {
    describe('secrets under rotating keys', () => {
      it('reads a connection sealed with an older key while a newer one encrypts', async () => {
        await open().add(ACME);
        expect(await open({ GONG_SECRETS_KEYS: `${KEY_TWO},${KEY_ONE}` }).get('acme')).toEqual(ACME);
      });

      it('fails without the key that sealed it, naming that key and not the secret', async () => {
        await open().add(ACME);
        const error = await open({ GONG_SECRETS_KEYS: KEY_TWO })
          .get('acme')
          .then(
            () => null,
            (e: unknown) => e as Error,
          );
        expect(error).toBeInstanceOf(SecretKeyError);
        expect(error?.message).toContain('"one"');
        expect(error?.message).not.toMatch(/secret-acme|AKEY-ACME/);
        expect(error?.message).not.toContain(KEY_ONE.slice(4));
      });

      it('reencrypt rewrites every connection under the first key, after which the old key can go', async () => {
        await open().add(ACME);
        await open().add(GLOBEX);
        const rotated = open({ GONG_SECRETS_KEYS: `${KEY_TWO},${KEY_ONE}` });
        expect(await rotated.reencrypt()).toEqual({ rewritten: 2, problems: [] });
        expect(await rotated.reencrypt()).toEqual({ rewritten: 0, problems: [] });
        expect(await open({ GONG_SECRETS_KEYS: KEY_TWO }).list()).toEqual([ACME, GLOBEX]);
      });

      it('lists a connection it cannot decrypt as a problem and goes on with the others', async () => {
        await open().add(ACME);
        await open({ GONG_SECRETS_KEYS: KEY_TWO }).add(GLOBEX);
        const scan = await open({ GONG_SECRETS_KEYS: KEY_TWO }).scan();
        expect(scan.connections).toEqual([GLOBEX]);
        expect(scan.problems).toEqual([
          { id: 'acme', reason: expect.stringContaining('key "one"') as unknown },
        ]);
      });
    });
  }
});
