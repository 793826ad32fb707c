import type { Attributes } from '@opentelemetry/api';
import type { WorkerOptions } from '@temporalio/worker';
import type { TelemetrySettings } from '../../config/telemetry';
import type { GongRequestObserver } from '../../gong/request-observer';

/** Tracing as the worker uses it, once the OpenTelemetry SDK runs. */
export interface Tracing {
  /**
   * Workflow, activity, Nexus and client interceptors plus the workflow span exporter sink; the
   * workflow interceptors only when the workflows are bundled at start (a prebuilt traced bundle
   * holds them).
   */
  workerOptions(prebuiltBundle: boolean): Required<Pick<WorkerOptions, 'interceptors' | 'sinks'>>;
  /** One span per Gong request and per pacer wait. */
  gongObserver: GongRequestObserver;
  /** Runs one model call in a span; `describe` names what the result says (model, tokens). */
  modelCall<T>(fn: () => Promise<T>, describe: (result: T) => Attributes): Promise<T>;
  /** Flushes the spans not yet exported. */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing when the OpenTelemetry variables ask for it; otherwise null, and none of the
 * OpenTelemetry SDK is loaded (it is imported here only on demand).
 */
export async function startTracing(settings: TelemetrySettings): Promise<Tracing | null> {
  if (settings.tracing === null) return null;
  const { startTracingSdk } = await import('./tracing-sdk');
  return startTracingSdk(settings.tracing);
}
