import { GongHttpError } from './errors';

/** Limits of one simulator, applied per account. */
export interface RateLimits {
  requestsPerSecond: number;
  dailyQuota: number;
}

/** Counts requests per account and rejects those over Gong's limits. */
export interface RateLimiter {
  /**
   * Counts a request by `accessKey` at `arrivedAt` (when it reached the server, as Gong counts it,
   * not when its body was read), or throws a 429 without counting it.
   */
  admit(accessKey: string, arrivedAt: Date): void;
}

const DAY_MS = 86_400_000;

/** A limiter with a sliding one-second window and a per-UTC-day quota. */
export function createRateLimiter(limits: RateLimits): RateLimiter {
  const recent = new Map<string, number[]>();
  const daily = new Map<string, { day: number; count: number }>();
  return {
    admit(accessKey, arrivedAt) {
      const nowMs = arrivedAt.getTime();
      const day = Math.floor(nowMs / DAY_MS);
      const usage = daily.get(accessKey);
      const usedToday = usage?.day === day ? usage.count : 0;
      if (usedToday >= limits.dailyQuota) {
        const retryAfter = Math.max(1, Math.ceil(((day + 1) * DAY_MS - nowMs) / 1000));
        throw tooMany(`Daily API request limit of ${limits.dailyQuota} requests exceeded`, retryAfter);
      }
      const window = (recent.get(accessKey) ?? []).filter((at) => at > nowMs - 1000);
      recent.set(accessKey, window);
      if (window.length >= limits.requestsPerSecond) {
        throw tooMany(`API request limit of ${limits.requestsPerSecond} requests per second exceeded`, 1);
      }
      window.push(nowMs);
      daily.set(accessKey, { day, count: usedToday + 1 });
    },
  };
}

function tooMany(message: string, retryAfterSeconds: number): GongHttpError {
  return new GongHttpError(429, [message], { 'retry-after': String(retryAfterSeconds) });
}
