import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { bearerMatches, bearerOf, tokenDigest } from '../../adapters/codec/bearer-token';
import { isLoopbackHost } from '../../adapters/codec/serve-codec';
import { GongWorkerError } from '../../api/gong-worker-error';

/** The one path the server answers on, as the MCP samples use. */
const MCP_PATH = '/mcp';

/** Options of {@link serveMcpOverHttp}. */
interface McpHttpOptions {
  host: string;
  port: number;
  /** When set, every request needs `Authorization: Bearer <token>`; required on a non-loopback host. */
  token: string | null;
  /** A fresh server for each session (an `McpServer` serves one transport). */
  newServer(): McpServer;
  /** One line per refused request (never the bearer). */
  log(line: string): void;
}

/** A running Streamable HTTP endpoint. */
interface McpHttpEndpoint {
  /** `http://host:port/mcp`. */
  url: string;
  stop(): Promise<void>;
}

/** An MCP server on the network without a token would run Gong requests for anyone who reaches it. */
export class McpServerExposedError extends GongWorkerError {
  override readonly name = 'McpServerExposedError';
  constructor(readonly host: string) {
    super(
      `the MCP server would run Gong requests for anyone who can reach ${host}: set MCP_SERVER_TOKEN (at least 16 characters) or bind a loopback address such as 127.0.0.1`,
    );
  }
}

/**
 * Serves MCP over Streamable HTTP on `host:port`, one session per client (progress and
 * cancellation need the session that started a call). A non-loopback host needs a token; on a
 * loopback host, requests naming another host are refused (DNS rebinding from a browser page).
 */
export async function serveMcpOverHttp(options: McpHttpOptions): Promise<McpHttpEndpoint> {
  const loopback = isLoopbackHost(options.host);
  if (!loopback && !options.token) throw new McpServerExposedError(options.host);
  const expected = options.token ? tokenDigest(options.token) : null;
  const sessions = new Map<string, StreamableHTTPServerTransport>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (new URL(request.url ?? '/', 'http://mcp').pathname !== MCP_PATH)
      return refuse(response, 404, 'not found');
    if (loopback && !isLoopbackHost(hostnameOf(request.headers.host))) {
      options.log(`mcp: refused a request for host ${request.headers.host ?? '(none)'}`);
      return refuse(response, 403, 'host not allowed');
    }
    if (expected && !bearerMatches(bearerOf(request.headers.authorization), expected)) {
      options.log('mcp: refused a request without the right bearer token');
      response.setHeader('WWW-Authenticate', 'Bearer');
      return refuse(response, 401, 'missing or wrong bearer token');
    }
    const sessionId = request.headers['mcp-session-id'];
    if (typeof sessionId === 'string') {
      const transport = sessions.get(sessionId);
      if (!transport) return refuse(response, 404, 'unknown session');
      return transport.handleRequest(request, response);
    }
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => void sessions.set(id, transport),
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    };
    await options.newServer().connect(transport);
    await transport.handleRequest(request, response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) refuse(response, 500, 'internal error');
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}${MCP_PATH}`,
    async stop() {
      await Promise.all([...sessions.values()].map((transport) => transport.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A JSON-RPC error body, as MCP clients read refusals. */
function refuse(response: ServerResponse, status: number, message: string): void {
  response
    .writeHead(status, { 'Content-Type': 'application/json' })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

/** `127.0.0.1` of `127.0.0.1:3000`, `::1` of `[::1]:3000`. */
function hostnameOf(header: string | undefined): string {
  if (!header) return '';
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d+$/, '');
}
