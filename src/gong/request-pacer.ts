import type { FetchLike } from './http';

/** Options of {@link paceRequests}. */
export interface RequestPacerOptions {
  /** Requests per second allowed per Gong host; Gong's default is 3. */
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Spaces the requests this process sends to each Gong host so they stay under Gong's rate
 * limit, instead of spending a request on a 429. Other processes sharing the key pair can still
 * cause 429s; those are retried after `Retry-After` by the activities.
 */
export function paceRequests(fetchImpl: FetchLike, options: RequestPacerOptions): FetchLike {
  // A little slack: Gong counts arrivals, and network jitter can bunch evenly sent requests.
  const interval = (1000 / options.perSecond) * 1.1;
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const nextSlot = new Map<string, number>();
  return async (input, init) => {
    const current = now();
    const slot = Math.max(current, nextSlot.get(input.host) ?? 0);
    nextSlot.set(input.host, slot + interval);
    if (slot > current) await sleep(slot - current);
    return fetchImpl(input, init);
  };
}
