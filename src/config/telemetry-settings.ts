import { z } from 'zod';
import { describeIssues } from '../api/describe-issues';

/** The OTLP protocols the worker's trace exporter speaks. */
export const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;

const telemetrySchema = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'use an http(s) URL, e.g. http://collector:4318' })
    .optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'use an http(s) URL, e.g. http://collector:4318/v1/traces' })
    .optional(),
  OTEL_EXPORTER_OTLP_PROTOCOL: z
    .enum(OTLP_PROTOCOLS, { error: `use ${OTLP_PROTOCOLS.join(' or ')} (gRPC is not supported)` })
    .default('http/protobuf'),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: z
    .enum(OTLP_PROTOCOLS, { error: `use ${OTLP_PROTOCOLS.join(' or ')} (gRPC is not supported)` })
    .optional(),
  OTEL_SDK_DISABLED: z.enum(['true', 'false'], { error: 'use true or false' }).optional(),
});

/** What the OpenTelemetry variables ask of the worker. */
export interface TelemetrySettings {
  /** Traces are exported only when an OTLP endpoint is set (and the SDK is not disabled). */
  tracing: null | { protocol: (typeof OTLP_PROTOCOLS)[number] };
  /**
   * Where Temporal's runtime pushes its metrics over OTLP/HTTP (`<endpoint>/v1/metrics`), when
   * `OTEL_EXPORTER_OTLP_ENDPOINT` is set; null otherwise.
   */
  otlpMetricsUrl: string | null;
}

/**
 * Reads the standard OpenTelemetry variables the worker acts on. Only these switch telemetry on;
 * the exporter and the SDK read the rest (`OTEL_SERVICE_NAME`, `OTEL_TRACES_SAMPLER`,
 * `OTEL_RESOURCE_ATTRIBUTES`, headers) themselves. A bad value fails naming the variable.
 */
export function loadTelemetrySettings(env: Record<string, string | undefined>): TelemetrySettings {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = telemetrySchema.safeParse(blankAsUnset);
  if (!parsed.success) throw new Error(`Invalid environment: ${describeIssues(parsed.error)}`);
  const data = parsed.data;
  const disabled = data.OTEL_SDK_DISABLED === 'true';
  const endpoint = data.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? data.OTEL_EXPORTER_OTLP_ENDPOINT;
  return {
    tracing:
      endpoint && !disabled
        ? { protocol: data.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? data.OTEL_EXPORTER_OTLP_PROTOCOL }
        : null,
    otlpMetricsUrl:
      data.OTEL_EXPORTER_OTLP_ENDPOINT && !disabled
        ? `${data.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/metrics`
        : null,
  };
}
