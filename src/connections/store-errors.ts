import { FailureTypes } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';

/** Raised when a stored connection cannot be read as a connection; the message never quotes it. */
export class ConnectionCorruptError extends GongWorkerError {
  override readonly name = 'ConnectionCorruptError';
  override readonly failureType = FailureTypes.connectionCorrupt;
  constructor(
    readonly connectionId: string,
    reason: string,
    where: 'file' | 'row' = 'file',
  ) {
    super(`Connection ${where} for "${connectionId}" is corrupt: ${reason}`);
  }
}

/** Raised when a connection id is unknown. */
export class ConnectionNotFoundError extends GongWorkerError {
  override readonly name = 'ConnectionNotFoundError';
  override readonly failureType = FailureTypes.connectionNotFound;
  constructor(readonly connectionId: string) {
    super(`Gong connection "${connectionId}" does not exist`);
  }
}

/** Raised by `add` (a CLI command, never a run) when the id is taken, even by a connection that no longer reads. */
export class ConnectionExistsError extends GongWorkerError {
  override readonly name = 'ConnectionExistsError';
  constructor(readonly connectionId: string) {
    super(`Connection "${connectionId}" already exists; use "connections edit"`);
  }
}

/** Raised when another process holds a connection for too long; nothing was changed. */
export class ConnectionBusyError extends GongWorkerError {
  override readonly name = 'ConnectionBusyError';
  override readonly failureType = FailureTypes.connectionBusy;
  // The other process lets go soon: a later attempt gets the connection.
  override readonly retryable = true;
  constructor(
    readonly connectionId: string,
    detail: string,
  ) {
    super(
      `Connection "${connectionId}" is being changed by another process (${detail}); nothing was saved, try again`,
    );
  }
}

/**
 * Raised when the connection store itself cannot be reached (PostgreSQL down, restarting or out
 * of connections): nothing is wrong with the connection, and trying again later can succeed.
 * The message never names the database's host, port or URL.
 */
export class ConnectionStoreUnavailableError extends GongWorkerError {
  override readonly name = 'ConnectionStoreUnavailableError';
  override readonly failureType = FailureTypes.connectionStoreUnavailable;
  // The store, not the Gong connection, is down: a later attempt can read it.
  override readonly retryable = true;
  constructor(readonly reason: string) {
    super(`The connection store (PostgreSQL) is unavailable: ${reason}`);
  }
}
