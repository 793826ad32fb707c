import { z } from 'zod';
import { describeIssues } from '../api/describe-issues';

const healthSchema = z.object({
  GONG_WORKER_HEALTH_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d{1,5}$/, 'use host:port, e.g. 0.0.0.0:8080')
    .optional(),
});

/**
 * Where the worker serves `/livez` and `/readyz` (`GONG_WORKER_HEALTH_ADDRESS`), or null for no
 * probe endpoint; a malformed value fails naming the variable.
 */
export function loadHealthAddress(env: Record<string, string | undefined>): string | null {
  const parsed = healthSchema.safeParse({
    GONG_WORKER_HEALTH_ADDRESS: env.GONG_WORKER_HEALTH_ADDRESS || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid environment: ${describeIssues(parsed.error)}`);
  return parsed.data.GONG_WORKER_HEALTH_ADDRESS ?? null;
}
