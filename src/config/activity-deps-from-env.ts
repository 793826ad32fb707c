import type { ActivityDeps } from '../activities';
import { chooseAnswerer } from '../answering';
import { createQuotaWatch } from '../connections/daily-request-count';
import { openStore, readStoreSettings } from '../connections/open-store';
import type { FetchLike } from '../gong/http';
import { routeToSimulator } from '../gong/simulator-route';
import type { Settings } from './settings';

/** Wires the activities' dependencies for a real process from its settings and environment. */
export function activityDepsFromEnv(
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
    answerer: chooseAnswerer(env),
    now: () => new Date(),
    gongTimeoutMs: settings.gongTimeoutMs,
    pacer: store.createPacer(settings.gongRequestsPerSecond),
    quota: createQuotaWatch({ counter: store.requestCounter, dailyLimit: store.dailyRequestLimit, warn }),
  };
}
