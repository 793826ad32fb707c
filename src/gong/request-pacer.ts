/** Spaces requests per Gong host; see {@link createRequestPacer}. */
export interface RequestPacer {
  /** Resolves when a request to `host` may be sent; rejects if `signal` aborts first. */
  wait(host: string, signal?: AbortSignal): Promise<void>;
  /**
   * Holds every request to `host` back for `seconds` (Gong answered 429 with `Retry-After`), so
   * the other runs sharing the pacer wait too instead of each collecting its own 429.
   */
  holdOff?(host: string, seconds: number): Promise<void>;
}

/** Milliseconds between two requests to one host: `perSecond` with 10% slack. */
function slotIntervalMs(perSecond: number): number {
  // A little slack: Gong counts arrivals, and network jitter can bunch evenly sent requests.
  return (1000 / perSecond) * 1.1;
}

/** Options of {@link createRequestPacer}. */
export interface RequestPacerOptions {
  /** Requests per second allowed per Gong host; Gong's default is 3. */
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Spaces the requests this process sends to each Gong host so they stay under Gong's rate
 * limit, instead of spending a request on a 429. Other processes sharing the key pair can still
 * cause 429s; those are retried after `Retry-After` by the activities.
 */
export function createRequestPacer(options: RequestPacerOptions): RequestPacer {
  const interval = slotIntervalMs(options.perSecond);
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? abortableSleep;
  const nextSlot = new Map<string, number>();
  return {
    async wait(host, signal) {
      const current = now();
      const slot = Math.max(current, nextSlot.get(host) ?? 0);
      nextSlot.set(host, slot + interval);
      if (slot > current) await sleep(slot - current, signal);
    },
    async holdOff(host, seconds) {
      nextSlot.set(host, Math.max(nextSlot.get(host) ?? 0, now() + seconds * 1000));
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
