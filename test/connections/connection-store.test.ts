import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionValidationError } from '../../src/connections/connection';
import { parseSettings } from '../../src/config/settings';
import { ConnectionNotFoundError, type ConnectionStore } from '../../src/connections/connection-store';
import { createConnectionStore } from '../../src/adapters/files/file-connection-store';
import { ENV_CONNECTION_ID } from '../../src/connections/with-env-connection';
import { ACME, GLOBEX, ENV } from '../support/connection-fixtures';

let root: string;
let directory: string;
let store: ConnectionStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'connection-store-test-'));
  directory = join(root, 'home', 'connections');
  store = createConnectionStore({ directory });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('saving and reading connections', () => {
  it('gets back a saved connection', async () => {
    await store.save(ACME);
    expect(await store.get('acme')).toEqual(ACME);
  });

  it('replaces a connection saved again under the same id', async () => {
    await store.save(ACME);
    await store.save({ ...ACME, accessKeySecret: 'rotated-secret' });
    expect((await store.get('acme')).accessKeySecret).toBe('rotated-secret');
  });

  it('lists saved connections sorted by id', async () => {
    await store.save(GLOBEX);
    await store.save(ACME);
    expect(await store.list()).toEqual([ACME, GLOBEX]);
  });

  it('lists nothing before anything is saved, even if the directory does not exist yet', async () => {
    expect(await store.list()).toEqual([]);
  });

  it('ignores files that are not connection files when listing', async () => {
    await store.save(ACME);
    await writeFile(join(directory, 'notes.txt'), 'hello');
    await writeFile(join(directory, 'Bad Name.json'), '{}');
    expect((await store.list()).map((c) => c.id)).toEqual(['acme']);
  });

  it('removes a connection and reports that it existed', async () => {
    await store.save(ACME);
    expect(await store.remove('acme')).toBe(true);
    await expect(store.get('acme')).rejects.toThrow(ConnectionNotFoundError);
  });

  it('reports false when removing a connection that does not exist', async () => {
    expect(await store.remove('nobody')).toBe(false);
  });

  it('refuses to save a connection with an invalid id', async () => {
    await expect(store.save({ ...ACME, id: '../escape' })).rejects.toThrow();
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses to save a connection with an empty secret', async () => {
    await expect(store.save({ ...ACME, accessKeySecret: '' })).rejects.toThrow();
    await expect(store.get('acme')).rejects.toThrow(ConnectionNotFoundError);
  });

  it('survives simultaneous saves of the same connection, keeping one of them whole', async () => {
    const versions = ['one', 'two', 'three', 'four'].map((s) => ({
      ...ACME,
      accessKeySecret: `secret-${s}`,
    }));
    await Promise.all(versions.map((v) => store.save(v)));
    expect(versions).toContainEqual(await store.get('acme'));
  });
});

describe('files on disk', () => {
  it('writes one <id>.json file holding exactly the connection, with no network involved', async () => {
    await store.save(ACME);
    expect(JSON.parse(await readFile(join(directory, 'acme.json'), 'utf8'))).toEqual(ACME);
  });

  it('makes each connection file readable by its owner only (0600)', async () => {
    await store.save(ACME);
    expect((await stat(join(directory, 'acme.json'))).mode & 0o777).toBe(0o600);
  });

  it('creates the connections directory accessible by its owner only (0700)', async () => {
    await store.save(ACME);
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
  });

  it('leaves no temporary files behind after saving', async () => {
    await store.save(ACME);
    await store.save({ ...ACME, accessKey: 'AKEY-ACME-0002' });
    await store.save(GLOBEX);
    expect((await readdir(directory)).sort()).toEqual(['acme.json', 'globex.json']);
  });

  it('deletes the file when a connection is removed', async () => {
    await store.save(ACME);
    await store.remove('acme');
    expect(await readdir(directory)).toEqual([]);
  });
});

describe('unknown and corrupt connections', () => {
  it('reports an unknown id with ConnectionNotFoundError naming it', async () => {
    await expect(store.get('nobody')).rejects.toThrow(new ConnectionNotFoundError('nobody'));
  });

  it('reports an id that could never be a file name as not found', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toThrow(ConnectionNotFoundError);
  });

  it('says which connection is corrupt when its file is not JSON', async () => {
    await store.save(ACME);
    await writeFile(join(directory, 'acme.json'), 'accessKeySecret=secret-acme-0001');
    await expect(store.get('acme')).rejects.toThrow(/Connection file for "acme" is corrupt/);
  });

  it('does not quote the corrupt file (which holds the secret) in the error', async () => {
    await store.save(ACME);
    await writeFile(join(directory, 'acme.json'), 'secret-acme-0001 garbage');
    const error = await store.get('acme').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBeDefined();
    expect(error?.message).not.toContain('secret');
  });

  it('says which connection is corrupt when its JSON lacks a field', async () => {
    await store.save(ACME);
    await writeFile(join(directory, 'acme.json'), JSON.stringify({ id: 'acme', baseUrl: 'api.gong.io' }));
    await expect(store.get('acme')).rejects.toThrow(/Connection file for "acme" is corrupt/);
  });
});

describe('the connection defined by the environment', () => {
  const storeWith = (env: Record<string, string>) =>
    createConnectionStore({ directory, envConnection: parseSettings(env, ['store']).store.envConnection });
  const envStore = () => storeWith(ENV);

  it('exists as "default" when GONG_BASE_URL, GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET are set', async () => {
    expect(await envStore().get(ENV_CONNECTION_ID)).toEqual({
      id: 'default',
      baseUrl: 'us-777.api.gong.io',
      accessKey: 'env-key-7777',
      accessKeySecret: 'env-secret-7777',
    });
  });

  it('is listed together with the saved connections', async () => {
    const store = envStore();
    await store.save(ACME);
    expect((await store.list()).map((c) => c.id)).toEqual(['acme', 'default']);
  });

  it('cannot be overwritten by saving', async () => {
    await expect(envStore().save({ ...ACME, id: 'default' })).rejects.toThrow(ConnectionValidationError);
    expect((await envStore().get('default')).accessKey).toBe('env-key-7777');
  });

  it('cannot be removed', async () => {
    await expect(envStore().remove('default')).rejects.toThrow(ConnectionValidationError);
  });

  it('hides a default.json file on disk', async () => {
    await store.save({ ...ACME, id: 'default' });
    const store2 = envStore();
    expect((await store2.get('default')).accessKey).toBe('env-key-7777');
    expect((await store2.list()).filter((c) => c.id === 'default')).toHaveLength(1);
  });

  it('does not exist when one of the three variables is blank', async () => {
    const store = storeWith({ ...ENV, GONG_ACCESS_KEY_SECRET: '  ' });
    await expect(store.get('default')).rejects.toThrow(ConnectionNotFoundError);
    expect(await store.list()).toEqual([]);
  });

  it('writes nothing to disk', async () => {
    await envStore().list();
    await envStore().get('default');
    await expect(readdir(directory)).rejects.toThrow(/ENOENT/);
  });
});

describe('the connections directory', () => {
  const directoryOf = (env: Record<string, string>) =>
    parseSettings(env, ['store'], '/home/me').store.directory;

  it('uses GONG_CONNECTIONS_DIR when set', () => {
    expect(directoryOf({ GONG_CONNECTIONS_DIR: '/srv/gong' })).toBe('/srv/gong');
  });

  it('falls back to ~/.gong-worker/connections', () => {
    expect(directoryOf({})).toBe('/home/me/.gong-worker/connections');
  });

  it('answers a ping while it can be read, and before it exists (nothing saved yet)', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.save(ACME);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('fails a ping when the path is not a readable directory, with the reason', async () => {
    await mkdir(join(root, 'home'));
    await writeFile(directory, 'not a directory');
    await expect(store.ping()).rejects.toThrow(/ENOTDIR/);
  });
});
