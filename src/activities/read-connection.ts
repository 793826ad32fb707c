import { heartbeat, log, sleep } from '@temporalio/activity';
import type { Connection } from '../connections/connection';
import { ConnectionStoreUnavailableError } from '../connections/connection-store';
import type { ActivityDeps } from './deps';

/** How long one attempt waits for the connection store to come back before failing (retryably). */
const STORE_OUTAGE_WAIT_MS = 30_000;

const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 5_000;

/**
 * Reads a connection from the store, waiting out a store outage (a database restart, say) with
 * backoff for up to `deps.storeOutageWaitMs`, heartbeating meanwhile. Past that the
 * {@link ConnectionStoreUnavailableError} is thrown: a retryable failure that says nothing
 * about the Gong connection itself.
 */
export async function readConnection(deps: ActivityDeps, connectionId: string): Promise<Connection> {
  const deadline = deps.now().getTime() + (deps.storeOutageWaitMs ?? STORE_OUTAGE_WAIT_MS);
  let wait = FIRST_WAIT_MS;
  for (;;) {
    try {
      return await deps.connections.get(connectionId);
    } catch (error) {
      if (!(error instanceof ConnectionStoreUnavailableError)) throw error;
      if (deps.now().getTime() + wait > deadline) throw error;
      log.warn('The connection store is unavailable; reading the connection again shortly', {
        reason: error.reason,
        waitMs: wait,
      });
      heartbeat();
      await sleep(wait);
      wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    }
  }
}
