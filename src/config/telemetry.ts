import { z } from 'zod';
import { zodSection } from './env';

/** What the worker exports about itself. */
export interface TelemetrySettings {
  /** Where the worker serves Prometheus metrics (`/metrics`); none when null. */
  prometheusAddress: string | null;
}

export const telemetrySection = zodSection(
  [
    {
      names: ['TEMPORAL_PROMETHEUS_ADDRESS'],
      meaning: '`host:port` where the worker serves Prometheus metrics (`/metrics`); off when unset',
    },
  ],
  z.object({
    TEMPORAL_PROMETHEUS_ADDRESS: z
      .string()
      .regex(/^[\w.-]+:\d{1,5}$/, 'use host:port, e.g. 0.0.0.0:9464')
      .optional(),
  }),
  (parsed): TelemetrySettings => ({ prometheusAddress: parsed.TEMPORAL_PROMETHEUS_ADDRESS ?? null }),
);
