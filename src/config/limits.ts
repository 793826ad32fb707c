import { z } from 'zod';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../gong/limited-body';
import { DEFAULT_MAX_RETRY_AFTER_SECONDS } from '../gong/retry-after-limit';
import { zodSection } from './env';

/** How the worker paces and bounds its Gong requests. */
export interface LimitsSettings {
  gongTimeoutMs: number;
  /** Requests per second this process sends to one Gong host (Gong's default limit is 3). */
  gongRequestsPerSecond: number;
  /** The longest `Retry-After` (Gong or OpenAI) honoured; a longer one fails the run, saying so. */
  maxRetryAfterSeconds: number;
  /** The largest Gong response body read; a larger one fails the request non-retryably. */
  gongMaxResponseBytes: number;
}

/** Worker-only: client commands never parse these. */
export const limitsSection = zodSection(
  [
    { names: ['GONG_TIMEOUT_MS'], meaning: 'per-request Gong timeout, default 30000' },
    {
      names: ['GONG_MAX_REQUESTS_PER_SECOND'],
      meaning:
        "requests per second sent to one Gong host, default 3 (Gong's limit): per process, or across every replica with the PostgreSQL store",
    },
    {
      names: ['GONG_MAX_RETRY_AFTER_SECONDS'],
      meaning:
        'longest `Retry-After` (Gong or OpenAI) waited for, default 120; a longer one fails the run, saying so',
    },
    {
      names: ['GONG_MAX_RESPONSE_BYTES'],
      meaning: 'largest Gong response body read, default 33554432 (32 MiB); a larger one fails the request',
    },
  ],
  z.object({
    GONG_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
    GONG_MAX_REQUESTS_PER_SECOND: z.coerce.number().positive().max(1000).default(3),
    GONG_MAX_RETRY_AFTER_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(3600)
      .default(DEFAULT_MAX_RETRY_AFTER_SECONDS),
    GONG_MAX_RESPONSE_BYTES: z.coerce
      .number()
      .int()
      .min(1_000_000)
      .max(1024 * 1024 * 1024)
      .default(DEFAULT_MAX_RESPONSE_BYTES),
  }),
  (parsed): LimitsSettings => ({
    gongTimeoutMs: parsed.GONG_TIMEOUT_MS,
    gongRequestsPerSecond: parsed.GONG_MAX_REQUESTS_PER_SECOND,
    maxRetryAfterSeconds: parsed.GONG_MAX_RETRY_AFTER_SECONDS,
    gongMaxResponseBytes: parsed.GONG_MAX_RESPONSE_BYTES,
  }),
);
