import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ActivityDeps } from '../../src/activities';
import { routeToSimulator } from '../../src/app/simulator-route';
import { startLocalServer, type LocalServer } from '../gong/local-server';

/**
 * A misbehaving upstream on loopback, standing in for a broken Gong: requests for the test
 * connection's `*.gong.io` host reach it through the same simulator route production uses, so
 * the allowlist still runs on the real URL.
 */
export interface BrokenGong {
  server: LocalServer;
  /** Activity deps overrides that send Gong requests to this server. */
  deps: Partial<ActivityDeps>;
  close(): Promise<void>;
}

/** Starts a broken Gong answering every request with `respond`. */
export async function startBrokenGong(
  respond: (req: IncomingMessage, res: ServerResponse, port: number) => void,
  overrides: Partial<ActivityDeps> = {},
): Promise<BrokenGong> {
  const server = await startLocalServer(respond);
  return {
    server,
    deps: {
      fetch: routeToSimulator(
        server.url,
        (input, init) => fetch(input, init),
        () => undefined,
      ),
      ...overrides,
    },
    close: () => server.close(),
  };
}
