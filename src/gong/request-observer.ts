/** What is known of a Gong request before it is sent. */
interface GongRequestStart {
  method: string;
  host: string;
  /** The path with its ids replaced (`/v2/calls/{id}`): no ids, names or query in telemetry. */
  pathTemplate: string;
}

/** How a Gong request ended: an HTTP answer, or no answer at all (`status` null). */
export interface GongRequestOutcome {
  status: number | null;
  requestId: string | null;
  retryAfterSeconds: number | null;
  /** Bytes of the response body read. */
  bytes: number;
  /** Why there was no answer (`timeout`, `cancelled`, `network`, `too-large`); null with a status. */
  failure: 'timeout' | 'cancelled' | 'network' | 'too-large' | null;
}

/**
 * Watches the Gong requests a client sends, for metrics and traces; the client works the same
 * without one. Implementations must not throw: telemetry never fails a request.
 */
export interface GongRequestObserver {
  /** Runs `wait` (the pacer's) and records how long it held the request back. */
  paced(host: string, wait: () => Promise<void>): Promise<void>;
  /** Runs one HTTP exchange; `exchange` reports its outcome before it returns or throws. */
  request<T>(
    start: GongRequestStart,
    exchange: (report: (outcome: GongRequestOutcome) => void) => Promise<T>,
  ): Promise<T>;
}

/**
 * A path fit for telemetry: every segment holding a digit (call, user and other ids) becomes
 * `{id}`, so labels stay few and no identifier leaves the worker.
 */
export function pathTemplate(path: string): string {
  return path
    .split('/')
    .map((segment) => (/\d/.test(segment) && !/^v\d+$/.test(segment) ? '{id}' : segment))
    .join('/');
}
