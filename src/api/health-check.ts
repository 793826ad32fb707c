import { z } from 'zod';
import { connectionIdSchema } from '../connections/connection';

/** Input of the `gongHealthCheck` workflow: only the connection id, never credentials. */
export const healthCheckInputSchema = z.object({ connectionId: connectionIdSchema });
/** Input of `gongHealthCheck`: the connection id. */
export type HealthCheckInput = z.input<typeof healthCheckInputSchema>;

/** Result of a passing health check. A failing one fails the run with Gong's error. */
export interface HealthCheckResult {
  healthy: true;
  connectionId: string;
  baseUrl: string;
  userCount: number;
  requestId: string | null;
  checkedAt: string;
}
