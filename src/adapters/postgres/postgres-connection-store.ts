import type pg from 'pg';
import { z } from 'zod';
import { connectionIdSchema, type Connection } from '../../connections/connection';
import type { ConnectionProblem, ConnectionStore } from '../../connections/connection-store';
import { inTransaction, sqlQueryOf, type SqlQuery } from './pool';
import { SecretKeyError, type SecretKeyring } from '../../connections/secret-keys';
import {
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionExistsError,
  ConnectionNotFoundError,
} from '../../connections/store-errors';
import { fromStored, needsReencrypt, toStored, validConnection } from '../../connections/stored-connection';

/** Options of {@link createPostgresConnectionStore}. */
export interface PostgresConnectionStoreOptions {
  pool: pg.Pool;
  /** Required: the PostgreSQL store never holds a secret in clear. */
  keyring: SecretKeyring;
  /** Resolves once the schema is current (see `migrate`); awaited before the first statement. */
  ready: () => Promise<void>;
  /** What `close` does; the opener ends the pool there once everything sharing it is done. */
  close?: () => Promise<void>;
}

const rowSchema = z.object({ id: z.string(), base_url: z.string(), secrets: z.unknown() });

/**
 * Connections in the table `gong_connections`, secrets sealed. `add` is one INSERT that does
 * nothing on a taken id; `update` locks the row (SELECT ... FOR UPDATE) for its read-modify-write.
 */
export function createPostgresConnectionStore(options: PostgresConnectionStoreOptions): ConnectionStore {
  const { pool, keyring, ready } = options;
  const query: SqlQuery = async (text, values) => {
    await ready();
    return sqlQueryOf(pool)(text, values);
  };
  const transaction = async <T>(work: (q: SqlQuery) => Promise<T>) => {
    await ready();
    return inTransaction(pool, work);
  };
  const isId = (id: string) => connectionIdSchema.safeParse(id).success;

  function fromRow(expectedId: string, row: unknown): Connection {
    const parsed = rowSchema.safeParse(row);
    if (!parsed.success) throw new ConnectionCorruptError(expectedId, 'unexpected columns', 'row');
    const { id, base_url: baseUrl, secrets } = parsed.data;
    return fromStored(expectedId, { id, baseUrl, secrets }, keyring, 'row');
  }

  function sealed(connection: Connection): { baseUrl: string; secrets: string } {
    const stored = toStored(validConnection(connection), keyring);
    if (!('secrets' in stored)) throw new Error('unreachable: the PostgreSQL store always seals');
    return { baseUrl: stored.baseUrl, secrets: JSON.stringify(stored.secrets) };
  }

  async function get(id: string): Promise<Connection> {
    if (!isId(id)) throw new ConnectionNotFoundError(id);
    const { rows } = await query('SELECT id, base_url, secrets FROM gong_connections WHERE id = $1', [id]);
    if (rows.length === 0) throw new ConnectionNotFoundError(id);
    return fromRow(id, rows[0]);
  }

  async function scan() {
    const { rows } = await query('SELECT id, base_url, secrets FROM gong_connections ORDER BY id');
    const connections: Connection[] = [];
    const problems: ConnectionProblem[] = [];
    for (const row of rows) {
      const id = z.object({ id: z.string() }).parse(row).id;
      try {
        connections.push(fromRow(id, row));
      } catch (error) {
        if (!(error instanceof ConnectionCorruptError || error instanceof SecretKeyError)) throw error;
        problems.push({ id, reason: error.message });
      }
    }
    return { connections, problems };
  }

  /** Turns PostgreSQL's lock timeout into a clear failure that changed nothing. */
  async function busyAware<T>(id: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: unknown }).code === '55P03')
        throw new ConnectionBusyError(id, 'row lock timeout');
      throw error;
    }
  }

  return {
    get,
    scan,
    async ping() {
      await query('SELECT 1');
    },
    list: async () => (await scan()).connections,
    async add(connection) {
      const { baseUrl, secrets } = sealed(connection);
      const { rowCount } = await query(
        `INSERT INTO gong_connections (id, base_url, secrets) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (id) DO NOTHING`,
        [connection.id, baseUrl, secrets],
      );
      if (rowCount === 0) throw new ConnectionExistsError(connection.id);
    },
    async update(id, change) {
      if (!isId(id)) throw new ConnectionNotFoundError(id);
      return busyAware(id, () =>
        transaction(async (q) => {
          const { rows } = await q(
            'SELECT id, base_url, secrets FROM gong_connections WHERE id = $1 FOR UPDATE',
            [id],
          );
          if (rows.length === 0) throw new ConnectionNotFoundError(id);
          const updated = change(fromRow(id, rows[0]));
          if (updated.id !== id) throw new Error(`An update of "${id}" may not change its id`);
          const { baseUrl, secrets } = sealed(updated);
          await q(
            `UPDATE gong_connections SET base_url = $2, secrets = $3::jsonb, revision = revision + 1,
             updated_at = now() WHERE id = $1`,
            [id, baseUrl, secrets],
          );
          return updated;
        }),
      );
    },
    async save(connection) {
      const { baseUrl, secrets } = sealed(connection);
      await busyAware(connection.id, () =>
        query(
          `INSERT INTO gong_connections (id, base_url, secrets) VALUES ($1, $2, $3::jsonb)
           ON CONFLICT (id) DO UPDATE SET base_url = excluded.base_url, secrets = excluded.secrets,
             revision = gong_connections.revision + 1, updated_at = now()`,
          [connection.id, baseUrl, secrets],
        ),
      );
    },
    async remove(id) {
      if (!isId(id)) return false;
      const { rowCount } = await busyAware(id, () =>
        query('DELETE FROM gong_connections WHERE id = $1', [id]),
      );
      return (rowCount ?? 0) > 0;
    },
    async reencrypt() {
      const { rows } = await query('SELECT id FROM gong_connections ORDER BY id');
      const problems: ConnectionProblem[] = [];
      let rewritten = 0;
      for (const { id } of z.array(z.object({ id: z.string() })).parse(rows)) {
        try {
          await busyAware(id, () =>
            transaction(async (q) => {
              const found = await q(
                'SELECT id, base_url, secrets FROM gong_connections WHERE id = $1 FOR UPDATE',
                [id],
              );
              const row = rowSchema.safeParse(found.rows[0]);
              if (!row.success || !needsReencrypt({ secrets: row.data.secrets }, keyring)) return;
              const { secrets } = sealed(fromRow(id, found.rows[0]));
              await q('UPDATE gong_connections SET secrets = $2::jsonb, updated_at = now() WHERE id = $1', [
                id,
                secrets,
              ]);
              rewritten += 1;
            }),
          );
        } catch (error) {
          if (!(error instanceof ConnectionCorruptError || error instanceof SecretKeyError)) throw error;
          problems.push({ id, reason: error.message });
        }
      }
      return { rewritten, problems };
    },
    close: async () => {
      await options.close?.();
    },
  };
}
