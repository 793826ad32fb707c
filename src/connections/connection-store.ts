import type { Connection } from './connection';

export {
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionExistsError,
  ConnectionNotFoundError,
  ConnectionStoreUnavailableError,
} from './store-errors';

/** A stored connection that could not be read, and why (never its content). */
export interface ConnectionProblem {
  id: string;
  reason: string;
}

/** Everything a store holds: the connections that read, and the ones that did not. */
interface ConnectionScan {
  connections: Connection[];
  problems: ConnectionProblem[];
}

/**
 * Where connections live: a directory of files (the embedded default) or PostgreSQL, plus the
 * environment's read-only `default`. Every change is atomic across processes.
 */
export interface ConnectionStore {
  /** One connection; `ConnectionNotFoundError` if unknown, `ConnectionCorruptError` if unreadable. */
  get(id: string): Promise<Connection>;
  /** The connections that read, sorted by id; unreadable ones are left out (see {@link scan}). */
  list(): Promise<Connection[]>;
  /** The connections that read and a problem for each one that does not, so one bad entry hides nothing. */
  scan(): Promise<ConnectionScan>;
  /**
   * Resolves when the store can be read, without reading any connection (the readiness probe's
   * question): the file store's directory is readable, PostgreSQL answers `SELECT 1`.
   */
  ping(): Promise<void>;
  /** Creates a connection; `ConnectionExistsError` if the id is taken, so of two concurrent adds one fails. */
  add(connection: Connection): Promise<void>;
  /**
   * Read-modify-write of one connection, atomic across processes: `change` sees the latest stored
   * version, so two concurrent edits of different fields both survive.
   */
  update(id: string, change: (existing: Connection) => Connection): Promise<Connection>;
  /** Creates or replaces a connection (seeding; interactive commands use `add` and `update`). */
  save(connection: Connection): Promise<void>;
  /** Deletes a connection without reading it, so a corrupt one can be removed; false if absent. */
  remove(id: string): Promise<boolean>;
  /** Rewrites every stored connection's secrets under the first key of `GONG_SECRETS_KEYS`. */
  reencrypt(): Promise<{ rewritten: number; problems: ConnectionProblem[] }>;
  /** Releases pooled connections; the store is unusable afterwards. */
  close(): Promise<void>;
}
