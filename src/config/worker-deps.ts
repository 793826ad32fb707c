import type { MetricGauge } from '@temporalio/common';
import { Runtime } from '@temporalio/worker';
import type { ActivityDeps } from '../activities';
import { chooseAnswerer } from '../answering';
import { createQuotaWatch } from '../connections/daily-request-count';
import { openStore, readStoreSettings } from '../connections/open-store';
import type { FetchLike } from '../gong/http';
import { routeToSimulator } from '../gong/simulator-route';
import { loadOpenAiSettings } from './openai-settings';
import type { Settings } from './settings';

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
 * (routed to the simulator when `GONG_SIMULATOR_URL` is set), answerer (its model's settings are
 * read here, so a bad `OPENAI_*` variable stops the worker at start), clock and pacer. The
 * worker process, `dev`/`demo`, the tests and the benchmark all build them here.
 */
export function createWorkerDeps(
  settings: Settings,
  env: Record<string, string | undefined>,
  warn: (message: string) => void,
): ActivityDeps {
  const baseFetch: FetchLike = (input, init) => fetch(input, init);
  // Files by default; PostgreSQL (GONG_CONNECTIONS_URL) shares connections, pacing and counts across replicas.
  const store = openStore(readStoreSettings(env), env, warn);
  return {
    connections: store.connections,
    fetch: settings.simulatorUrl ? routeToSimulator(settings.simulatorUrl, baseFetch, warn) : baseFetch,
    answerer: chooseAnswerer(loadOpenAiSettings(env), {
      maxRetryAfterSeconds: settings.maxRetryAfterSeconds,
      warn,
    }),
    now: () => new Date(),
    gongTimeoutMs: settings.gongTimeoutMs,
    pacer: store.createPacer(settings.gongRequestsPerSecond),
    quota: createQuotaWatch({
      counter: store.requestCounter,
      dailyLimit: store.dailyRequestLimit,
      warn,
      onCount: requestsTodayGauge(),
    }),
    maxRetryAfterSeconds: settings.maxRetryAfterSeconds,
    maxResponseBytes: settings.gongMaxResponseBytes,
  };
}
