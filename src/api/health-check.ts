import { z } from 'zod';
import { builtOnce } from './built-once';
import { getConnectionIdSchema } from './connection-id';
import { intervalSchema } from './interval';

/** Input of the `gongHealthCheck` workflow: only the connection id, never credentials. */
export const getHealthCheckInputSchema = builtOnce(() =>
  z.strictObject({ connectionId: getConnectionIdSchema() }),
);
/** Input of `gongHealthCheck`: the connection id. */
export type HealthCheckInput = z.input<ReturnType<typeof getHealthCheckInputSchema>>;

/** Result of a passing health check. A failing one fails the run with Gong's error. */
export interface HealthCheckResult {
  healthy: true;
  connectionId: string;
  baseUrl: string;
  userCount: number;
  requestId: string | null;
  checkedAt: string;
}

/** Default interval of the scheduled health check. */
export const DEFAULT_HEALTH_INTERVAL = '15m';

/**
 * Shortest interval of a scheduled check: each run is one Gong request, and Gong allows 10,000 a
 * day per account for every client of it together.
 */
export const MIN_HEALTH_INTERVAL_MS = 60_000;

/** Longest interval of a scheduled check: one rarer than monthly says nothing about today. */
export const MAX_HEALTH_INTERVAL_MS = 30 * 86_400_000;

/** Input of `scheduleHealthCheck`: the connection, and how often (default 15 minutes). */
export const getScheduleHealthCheckInputSchema = builtOnce(() =>
  z.strictObject({
    connectionId: getConnectionIdSchema(),
    every: intervalSchema(MIN_HEALTH_INTERVAL_MS, MAX_HEALTH_INTERVAL_MS).optional(),
  }),
);
/** Input of `scheduleHealthCheck`, as the caller writes it. */
export type ScheduleHealthCheckInput = z.input<ReturnType<typeof getScheduleHealthCheckInputSchema>>;
