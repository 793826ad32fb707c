import pg from 'pg';
import { ConnectionStoreUnavailableError } from '../../connections/store-errors';

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
  pool.on('error', (error) =>
    options.onError?.(
      `PostgreSQL connection failed while idle: ${outageReason(error) ?? 'unexpected error'}`,
    ),
  );
  return pool;
}

/** SQLSTATEs of a server that is down, restarting or full: connection exceptions (08), shutdowns (57P). */
const OUTAGE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

const OUTAGE_REASONS: [RegExp, string][] = [
  [/ECONNREFUSED/, 'connection refused'],
  [/ENOTFOUND|EAI_AGAIN/, 'host not found'],
  [/ETIMEDOUT|timeout/i, 'timed out'],
  [/ECONNRESET|EPIPE|terminated|ended/i, 'connection lost'],
  [/EHOSTUNREACH|ENETUNREACH/, 'host unreachable'],
  [/^57P0[1-3]$/, 'the server is shutting down or starting up'],
  [/^53300$/, 'too many connections'],
  [/^08/, 'connection failed'],
];

/**
 * Why `error` means the database could not be reached, in words that name no host or port; null
 * for an error of the statement itself (a constraint, a lock timeout, a bug).
 */
function outageReason(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code } = error as { code?: unknown };
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
  if (sqlState !== null && !OUTAGE_SQLSTATE.test(sqlState)) return null;
  const systemCode = typeof code === 'string' && code.startsWith('E') ? code : '';
  const known =
    error instanceof pg.DatabaseError ||
    systemCode !== '' ||
    /connect|terminated|timeout/i.test(error.message);
  if (!known) return null;
  const text = sqlState ?? `${systemCode} ${error.message}`;
  return OUTAGE_REASONS.find(([pattern]) => pattern.test(text))?.[1] ?? 'connection failed';
}

/** Runs `attempt`, turning an outage of the database into {@link ConnectionStoreUnavailableError}. */
async function unlessUnavailable<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    const reason = outageReason(error);
    // Not chained as a cause: the driver's own message names the host and port.
    if (reason !== null) throw new ConnectionStoreUnavailableError(reason);
    throw error;
  }
}

/** The pool's `query`, in the shape the stores and the pacer take. */
export function sqlQueryOf(pool: pg.Pool): SqlQuery {
  return async (text, values) => {
    const result = await unlessUnavailable(() => pool.query(text, values));
    return { rows: result.rows as unknown[], rowCount: result.rowCount };
  };
}

/** Runs `work` in one transaction on one pooled connection; rolls back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (query: SqlQuery) => Promise<T>): Promise<T> {
  const client = await unlessUnavailable(() => pool.connect());
  let broken = false;
  try {
    await unlessUnavailable(() => client.query('BEGIN'));
    const result = await work(async (text, values) => {
      const r = await unlessUnavailable(() => client.query(text, values));
      return { rows: r.rows as unknown[], rowCount: r.rowCount };
    });
    await unlessUnavailable(() => client.query('COMMIT'));
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
