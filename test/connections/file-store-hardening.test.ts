import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editConnection, type Connection } from '../../src/connections/connection';
import {
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionExistsError,
  type ConnectionStore,
} from '../../src/connections/connection-store';
import {
  createConnectionStore,
  createFileConnectionStore,
} from '../../src/adapters/files/file-connection-store';
import { parseSecretKeys, SecretKeyError } from '../../src/connections/secret-keys';
import { ACME } from '../support/connection-fixtures';

const GLOBEX: Connection = {
  ...ACME,
  id: 'globex',
  accessKey: 'AKEY-GLOBEX-0002',
  accessKeySecret: 'secret-globex',
};

let directory: string;
let store: ConnectionStore;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'file-store-hardening-'));
  store = createConnectionStore({ directory });
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as Error,
  );

describe('a corrupt connection file', () => {
  it('is reported by list, which goes on with the other connections', async () => {
    await store.add(ACME);
    await store.add(GLOBEX);
    await writeFile(join(directory, 'acme.json'), '{ not json secret-acme-0001');
    expect(await store.list()).toEqual([GLOBEX]);
    expect(await store.scan()).toEqual({
      connections: [GLOBEX],
      problems: [{ id: 'acme', reason: 'Connection file for "acme" is corrupt: it is not valid JSON' }],
    });
  });

  it('can be removed, and then added again', async () => {
    await writeFile(join(directory, 'acme.json'), 'garbage', { mode: 0o600 });
    expect(await store.remove('acme')).toBe(true);
    await store.add(ACME);
    expect(await store.get('acme')).toEqual(ACME);
  });

  it('blocks a second add of its id instead of being overwritten', async () => {
    await writeFile(join(directory, 'acme.json'), 'garbage', { mode: 0o600 });
    await expect(store.add(ACME)).rejects.toThrow(ConnectionExistsError);
  });

  it('cannot be edited, and the edit says why', async () => {
    await writeFile(join(directory, 'acme.json'), 'garbage', { mode: 0o600 });
    await expect(store.update('acme', (c) => c)).rejects.toThrow(/"acme" is corrupt: it is not valid JSON/);
  });
});

describe('files that are not what their name says', () => {
  it('refuses a file whose id is another connection, so an edit cannot write that other one', async () => {
    await store.add(ACME);
    await writeFile(join(directory, 'globex.json'), await readFile(join(directory, 'acme.json')));
    await expect(store.get('globex')).rejects.toThrow(
      'Connection file for "globex" is corrupt: it holds connection "acme"',
    );
    await expect(store.update('globex', (c) => editConnection(c, { accessKey: 'X' }))).rejects.toThrow(
      ConnectionCorruptError,
    );
    expect(await store.get('acme')).toEqual(ACME);
  });

  it('refuses a symlinked connection file for reading and editing, leaving its target alone', async () => {
    await store.add(ACME);
    await symlink(join(directory, 'acme.json'), join(directory, 'globex.json'));
    await expect(store.get('globex')).rejects.toThrow('it is a symbolic link, which is refused');
    await expect(store.update('globex', (c) => ({ ...c, accessKey: 'HIJACK' }))).rejects.toThrow(
      ConnectionCorruptError,
    );
    await expect(store.save({ ...GLOBEX })).rejects.toThrow('it is not a regular file; remove it first');
    expect(await store.get('acme')).toEqual(ACME);
  });

  it('removes a symlink itself, never the file it points to', async () => {
    await store.add(ACME);
    await symlink(join(directory, 'acme.json'), join(directory, 'globex.json'));
    expect(await store.remove('globex')).toBe(true);
    expect(await store.get('acme')).toEqual(ACME);
  });

  it('answers at once for a FIFO named like a connection file instead of hanging', async () => {
    await mkdir(directory, { recursive: true });
    execFileSync('mkfifo', [join(directory, 'acme.json')]);
    await expect(store.get('acme')).rejects.toThrow(
      'Connection file for "acme" is corrupt: it is not a regular file',
    );
    expect((await store.scan()).problems.map((p) => p.id)).toEqual(['acme']);
    expect(await store.remove('acme')).toBe(true);
  });
});

describe('the lock held during a change', () => {
  it('is taken over from a process that died holding it', async () => {
    await store.add(ACME);
    await writeFile(join(directory, 'acme.lock'), `${hostname()} 999999999 stale-token`);
    await store.update('acme', (c) => editConnection(c, { accessKey: 'AKEY-AFTER' }));
    expect((await store.get('acme')).accessKey).toBe('AKEY-AFTER');
    expect(await readdir(directory)).toEqual(['acme.json']);
  });

  it('makes a change fail clearly, changing nothing, while a live process holds it too long', async () => {
    const impatient = createFileConnectionStore({ directory, keyring: null, lockTimeoutMs: 300 });
    await store.add(ACME);
    await writeFile(join(directory, 'acme.lock'), `${hostname()} ${process.pid} live-token`);
    await expect(impatient.update('acme', (c) => ({ ...c, accessKey: 'LOST' }))).rejects.toThrow(
      new ConnectionBusyError('acme', 'lock file acme.lock held for over 300 ms'),
    );
    expect(await store.get('acme')).toEqual(ACME);
  });
});

describe('encrypted connection files', () => {
  const keyring = parseSecretKeys(`k1=${randomBytes(32).toString('base64')}`);
  const encrypted = () => createConnectionStore({ directory, keyring });

  it('hold neither the access key nor the secret in clear, and stay 0600', async () => {
    await encrypted().add(ACME);
    const raw = await readFile(join(directory, 'acme.json'), 'utf8');
    expect(raw).not.toContain('AKEY-ACME-0001');
    expect(raw).not.toContain('secret-acme-0001');
    expect(raw).not.toContain(Buffer.from('secret-acme-0001').toString('base64'));
    expect(JSON.parse(raw)).toEqual({
      id: 'acme',
      baseUrl: 'us-49467.api.gong.io',
      secrets: { keyId: 'k1', nonce: expect.any(String) as unknown, data: expect.any(String) as unknown },
    });
  });

  it('do not decrypt when copied under another id, even with the id inside changed to match', async () => {
    await encrypted().add(ACME);
    const copy = JSON.parse(await readFile(join(directory, 'acme.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(directory, 'globex.json'), JSON.stringify({ ...copy, id: 'globex' }), {
      mode: 0o600,
    });
    const error = await failureOf(encrypted().get('globex'));
    expect(error).toBeInstanceOf(SecretKeyError);
    expect(error?.message).toBe(
      'Connection "globex" does not decrypt with key "k1": wrong key, damaged data, or data copied from another connection',
    );
  });

  it('are still read when saved in clear before the keys were set, and reencrypt seals them', async () => {
    await store.add(ACME);
    expect(await encrypted().get('acme')).toEqual(ACME);
    expect(await encrypted().reencrypt()).toEqual({ rewritten: 1, problems: [] });
    expect(await readFile(join(directory, 'acme.json'), 'utf8')).not.toContain('secret-acme-0001');
  });

  it('say which key they need when GONG_SECRETS_KEYS is not set', async () => {
    await encrypted().add(ACME);
    await expect(store.get('acme')).rejects.toThrow(
      'Connection "acme" is encrypted with key "k1", but GONG_SECRETS_KEYS is not set',
    );
  });

  describe('one store, one sealing', () => {
    const refusal =
      'GONG_SECRETS_KEYS is not set, but this store holds encrypted connections (such as "acme"): ' +
      'set it so "globex" is encrypted like them; nothing was saved';

    it('refuses to add a connection in clear beside encrypted ones, naming the variable', async () => {
      await encrypted().add(ACME);
      const error = await failureOf(store.add(GLOBEX));
      expect(error).toBeInstanceOf(SecretKeyError);
      expect(error?.message).toBe(refusal);
      expect(await readdir(directory)).not.toContain('globex.json');
    });

    it('refuses to save a connection in clear beside encrypted ones', async () => {
      await encrypted().add(ACME);
      await expect(store.save(GLOBEX)).rejects.toThrow(refusal);
    });

    it('refuses to edit a connection in clear while others are encrypted, leaving its file as it was', async () => {
      await store.add(GLOBEX);
      await encrypted().add(ACME);
      const before = await readFile(join(directory, 'globex.json'), 'utf8');
      await expect(store.update('globex', (c) => ({ ...c, accessKey: 'AKEY-NEW' }))).rejects.toThrow(refusal);
      expect(await readFile(join(directory, 'globex.json'), 'utf8')).toBe(before);
    });

    it('still adds in clear to a store with no encrypted connection', async () => {
      await store.add(GLOBEX);
      expect(await store.get('globex')).toEqual(GLOBEX);
    });
  });
});
