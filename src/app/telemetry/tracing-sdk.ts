import { createRequire } from 'node:module';
import { SpanKind, SpanStatusCode, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { detectResourcesSync, envDetectorSync, Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { Context } from '@temporalio/activity';
import {
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryNexusInboundInterceptor,
  OpenTelemetryNexusOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { TelemetrySettings } from '../../config/telemetry';
import type { GongRequestObserver } from '../../gong/request-observer';
import type { Tracing } from './worker-tracing';
import { workflowSpanExporter } from './workflow-span-exporter';

const require = createRequire(import.meta.url);

/** The service name spans carry unless `OTEL_SERVICE_NAME` or `OTEL_RESOURCE_ATTRIBUTES` names one. */
const DEFAULT_SERVICE_NAME = 'gong-temporal-worker';

/**
 * Starts the OpenTelemetry SDK: a Node tracer provider (sampler from `OTEL_TRACES_SAMPLER`),
 * resource from `OTEL_SERVICE_NAME`/`OTEL_RESOURCE_ATTRIBUTES`, batched OTLP export over HTTP
 * (endpoint and headers from the standard variables). Loaded only when tracing is on.
 */
export function startTracingSdk(settings: NonNullable<TelemetrySettings['tracing']>): Tracing {
  const resource = Resource.default()
    .merge(new Resource({ 'service.name': DEFAULT_SERVICE_NAME }))
    .merge(detectResourcesSync({ detectors: [envDetectorSync] }));
  const exporter: SpanExporter =
    settings.protocol === 'http/json' ? new JsonTraceExporter() : new ProtobufTraceExporter();
  const spanProcessor = new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // W3C trace context only, whatever OTEL_PROPAGATORS says: @opentelemetry/core 1.x parses any
  // `baggage` header whole (GHSA-8988-4f7v-96qf, memory exhaustion, no 1.x fix), and the 2.x line
  // that fixes it does not fit the Temporal interceptors in use yet. Nothing here reads baggage.
  provider.register({ propagator: new W3CTraceContextPropagator() });
  const tracer = trace.getTracer(DEFAULT_SERVICE_NAME);
  const workflowInterceptors =
    require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');
  return {
    workerOptions: (prebuiltBundle) => ({
      interceptors: {
        client: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
        activity: [
          (ctx) => ({
            inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
            outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
          }),
        ],
        nexus: [
          (ctx) => ({
            inbound: new OpenTelemetryNexusInboundInterceptor(ctx),
            outbound: new OpenTelemetryNexusOutboundInterceptor(ctx),
          }),
        ],
        // A prebuilt traced bundle holds the workflow interceptors already (scripts/build.mjs).
        workflowModules: prebuiltBundle ? [] : [workflowInterceptors],
      },
      sinks: { exporter: workflowSpanExporter(spanProcessor, resource) },
    }),
    gongObserver: gongSpans(tracer),
    modelCall: (fn, describe) => inSpan(tracer, 'model call', { kind: SpanKind.CLIENT }, fn, describe),
    shutdown: () => provider.shutdown(),
  };
}

/** One span per pacer wait and per Gong HTTP request, children of the activity's span. */
function gongSpans(tracer: Tracer): GongRequestObserver {
  return {
    paced: (host, wait) =>
      inSpan(tracer, 'gong pacer wait', { attributes: { 'server.address': host } }, wait),
    request(start, exchange) {
      const attributes: Attributes = {
        'http.request.method': start.method,
        'server.address': start.host,
        'url.template': start.pathTemplate,
      };
      const attempt = activityAttempt();
      if (attempt !== null) attributes['gong.activity.attempt'] = attempt;
      return tracer.startActiveSpan(
        `${start.method} ${start.pathTemplate}`,
        { kind: SpanKind.CLIENT, attributes },
        async (span) => {
          try {
            return await exchange((outcome) => {
              if (outcome.status !== null) span.setAttribute('http.response.status_code', outcome.status);
              if (outcome.requestId !== null) span.setAttribute('gong.request_id', outcome.requestId);
              if (outcome.retryAfterSeconds !== null) {
                span.setAttribute('http.response.header.retry-after', outcome.retryAfterSeconds);
              }
              span.setAttribute('http.response.body.size', outcome.bytes);
              if (outcome.failure !== null) span.setAttribute('error.type', outcome.failure);
              else if (outcome.status !== null && outcome.status >= 400) {
                span.setAttribute('error.type', String(outcome.status));
              }
              if (outcome.failure !== null || (outcome.status ?? 0) >= 400) {
                span.setStatus({ code: SpanStatusCode.ERROR });
              }
            });
          } finally {
            span.end();
          }
        },
      );
    },
  };
}

/**
 * Runs `fn` in an active span; `describe` turns its result into attributes. A thrown error marks
 * the span failed with its class name only: messages can hold what spans must not.
 */
async function inSpan<T>(
  tracer: Tracer,
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes },
  fn: () => Promise<T>,
  describe?: (result: T) => Attributes,
): Promise<T> {
  return tracer.startActiveSpan(name, options, async (span: Span) => {
    try {
      const result = await fn();
      if (describe) span.setAttributes(describe(result));
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', error instanceof Error ? error.name : 'unknown');
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The running activity's attempt, or null outside an activity. */
function activityAttempt(): number | null {
  try {
    return Context.current().info.attempt;
  } catch {
    return null;
  }
}
