import type { ClientInterceptors } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';

/**
 * The client interceptors that carry the platform's current OpenTelemetry trace into the runs it
 * starts: pass them as `new Client({ interceptors: tracingClientInterceptors() })`. With the
 * worker's tracing on, one trace then runs from the platform's span through the workflow, its
 * activities and every Gong request. Uses the platform's registered tracer provider.
 */
export function tracingClientInterceptors(): ClientInterceptors {
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}
