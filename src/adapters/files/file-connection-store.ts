import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import {
  chmod,
  link,
  lstat,
  mkdir,
  open,
  opendir,
  readdir,
  rm,
  rename,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { connectionIdSchema, type Connection } from '../../connections/connection';
import type { ConnectionProblem, ConnectionStore } from '../../connections/connection-store';
import { withFileLock } from './file-lock';
import { SecretKeyError, type SecretKeyring } from '../../connections/secret-keys';
import {
  ConnectionCorruptError,
  ConnectionExistsError,
  ConnectionNotFoundError,
} from '../../connections/store-errors';
import { withEnvConnection } from '../../connections/with-env-connection';
import { fromStored, needsReencrypt, toStored, validConnection } from '../../connections/stored-connection';

/** A connection file is a few hundred bytes; anything far bigger is not one (and is not read whole). */
const MAX_FILE_BYTES = 64 * 1024;

/** Options of {@link createFileConnectionStore}. */
export interface FileConnectionStoreOptions {
  directory: string;
  /** When set, secrets are written sealed; files in clear are still read (reencrypt converts them). */
  keyring: SecretKeyring | null;
  /** How long a change waits for another process's lock on the same connection; default 10 s. */
  lockTimeoutMs?: number;
}

/**
 * One `<id>.json` per connection. Reads refuse symlinks and non-regular files and check the id
 * inside; `add` creates atomically (a hard link of a finished file, which fails if the name
 * exists); `update`, `save` and `remove` hold a per-connection lock file across processes.
 */
export function createFileConnectionStore(options: FileConnectionStoreOptions): ConnectionStore {
  const { directory, keyring } = options;
  const fileOf = (id: string) => join(directory, `${connectionIdSchema.parse(id)}.json`);
  const locked = <T>(id: string, action: () => Promise<T>) =>
    withFileLock(join(directory, `${id}.lock`), id, options.lockTimeoutMs ?? 10_000, action);
  const isId = (id: string) => connectionIdSchema.safeParse(id).success;

  async function ensureDirectory(): Promise<void> {
    await mkdir(directory, { recursive: true, mode: 0o700 });
  }

  /** The parsed JSON of `<id>.json`, or null when there is none. */
  async function readJson(id: string): Promise<unknown> {
    let handle;
    try {
      // O_NOFOLLOW: a symlink could make an edit write another connection. O_NONBLOCK: a FIFO must not hang.
      handle = await open(fileOf(id), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code === 'ELOOP') throw new ConnectionCorruptError(id, 'it is a symbolic link, which is refused');
      throw error;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new ConnectionCorruptError(id, 'it is not a regular file');
      if (info.size > MAX_FILE_BYTES)
        throw new ConnectionCorruptError(id, `it is larger than ${MAX_FILE_BYTES} bytes`);
      const raw = await handle.readFile('utf8');
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        // Not the SyntaxError itself: its message quotes the file, which holds the secret.
        throw new ConnectionCorruptError(id, 'it is not valid JSON');
      }
    } finally {
      await handle.close();
    }
  }

  async function read(id: string): Promise<Connection> {
    if (!isId(id)) throw new ConnectionNotFoundError(id);
    const json = await readJson(id);
    if (json === null) throw new ConnectionNotFoundError(id);
    return fromStored(id, json, keyring, 'file');
  }

  /** Refuses to replace anything but a regular file (a symlink or FIFO stays for a person to look at). */
  async function assertReplaceable(id: string): Promise<void> {
    try {
      const info = await lstat(fileOf(id));
      if (!info.isFile()) throw new ConnectionCorruptError(id, 'it is not a regular file; remove it first');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** Whether anything at all carries the connection's file name (a corrupt file or a symlink too). */
  async function exists(id: string): Promise<boolean> {
    try {
      await lstat(fileOf(id));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Writes a finished file next to the target; the caller renames or links it into place. */
  async function writeTemporary(connection: Connection): Promise<string> {
    const temporary = `${fileOf(connection.id)}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(toStored(connection, keyring), null, 2)}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
      await chmod(temporary, 0o600);
      return temporary;
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async function replace(connection: Connection): Promise<void> {
    const temporary = await writeTemporary(connection);
    try {
      await rename(temporary, fileOf(connection.id));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /**
   * Without keys, refuses to write a secret in clear into a store whose other connections are
   * sealed: one store, one sealing. Names the variable and a sealed connection, never a secret.
   */
  async function assertSealingAgrees(id: string): Promise<void> {
    if (keyring) return;
    let names: string[] = [];
    try {
      names = await readdir(directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const name of names.sort()) {
      const other = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!isId(other)) continue;
      const json = await readJson(other).catch(() => null);
      if (typeof json === 'object' && json !== null && 'secrets' in json) {
        throw new SecretKeyError(
          `GONG_SECRETS_KEYS is not set, but this store holds encrypted connections (such as "${other}"): ` +
            `set it so "${id}" is encrypted like them; nothing was saved`,
        );
      }
    }
  }

  async function scan() {
    let names: string[] = [];
    try {
      names = await readdir(directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    const connections: Connection[] = [];
    const problems: ConnectionProblem[] = [];
    await Promise.all(
      ids.filter(isId).map(async (id) => {
        try {
          connections.push(await read(id));
        } catch (error) {
          if (error instanceof ConnectionNotFoundError) return; // removed while listing
          if (!(error instanceof ConnectionCorruptError || error instanceof SecretKeyError)) throw error;
          problems.push({ id, reason: error.message });
        }
      }),
    );
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    return { connections: connections.sort(byId), problems: problems.sort(byId) };
  }

  return {
    get: read,
    scan,
    async ping() {
      try {
        await (await opendir(directory)).close();
      } catch (error) {
        // No directory yet is an empty store, as `scan` reads it; the first `add` creates it.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
    list: async () => (await scan()).connections,
    async add(connection) {
      validConnection(connection); // before anything touches the disk
      await assertSealingAgrees(connection.id);
      await ensureDirectory();
      const temporary = await writeTemporary(connection);
      try {
        // link() fails with EEXIST if the name is taken, whatever is there: creation is atomic.
        await link(temporary, fileOf(connection.id));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new ConnectionExistsError(connection.id);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
        // A file system without hard links: the lock makes check-then-rename atomic instead.
        await locked(connection.id, async () => {
          if (await exists(connection.id)) throw new ConnectionExistsError(connection.id);
          await rename(temporary, fileOf(connection.id));
        });
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async update(id, change) {
      if (!isId(id)) throw new ConnectionNotFoundError(id);
      await assertSealingAgrees(id);
      await ensureDirectory();
      return locked(id, async () => {
        const updated = change(await read(id));
        if (updated.id !== id) throw new Error(`An update of "${id}" may not change its id`);
        validConnection(updated);
        await replace(updated);
        return updated;
      });
    },
    async save(connection) {
      validConnection(connection);
      await assertSealingAgrees(connection.id);
      await ensureDirectory();
      await locked(connection.id, async () => {
        await assertReplaceable(connection.id);
        await replace(connection);
      });
    },
    async remove(id) {
      if (!isId(id)) return false;
      await ensureDirectory();
      return locked(id, async () => {
        try {
          // unlink, not a read: a corrupt file, a symlink (the link only) or a FIFO can all be removed.
          await unlink(fileOf(id));
          return true;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') return false;
          if (code === 'EISDIR' || code === 'EPERM')
            throw new ConnectionCorruptError(id, 'it is a directory');
          throw error;
        }
      });
    },
    async reencrypt() {
      if (!keyring) throw new SecretKeyError('GONG_SECRETS_KEYS is not set: there is no key to encrypt with');
      const { connections, problems } = await scan();
      let rewritten = 0;
      for (const { id } of connections) {
        await locked(id, async () => {
          const json = await readJson(id);
          if (json === null || !needsReencrypt(json, keyring)) return;
          await replace(fromStored(id, json, keyring, 'file'));
          rewritten += 1;
        });
      }
      return { rewritten, problems };
    },
    close: async () => undefined,
  };
}

/**
 * The file store: `<id>.json` files (0600, directory 0700), written atomically, with the
 * environment's `default` on top. With `keyring`, secrets are stored AES-256-GCM encrypted.
 */
export function createConnectionStore(options: {
  directory: string;
  keyring?: SecretKeyring | null;
  /** The environment's read-only `default` (see `src/config/store.ts`). */
  envConnection?: Connection | null;
}): ConnectionStore {
  return withEnvConnection(
    createFileConnectionStore({ directory: options.directory, keyring: options.keyring ?? null }),
    options.envConnection ?? null,
  );
}
