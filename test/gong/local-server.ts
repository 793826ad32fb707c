import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tiny loopback HTTP server answering every request with whatever `respond` writes. */
export interface LocalServer {
  url: string;
  port: number;
  /** Paths (with query) of the requests received, in order. */
  paths: string[];
  close(): Promise<void>;
}

/** Starts a loopback server; `respond` answers each request. */
export async function startLocalServer(
  respond: (req: IncomingMessage, res: ServerResponse, port: number) => void,
): Promise<LocalServer> {
  const paths: string[] = [];
  let port = 0;
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    req.resume();
    req.on('end', () => respond(req, res, port));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    paths,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A responder answering with `status` and `body` as JSON (or raw text when `body` is a string). */
export function answerWith(status: number, body: unknown, headers: Record<string, string> = {}) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(text);
  };
}
