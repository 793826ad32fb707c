import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeBaseUrl } from '../gong/base-url';
import { connectionIdSchema, ConnectionValidationError, type Connection } from './connection';

/** Id of the connection defined by `GONG_BASE_URL`, `GONG_ACCESS_KEY`, `GONG_ACCESS_KEY_SECRET`. */
export const ENV_CONNECTION_ID = 'default';

const storedConnectionSchema = z.object({
  id: connectionIdSchema,
  baseUrl: z.string().min(1),
  accessKey: z.string().min(1),
  accessKeySecret: z.string().min(1),
});

/** Raised when a connection file cannot be read as a connection; the message never quotes the file. */
export class ConnectionCorruptError extends Error {
  override readonly name = 'ConnectionCorruptError';
  constructor(
    readonly connectionId: string,
    reason: string,
  ) {
    super(`Connection file for "${connectionId}" is corrupt: ${reason}`);
  }
}

/** Raised when a connection id is unknown. */
export class ConnectionNotFoundError extends Error {
  override readonly name = 'ConnectionNotFoundError';
  constructor(readonly connectionId: string) {
    super(`Gong connection "${connectionId}" does not exist`);
  }
}

/** Where connections live: one JSON file per connection, plus the environment's `default`. */
export interface ConnectionStore {
  get(id: string): Promise<Connection>;
  list(): Promise<Connection[]>;
  save(connection: Connection): Promise<void>;
  remove(id: string): Promise<boolean>;
}

/**
 * A directory of `<id>.json` files (mode 0600, directory 0700), written atomically. When the
 * environment defines the three `GONG_*` variables, a read-only connection `default` exists too.
 */
export function createConnectionStore(options: {
  directory: string;
  env?: Record<string, string | undefined>;
}): ConnectionStore {
  const { directory } = options;
  const envConnection = connectionFromEnv(options.env ?? {});
  const fileOf = (id: string) => join(directory, `${connectionIdSchema.parse(id)}.json`);

  async function readOne(id: string): Promise<Connection | null> {
    let raw: string;
    try {
      raw = await readFile(fileOf(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw) as unknown;
    } catch {
      // Not the SyntaxError itself: its message quotes the file, which holds the secret.
      throw new ConnectionCorruptError(id, 'it is not valid JSON');
    }
    const parsed = storedConnectionSchema.safeParse(json);
    if (!parsed.success) {
      throw new ConnectionCorruptError(
        id,
        `${parsed.error.issues[0]?.path.join('.') || 'file'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    }
    return parsed.data;
  }

  function refuseEnvConnection(id: string): void {
    if (envConnection && id === ENV_CONNECTION_ID) {
      throw new ConnectionValidationError(
        'id',
        `Connection "${ENV_CONNECTION_ID}" comes from GONG_BASE_URL/GONG_ACCESS_KEY/GONG_ACCESS_KEY_SECRET; change those variables instead`,
      );
    }
  }

  return {
    async get(id) {
      if (envConnection && id === ENV_CONNECTION_ID) return envConnection;
      if (!connectionIdSchema.safeParse(id).success) throw new ConnectionNotFoundError(id);
      const connection = await readOne(id);
      if (!connection) throw new ConnectionNotFoundError(id);
      return connection;
    },
    async list() {
      let names: string[] = [];
      try {
        names = await readdir(directory);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const ids = names
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .filter(
          (id) => connectionIdSchema.safeParse(id).success && !(envConnection && id === ENV_CONNECTION_ID),
        );
      const stored = (await Promise.all(ids.map(readOne))).filter((c): c is Connection => c !== null);
      return [...(envConnection ? [envConnection] : []), ...stored].sort((a, b) => a.id.localeCompare(b.id));
    },
    async save(connection) {
      refuseEnvConnection(connection.id);
      const valid = storedConnectionSchema.parse(connection);
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const target = fileOf(valid.id);
      // Unique per save: two saves in the same millisecond must not share a temporary file.
      const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, `${JSON.stringify(valid, null, 2)}\n`, { mode: 0o600 });
        await chmod(temporary, 0o600);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async remove(id) {
      refuseEnvConnection(id);
      if (!connectionIdSchema.safeParse(id).success) return false;
      const existed = (await readOne(id)) !== null;
      await rm(fileOf(id), { force: true });
      return existed;
    },
  };
}

function connectionFromEnv(env: Record<string, string | undefined>): Connection | null {
  const baseUrl = env.GONG_BASE_URL?.trim();
  const accessKey = env.GONG_ACCESS_KEY?.trim();
  const accessKeySecret = env.GONG_ACCESS_KEY_SECRET?.trim();
  if (!baseUrl || !accessKey || !accessKeySecret) return null;
  return { id: ENV_CONNECTION_ID, baseUrl: normalizeBaseUrl(baseUrl), accessKey, accessKeySecret };
}

/** Default connections directory: `GONG_CONNECTIONS_DIR`, else `~/.gong-worker/connections`. */
export function defaultConnectionsDirectory(env: Record<string, string | undefined>, home: string): string {
  return env.GONG_CONNECTIONS_DIR?.trim() || join(home, '.gong-worker', 'connections');
}
