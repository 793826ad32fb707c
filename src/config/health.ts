import { z } from 'zod';
import { zodSection } from './env';

/** Where the worker serves its probes (`GONG_WORKER_HEALTH_ADDRESS`), or null for none. */
export interface HealthSettings {
  address: string | null;
}

export const healthSection = zodSection(
  [
    {
      names: ['GONG_WORKER_HEALTH_ADDRESS'],
      meaning:
        '`host:port` serving `/livez` (process up) and `/readyz` (polling, Temporal and the connection store answer); off when unset',
    },
  ],
  z.object({
    GONG_WORKER_HEALTH_ADDRESS: z
      .string()
      .regex(/^[\w.-]+:\d{1,5}$/, 'use host:port, e.g. 0.0.0.0:8080')
      .optional(),
  }),
  (parsed): HealthSettings => ({ address: parsed.GONG_WORKER_HEALTH_ADDRESS ?? null }),
);
