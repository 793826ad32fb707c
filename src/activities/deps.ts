import type { Answerer } from '../answering';
import type { Connection } from '../connections/connection';
import type { ConnectionStore } from '../connections/connection-store';
import { countingPacer, type QuotaWatch } from '../connections/daily-request-count';
import { GongClient } from '../gong/client';
import type { FetchLike } from '../gong/http';
import type { RequestPacer } from '../gong/request-pacer';
import { readConnection } from './read-connection';
import type { GongRequestObserver } from '../gong/request-observer';

/** What the activities need from the outside world, injected so tests use real parts on loopback. */
export interface ActivityDeps {
  connections: ConnectionStore;
  /** `fetch` used for Gong; already routed to the simulator when `GONG_SIMULATOR_URL` is set. */
  fetch: FetchLike;
  answerer: Answerer;
  now: () => Date;
  /** Per-request timeout for Gong, default 30 s. */
  gongTimeoutMs?: number;
  /** Keeps this process under Gong's rate limit per host; none in tests that need full speed. */
  pacer?: RequestPacer;
  /** The longest `Retry-After` (Gong or OpenAI) honoured; longer fails the run. Default 120 s. */
  maxRetryAfterSeconds?: number;
  /** Largest Gong response body read; a larger one fails the request. Default 32 MiB. */
  maxResponseBytes?: number;
  /** Counts each Gong request per connection and UTC day, warning past 90% of the daily limit. */
  quota?: QuotaWatch;
  /** How long one attempt waits for an unavailable connection store; default 30 s. */
  storeOutageWaitMs?: number;
  /** Sees every Gong request and pacer wait, for metrics and traces; none in most tests. */
  observer?: GongRequestObserver;
}

/** Builds a Gong client for a stored connection; credentials never leave this process. */
export async function gongClientFor(deps: ActivityDeps, connectionId: string): Promise<GongClient> {
  return gongClientOf(deps, await readConnection(deps, connectionId));
}

/** Builds a Gong client for a connection already read from the store. */
export function gongClientOf(deps: ActivityDeps, connection: Connection): GongClient {
  return new GongClient({
    credentials: connection,
    fetch: deps.fetch,
    timeoutMs: deps.gongTimeoutMs,
    maxResponseBytes: deps.maxResponseBytes,
    pacer: deps.quota ? countingPacer(deps.pacer, deps.quota, connection.id) : deps.pacer,
    observer: deps.observer,
  });
}
