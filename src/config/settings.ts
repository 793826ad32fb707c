import { homedir } from 'node:os';
import { z } from 'zod';
import { describeIssues } from '../validation/field-issues';
import { DEFAULT_TASK_QUEUE } from '../api/task-queue';
import { defaultConnectionsDirectory } from '../connections/connection-store';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../gong/limited-body';
import { DEFAULT_MAX_RETRY_AFTER_SECONDS } from '../gong/retry-after-limit';

const settingsSchema = z.object({
  TEMPORAL_TASK_QUEUE: z.string().trim().min(1).default(DEFAULT_TASK_QUEUE),
  GONG_SIMULATOR_URL: z.url({ protocol: /^https?$/ }).optional(),
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
  TEMPORAL_PROMETHEUS_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d{1,5}$/, 'use host:port, e.g. 0.0.0.0:9464')
    .optional(),
});

/** Process settings read from the environment (Temporal's own are read by `@temporalio/envconfig`). */
export interface Settings {
  taskQueue: string;
  connectionsDirectory: string;
  simulatorUrl: string | null;
  gongTimeoutMs: number;
  /** Requests per second this process sends to one Gong host (Gong's default limit is 3). */
  gongRequestsPerSecond: number;
  /** The longest `Retry-After` (Gong or OpenAI) honoured; a longer one fails the run, saying so. */
  maxRetryAfterSeconds: number;
  /** The largest Gong response body read; a larger one fails the request non-retryably. */
  gongMaxResponseBytes: number;
  /** Where the worker serves Prometheus metrics (`/metrics`); none when null. */
  prometheusAddress: string | null;
}

/** Reads and validates the settings; a bad variable fails with its name and the reason. */
export function loadSettings(env: Record<string, string | undefined>, home: string = homedir()): Settings {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = settingsSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${describeIssues(parsed.error)}`);
  }
  return {
    taskQueue: parsed.data.TEMPORAL_TASK_QUEUE,
    connectionsDirectory: defaultConnectionsDirectory(env, home),
    simulatorUrl: parsed.data.GONG_SIMULATOR_URL ?? null,
    gongTimeoutMs: parsed.data.GONG_TIMEOUT_MS,
    gongRequestsPerSecond: parsed.data.GONG_MAX_REQUESTS_PER_SECOND,
    maxRetryAfterSeconds: parsed.data.GONG_MAX_RETRY_AFTER_SECONDS,
    gongMaxResponseBytes: parsed.data.GONG_MAX_RESPONSE_BYTES,
    prometheusAddress: parsed.data.TEMPORAL_PROMETHEUS_ADDRESS ?? null,
  };
}
