import type pg from 'pg';
import { z } from 'zod';
import { inTransaction } from './pool';

/** One schema change; applied once, in order, and recorded in `gong_worker_schema`. */
interface Migration {
  version: number;
  description: string;
  sql: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'connections, shared request slots per Gong host, daily request counts',
    sql: `
      CREATE TABLE gong_connections (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
        base_url text NOT NULL,
        -- {keyId, nonce, data}: AES-256-GCM with the id as associated data; never plaintext.
        secrets jsonb NOT NULL,
        revision bigint NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE gong_request_slots (
        host text PRIMARY KEY,
        -- The next free slot; requests queue by reserving it.
        next_at timestamptz NOT NULL,
        -- When the last requests were sent (at most the limit, within the last window).
        sent_at timestamptz[] NOT NULL DEFAULT '{}'
      );
      CREATE TABLE gong_daily_requests (
        connection_id text NOT NULL,
        day date NOT NULL,
        requests bigint NOT NULL,
        PRIMARY KEY (connection_id, day)
      );`,
  },
  {
    version: 2,
    description: 'request slots held per request until a second after its answer',
    // The old rows are pacing state of the last second or two, safe to drop.
    sql: `
      DROP TABLE gong_request_slots;
      CREATE TABLE gong_request_hosts (
        host text PRIMARY KEY,
        -- Bumped by every grant and hold-off: a grant is recorded only on the state it was decided on.
        revision bigint NOT NULL,
        -- Gong's Retry-After: no request to the host before this.
        held_until timestamptz
      );
      CREATE TABLE gong_request_slots (
        id uuid PRIMARY KEY,
        host text NOT NULL,
        -- When the request was granted, then when its replica said it left.
        left_at timestamptz NOT NULL,
        -- When its replica said the answer came; null until then, or for good if the replica died.
        answered_at timestamptz
      );
      CREATE INDEX gong_request_slots_host ON gong_request_slots (host);`,
  },
];

/** The schema version this code expects. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** What {@link migrate} did. */
export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Creates or upgrades the tables, at most once at a time across all processes (an advisory
 * lock), each migration in the same transaction as its version row. Safe to run at every start.
 */
export async function migrate(pool: pg.Pool): Promise<MigrationResult> {
  return inTransaction(pool, async (query) => {
    await query(`SELECT pg_advisory_xact_lock(hashtext('gong-worker schema'))`);
    await query(`CREATE TABLE IF NOT EXISTS gong_worker_schema (
      version integer PRIMARY KEY,
      description text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await query('SELECT coalesce(max(version), 0) AS version FROM gong_worker_schema');
    const from = z.object({ version: z.coerce.number().int() }).parse(rows[0]).version;
    if (from > SCHEMA_VERSION) {
      throw new Error(
        `The database schema is at version ${from}, newer than this worker's ${SCHEMA_VERSION}; upgrade the worker`,
      );
    }
    const applied: string[] = [];
    for (const migration of MIGRATIONS.filter((m) => m.version > from)) {
      await query(migration.sql);
      await query('INSERT INTO gong_worker_schema (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ]);
      applied.push(`${migration.version}: ${migration.description}`);
    }
    return { from, to: SCHEMA_VERSION, applied };
  });
}
