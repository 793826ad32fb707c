import type { ClientInterceptors } from '@temporalio/client';

/**
 * The client interceptors that carry the platform's current OpenTelemetry trace into the runs it
 * starts: `new Client({ connection, interceptors: await tracingClientInterceptors() })`. With the
 * worker's tracing on, one trace then runs from the platform's span through the workflow, its
 * activities and every Gong request. Spans go to the platform's registered tracer provider. The
 * interceptor package is loaded here, on first use, so importing the client costs nothing more.
 */
export async function tracingClientInterceptors(): Promise<ClientInterceptors> {
  const { OpenTelemetryWorkflowClientInterceptor } = await import('@temporalio/interceptors-opentelemetry');
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}
