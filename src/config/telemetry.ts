import { z } from 'zod';
import { zodSection } from './env';

/** The OTLP protocols the worker's trace exporter speaks. */
const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;

/** What the worker exports about itself. */
export interface TelemetrySettings {
  /** Where the worker serves Prometheus metrics (`/metrics`); none when null. */
  prometheusAddress: string | null;
  /** Traces are exported only when an OTLP endpoint is set (and the SDK is not disabled). */
  tracing: null | { protocol: (typeof OTLP_PROTOCOLS)[number] };
  /**
   * Where Temporal's runtime pushes metrics over OTLP/HTTP (`<endpoint>/v1/metrics`) when
   * `OTEL_EXPORTER_OTLP_ENDPOINT` is set and Prometheus is not; null otherwise.
   */
  otlpMetricsUrl: string | null;
}

const otlpUrl = (example: string) =>
  z.url({ protocol: /^https?$/, error: `use an http(s) URL, e.g. ${example}` }).optional();
const protocol = z.enum(OTLP_PROTOCOLS, {
  error: `use ${OTLP_PROTOCOLS.join(' or ')} (gRPC is not supported)`,
});

/**
 * Prometheus, and the standard OpenTelemetry variables the worker acts on: only these switch
 * telemetry on; the SDK and exporter read the rest (`OTEL_SERVICE_NAME`, `OTEL_TRACES_SAMPLER`,
 * `OTEL_RESOURCE_ATTRIBUTES`, headers) themselves.
 */
export const telemetrySection = zodSection(
  [
    {
      names: ['TEMPORAL_PROMETHEUS_ADDRESS'],
      meaning: '`host:port` where the worker serves Prometheus metrics (`/metrics`); off when unset',
    },
    {
      names: ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_PROTOCOL'],
      meaning:
        'OTLP/HTTP collector: traces (protocol `http/protobuf`, the default, or `http/json`), and metrics when `TEMPORAL_PROMETHEUS_ADDRESS` is unset; unset, no tracing code is loaded',
    },
    {
      names: ['OTEL_SERVICE_NAME', 'OTEL_RESOURCE_ATTRIBUTES', 'OTEL_TRACES_SAMPLER'],
      meaning:
        "OpenTelemetry's standard variables, read by its SDK: service name (default `gong-temporal-worker`), resource attributes, sampler (see [operating.md](operating.md))",
    },
  ],
  z.object({
    TEMPORAL_PROMETHEUS_ADDRESS: z
      .string()
      .regex(/^[\w.-]+:\d{1,5}$/, 'use host:port, e.g. 0.0.0.0:9464')
      .optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl('http://collector:4318'),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl('http://collector:4318/v1/traces'),
    OTEL_EXPORTER_OTLP_PROTOCOL: protocol.default('http/protobuf'),
    OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: protocol.optional(),
    OTEL_SDK_DISABLED: z.enum(['true', 'false'], { error: 'use true or false' }).optional(),
  }),
  (parsed): TelemetrySettings => {
    const disabled = parsed.OTEL_SDK_DISABLED === 'true';
    const endpoint = parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? parsed.OTEL_EXPORTER_OTLP_ENDPOINT;
    const prometheusAddress = parsed.TEMPORAL_PROMETHEUS_ADDRESS ?? null;
    return {
      prometheusAddress,
      tracing:
        endpoint && !disabled
          ? { protocol: parsed.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? parsed.OTEL_EXPORTER_OTLP_PROTOCOL }
          : null,
      otlpMetricsUrl:
        parsed.OTEL_EXPORTER_OTLP_ENDPOINT && !disabled && prometheusAddress === null
          ? `${parsed.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/metrics`
          : null,
    };
  },
);
