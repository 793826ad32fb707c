import type { MetricGauge } from '@temporalio/common';
import { Runtime } from '@temporalio/worker';
import type { ActivityDeps } from '../activities';
import { chooseAnswerer } from '../app/choose-answerer';
import { createQuotaWatch } from '../connections/daily-request-count';
import { openStore } from './open-store';
import type { FetchLike } from '../gong/http';
import { routeToSimulator } from './simulator-route';
import type { Settings } from '../config/settings';

/** The settings sections the worker's dependencies are built from. */
export type WorkerDepsSettings = Pick<Settings, 'store' | 'simulator' | 'limits' | 'openai'>;

/**
 * Sets the `gong_requests_today` gauge (per `connection_id`) on the worker's metrics, served to
 * Prometheus with `TEMPORAL_PROMETHEUS_ADDRESS`. The meter is taken at the first request, once
 * the process has installed its Temporal runtime.
 */
function requestsTodayGauge(): (connectionId: string, requests: number) => void {
  let gauge: MetricGauge | undefined;
  return (connectionId, requests) => {
    gauge ??= Runtime.instance().metricMeter.createGauge(
      'gong_requests_today',
      'int',
      '{request}',
      'Gong requests sent today (UTC) by this connection, counted by the store',
    );
    gauge.set(requests, { connection_id: connectionId });
  };
}

/**
 * The one place where the worker's dependencies are built: connection store, Gong `fetch`
 * (routed to the simulator when `GONG_SIMULATOR_URL` is set), answerer, clock and pacer. The
 * worker process, `dev`/`demo`, the tests and the benchmark all build them here.
 */
export function createWorkerDeps(
  settings: WorkerDepsSettings,
  warn: (message: string) => void,
): ActivityDeps {
  const { limits } = settings;
  const baseFetch: FetchLike = (input, init) => fetch(input, init);
  // Files by default; PostgreSQL (GONG_CONNECTIONS_URL) shares connections, pacing and counts across replicas.
  const store = openStore(settings.store, warn);
  return {
    connections: store.connections,
    fetch: settings.simulator.url ? routeToSimulator(settings.simulator.url, baseFetch, warn) : baseFetch,
    answerer: chooseAnswerer(settings.openai, { maxRetryAfterSeconds: limits.maxRetryAfterSeconds, warn }),
    now: () => new Date(),
    gongTimeoutMs: limits.gongTimeoutMs,
    pacer: store.createPacer(limits.gongRequestsPerSecond),
    quota: createQuotaWatch({
      counter: store.requestCounter,
      dailyLimit: store.dailyRequestLimit,
      warn,
      onCount: requestsTodayGauge(),
    }),
    maxRetryAfterSeconds: limits.maxRetryAfterSeconds,
    maxResponseBytes: limits.gongMaxResponseBytes,
  };
}
