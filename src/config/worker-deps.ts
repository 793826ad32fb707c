import type { ActivityDeps } from '../activities';
import { chooseAnswerer } from '../answering';
import { createConnectionStore } from '../connections/connection-store';
import type { FetchLike } from '../gong/http';
import { createRequestPacer } from '../gong/request-pacer';
import { routeToSimulator } from '../gong/simulator-route';
import type { Settings } from './settings';

/**
 * The one place where the worker's dependencies are built: connection store, Gong `fetch`
 * (routed to the simulator when `GONG_SIMULATOR_URL` is set), answerer, clock and pacer. The
 * worker process, `dev`/`demo`, the tests and the benchmark all build them here.
 */
export function createWorkerDeps(
  settings: Settings,
  env: Record<string, string | undefined>,
  warn: (message: string) => void,
): ActivityDeps {
  const baseFetch: FetchLike = (input, init) => fetch(input, init);
  return {
    connections: createConnectionStore({ directory: settings.connectionsDirectory, env }),
    fetch: settings.simulatorUrl ? routeToSimulator(settings.simulatorUrl, baseFetch, warn) : baseFetch,
    answerer: chooseAnswerer(env),
    now: () => new Date(),
    gongTimeoutMs: settings.gongTimeoutMs,
    pacer: createRequestPacer({ perSecond: settings.gongRequestsPerSecond }),
    maxRetryAfterSeconds: settings.maxRetryAfterSeconds,
    maxResponseBytes: settings.gongMaxResponseBytes,
  };
}
