import type { ActivityDeps } from '../activities';
import { chooseAnswerer } from '../answering';
import { createConnectionStore } from '../connections/connection-store';
import { paceRequests } from '../gong/request-pacer';
import { routeToSimulator } from '../gong/simulator-route';
import type { Settings } from './settings';

/** Wires the activities' dependencies for a real process from its settings and environment. */
export function activityDepsFromEnv(
  settings: Settings,
  env: Record<string, string | undefined>,
  warn: (message: string) => void,
): ActivityDeps {
  const baseFetch = paceRequests((input, init) => fetch(input, init), {
    perSecond: settings.gongRequestsPerSecond,
  });
  return {
    connections: createConnectionStore({ directory: settings.connectionsDirectory, env }),
    fetch: settings.simulatorUrl ? routeToSimulator(settings.simulatorUrl, baseFetch, warn) : baseFetch,
    answerer: chooseAnswerer(env),
    now: () => new Date(),
    gongTimeoutMs: settings.gongTimeoutMs,
  };
}
