import type { RequestPacer } from '../gong/request-pacer';

/** Requests sent per connection per UTC day, where every replica sees them. */
export interface DailyRequestCounter {
  /** Counts one request of `connectionId` on the UTC day of `at`; returns that day's total. */
  record(connectionId: string, at?: Date): Promise<number>;
  /** That day's total so far (0 when none). */
  read(connectionId: string, at?: Date): Promise<number>;
}

/** The UTC day of `at` as `YYYY-MM-DD`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** A counter for one process (the file store): enough for one worker, not shared between replicas. */
export function createInMemoryRequestCounter(): DailyRequestCounter {
  const counts = new Map<string, number>();
  const keyOf = (connectionId: string, at: Date) => `${utcDay(at)} ${connectionId}`;
  return {
    async record(connectionId, at = new Date()) {
      const key = keyOf(connectionId, at);
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return count;
    },
    async read(connectionId, at = new Date()) {
      return counts.get(keyOf(connectionId, at)) ?? 0;
    },
  };
}

/** Options of {@link createQuotaWatch}. */
export interface QuotaWatchOptions {
  counter: DailyRequestCounter;
  /** `GONG_DAILY_REQUEST_LIMIT`, Gong's default 10,000 requests a day. */
  dailyLimit: number;
  warn: (message: string) => void;
  /** Called with every new total, e.g. to set a metric gauge. */
  onCount?: (connectionId: string, requests: number, dailyLimit: number) => void;
  now?: () => Date;
}

/** Counts requests and warns once per connection and day when 90% of the daily limit is passed. */
export interface QuotaWatch {
  record(connectionId: string): Promise<void>;
}

/**
 * The warning is given by the request that takes the count past 90%: with the PostgreSQL
 * counter exactly one replica sees that total, so the warning appears once across all of them.
 * A counting failure is reported (once until counting works again) and never fails the request.
 */
export function createQuotaWatch(options: QuotaWatchOptions): QuotaWatch {
  const threshold = Math.floor(options.dailyLimit * 0.9);
  const now = options.now ?? (() => new Date());
  let failing = false;
  return {
    async record(connectionId) {
      const at = now();
      let requests: number;
      try {
        requests = await options.counter.record(connectionId, at);
        failing = false;
      } catch (error) {
        if (!failing)
          options.warn(`Could not count a Gong request for "${connectionId}": ${(error as Error).message}`);
        failing = true;
        return;
      }
      try {
        options.onCount?.(connectionId, requests, options.dailyLimit);
      } catch {
        // A metric callback must not fail a request.
      }
      if (requests === threshold + 1) {
        options.warn(
          `Connection "${connectionId}" has sent ${requests} Gong requests on ${utcDay(at)} (UTC), past 90% of ` +
            `its daily limit of ${options.dailyLimit} (GONG_DAILY_REQUEST_LIMIT)`,
        );
      }
    },
  };
}

/** A pacer for one connection's client that also counts each request it lets through. */
export function countingPacer(
  pacer: RequestPacer | undefined,
  watch: QuotaWatch,
  connectionId: string,
): RequestPacer {
  return {
    async wait(host, signal) {
      await pacer?.wait(host, signal);
      // Not awaited: a database round trip here would delay the request past its slot. record()
      // never rejects (a failure becomes a warning).
      void watch.record(connectionId);
    },
    holdOff: pacer?.holdOff
      ? (host, seconds) => pacer.holdOff?.(host, seconds) ?? Promise.resolve()
      : undefined,
    // Forwarded, or the pacer would never learn when its grants really leave.
    sent: pacer?.sent ? (host) => pacer.sent?.(host) ?? (() => undefined) : undefined,
  };
}
