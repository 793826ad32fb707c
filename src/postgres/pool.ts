import pg from 'pg';

/** Runs one SQL statement; rows come back untyped and are validated by the caller. */
export type SqlQuery = (
  text: string,
  values?: unknown[],
) => Promise<{ rows: unknown[]; rowCount: number | null }>;

/** Options of {@link createPostgresPool}. */
export interface PostgresPoolOptions {
  /** `postgres://user:password@host:port/db`; never printed, since it may hold a password. */
  url: string;
  /** Most connections this process opens; default 10. */
  max?: number;
  /** Called when an idle pooled connection fails (the pool replaces it); without it the process would crash. */
  onError?: (message: string) => void;
}

/**
 * A pool with bounded waits everywhere: connecting (5 s), each statement (10 s on the server,
 * 15 s on the client), row locks (5 s) and idle transactions (15 s). It lets the process exit
 * when idle, so one-shot CLI commands end without closing it.
 */
export function createPostgresPool(options: PostgresPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 10_000,
    statement_timeout: 10_000,
    query_timeout: 15_000,
    lock_timeout: 5_000,
    idle_in_transaction_session_timeout: 15_000,
    application_name: 'gong-worker',
    allowExitOnIdle: true,
  });
  pool.on('error', (error) => options.onError?.(`PostgreSQL connection failed while idle: ${error.message}`));
  return pool;
}

/** The pool's `query`, in the shape the stores and the pacer take. */
export function sqlQueryOf(pool: pg.Pool): SqlQuery {
  return async (text, values) => {
    const result = await pool.query(text, values);
    return { rows: result.rows as unknown[], rowCount: result.rowCount };
  };
}

/** Runs `work` in one transaction on one pooled connection; rolls back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (query: SqlQuery) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(async (text, values) => {
      const r = await client.query(text, values);
      return { rows: r.rows as unknown[], rowCount: r.rowCount };
    });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
