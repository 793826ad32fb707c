import type { Resource } from '@opentelemetry/resources';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import {
  makeWorkflowExporter,
  type OpenTelemetryWorkflowExporter,
} from '@temporalio/interceptors-opentelemetry';
import type { InjectedSink } from '@temporalio/worker';

/**
 * The workflow span exporter sink of `@temporalio/interceptors-opentelemetry`, handed the
 * workflow's info without `lastResult`, `lastFailure` and `memo`. The SDK's exporter copies the
 * whole `workflowInfo()` into every workflow span's attributes, and these hold decrypted payloads
 * (a scheduled run's previous answer or failure, the memo): payload encryption keeps them out of
 * the history, and tracing must not be the side door that exports them in clear.
 */
export function workflowSpanExporter(
  processor: SpanProcessor,
  resource: Resource,
): InjectedSink<OpenTelemetryWorkflowExporter> {
  const sink = makeWorkflowExporter(processor, resource);
  return {
    export: {
      ...sink.export,
      fn: (info, spans) => {
        const shown = { ...info };
        delete shown.lastResult;
        delete shown.lastFailure;
        delete shown.memo;
        return sink.export.fn(shown, spans);
      },
    },
  };
}
