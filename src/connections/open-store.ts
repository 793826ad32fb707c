import { homedir } from 'node:os';
import { z } from 'zod';
import { createPostgresRequestPacer } from '../gong/postgres-request-pacer';
import { createRequestPacer, type RequestPacer } from '../gong/request-pacer';
import { createConnectionStore, defaultConnectionsDirectory, type ConnectionStore } from './connection-store';
import {
  createInMemoryRequestCounter,
  createPostgresRequestCounter,
  type DailyRequestCounter,
} from './daily-request-count';
import { createPostgresConnectionStore } from './postgres-connection-store';
import { createPostgresPool, sqlQueryOf } from './postgres-pool';
import { migrate, type MigrationResult } from './postgres-schema';
import { parseSecretKeys, SecretKeyError, type SecretKeyring } from './secret-keys';
import { withEnvConnection } from './with-env-connection';

/** Where connections and shared counters live, as the environment chooses. */
export interface StoreSettings {
  /** `GONG_CONNECTIONS_URL` (postgres://...): the shared store; null for the file store. */
  connectionsUrl: string | null;
  /** `GONG_CONNECTIONS_DIR`, used when there is no URL. */
  directory: string;
  /** `GONG_SECRETS_KEYS`: required with PostgreSQL, optional for files. */
  keyring: SecretKeyring | null;
  /** `GONG_DAILY_REQUEST_LIMIT`, default 10,000. */
  dailyRequestLimit: number;
}

const envSchema = z.object({
  GONG_CONNECTIONS_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'use postgres://user:password@host:port/database')
    .optional(),
  GONG_DAILY_REQUEST_LIMIT: z.coerce.number().int().positive().default(10_000),
});

/** Reads the store settings; errors name the variable and never repeat a URL or key. */
export function readStoreSettings(
  env: Record<string, string | undefined>,
  home: string = homedir(),
): StoreSettings {
  const present = (name: string) => (env[name]?.trim() ? env[name] : undefined);
  const parsed = envSchema.safeParse({
    GONG_CONNECTIONS_URL: present('GONG_CONNECTIONS_URL'),
    GONG_DAILY_REQUEST_LIMIT: present('GONG_DAILY_REQUEST_LIMIT'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const keysValue = present('GONG_SECRETS_KEYS');
  const keyring = keysValue ? parseSecretKeys(keysValue) : null;
  const connectionsUrl = parsed.data.GONG_CONNECTIONS_URL ?? null;
  if (connectionsUrl && !keyring) {
    throw new SecretKeyError(
      'GONG_SECRETS_KEYS is required with GONG_CONNECTIONS_URL: the PostgreSQL store keeps secrets encrypted',
    );
  }
  return {
    connectionsUrl,
    directory: defaultConnectionsDirectory(env, home),
    keyring,
    dailyRequestLimit: parsed.data.GONG_DAILY_REQUEST_LIMIT,
  };
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
  env: Record<string, string | undefined>,
  warn: (message: string) => void = () => undefined,
): OpenedStore {
  if (!settings.connectionsUrl) {
    return {
      kind: 'file',
      connections: createConnectionStore({ directory: settings.directory, env, keyring: settings.keyring }),
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
    connections: withEnvConnection(createPostgresConnectionStore({ pool, keyring, ready, close }), env),
    requestCounter: createPostgresRequestCounter(readyQuery),
    dailyRequestLimit: settings.dailyRequestLimit,
    createPacer: (perSecond) => createPostgresRequestPacer({ query: readyQuery, perSecond, warn }),
    migrate: runMigrate,
    close,
  };
}
