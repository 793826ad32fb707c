import { createRequestPacer, type RequestPacer } from '../gong/request-pacer';
import { createPostgresConnectionStore } from '../adapters/postgres/postgres-connection-store';
import { createPostgresPool, sqlQueryOf } from '../adapters/postgres/pool';
import { createPostgresRequestCounter } from '../adapters/postgres/request-counter';
import { createPostgresRequestPacer } from '../adapters/postgres/shared-request-pacer';
import { migrate, type MigrationResult } from '../adapters/postgres/schema';
import type { Connection } from '../connections/connection';
import type { ConnectionStore } from '../connections/connection-store';
import { createInMemoryRequestCounter, type DailyRequestCounter } from '../connections/daily-request-count';
import { createConnectionStore } from '../adapters/files/file-connection-store';
import { SecretKeyError, type SecretKeyring } from '../connections/secret-keys';
import { withEnvConnection } from '../connections/with-env-connection';

/** Where connections and shared counters live, as the environment chooses (parsed in `src/config/store.ts`). */
export interface StoreSettings {
  /** `GONG_CONNECTIONS_URL` (postgres://...): the shared store; null for the file store. */
  connectionsUrl: string | null;
  /** `GONG_CONNECTIONS_DIR`, used when there is no URL. */
  directory: string;
  /** `GONG_SECRETS_KEYS`: required with PostgreSQL, optional for files. */
  keyring: SecretKeyring | null;
  /** `GONG_DAILY_REQUEST_LIMIT`, default 10,000. */
  dailyRequestLimit: number;
  /** The read-only `default` connection of `GONG_BASE_URL` and its keys; null unless all three are set. */
  envConnection: Connection | null;
}

/** The store and everything that shares it, opened together so they share one pool. */
export interface OpenedStore {
  kind: 'file' | 'postgres';
  connections: ConnectionStore;
  /** Requests per connection per UTC day: in the database, or in this process for the file store. */
  requestCounter: DailyRequestCounter;
  dailyRequestLimit: number;
  /** The pacer for Gong requests: shared through the database, or this process's own. */
  createPacer(perSecond: number): RequestPacer;
  /** Creates or upgrades the tables (nothing to do for files); also run before the first statement. */
  migrate(): Promise<MigrationResult | null>;
  /** Ends the pool; `connections.close()` does the same, so a caller holding only the store can close it. */
  close(): Promise<void>;
}

/**
 * Opens the store the settings select: PostgreSQL when `GONG_CONNECTIONS_URL` is set, else the
 * file store (encrypting when `GONG_SECRETS_KEYS` is set). Nothing connects until first use.
 */
export function openStore(
  settings: StoreSettings,
  warn: (message: string) => void = () => undefined,
): OpenedStore {
  if (!settings.connectionsUrl) {
    return {
      kind: 'file',
      connections: createConnectionStore({
        directory: settings.directory,
        keyring: settings.keyring,
        envConnection: settings.envConnection,
      }),
      requestCounter: createInMemoryRequestCounter(),
      dailyRequestLimit: settings.dailyRequestLimit,
      createPacer: (perSecond) => createRequestPacer({ perSecond }),
      migrate: async () => null,
      close: async () => undefined,
    };
  }
  const keyring = settings.keyring;
  if (!keyring) throw new SecretKeyError('GONG_SECRETS_KEYS is required with GONG_CONNECTIONS_URL');
  const pool = createPostgresPool({ url: settings.connectionsUrl, onError: warn });
  let migrated: Promise<MigrationResult> | null = null;
  const runMigrate = () => {
    migrated ??= migrate(pool).catch((error: unknown) => {
      migrated = null; // retried on next use, e.g. once the database is up
      throw error;
    });
    return migrated;
  };
  const ready = async () => {
    await runMigrate();
  };
  let ended: Promise<void> | null = null;
  const close = () => (ended ??= pool.end());
  const query = sqlQueryOf(pool);
  const readyQuery = async (text: string, values?: unknown[]) => {
    await ready();
    return query(text, values);
  };
  return {
    kind: 'postgres',
    connections: withEnvConnection(
      createPostgresConnectionStore({ pool, keyring, ready, close }),
      settings.envConnection,
    ),
    requestCounter: createPostgresRequestCounter(readyQuery),
    dailyRequestLimit: settings.dailyRequestLimit,
    createPacer: (perSecond) => createPostgresRequestPacer({ query: readyQuery, perSecond, warn }),
    migrate: runMigrate,
    close,
  };
}
