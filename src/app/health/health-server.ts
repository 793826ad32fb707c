import { createServer, type Server } from 'node:http';

/** Why the process is not ready, or null when it is. */
export type ReadinessCheck = () => Promise<string | null>;

/** A running probe endpoint. */
export interface HealthServer {
  /** `host:port` it listens on (the port the system chose when asked for 0). */
  address: string;
  close(): Promise<void>;
}

/**
 * Serves the probes a platform's orchestrator calls: `/livez` answers 200 while the process runs;
 * `/readyz` answers 200 when `ready` finds nothing wrong and 503 with the reason otherwise.
 */
export async function startHealthServer(address: string, ready: ReadinessCheck): Promise<HealthServer> {
  const separator = address.lastIndexOf(':');
  const host = address.slice(0, separator);
  const port = Number(address.slice(separator + 1));
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const reply = (status: number, text: string) => {
      response.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(`${text}\n`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'method not allowed');
    if (path === '/livez') return reply(200, 'ok');
    if (path !== '/readyz') return reply(404, 'not found: use /livez or /readyz');
    ready().then(
      (problem) => (problem === null ? reply(200, 'ready') : reply(503, `not ready: ${problem}`)),
      // The error's text stays in the process: the probe port may be reachable by anyone.
      () => reply(503, 'not ready: the readiness check failed'),
    );
  });
  await listen(server, host, port);
  const bound = server.address();
  const boundPort = typeof bound === 'object' && bound ? bound.port : port;
  return {
    address: `${host}:${boundPort}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
