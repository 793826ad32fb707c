import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, DEFAULT_SIM_ACCOUNT, type SimulatorAccount } from './auth';
import { createCursorCodec } from './cursors';
import { createDataSet } from './data-set';
import { GongHttpError, INVALID_CREDENTIALS } from './errors';
import { createFaultQueue, type SimFault } from './faults';
import { newRequestId, readBodyText, sendJson } from './http-io';
import { createRateLimiter } from './rate-limiter';
import { resolveRoute } from './routes';
import type { SimDataSet } from './types';

/** Options of {@link startGongSimulator}. */
export interface GongSimulatorOptions {
  /** Default 0 (an ephemeral port). The simulator always binds 127.0.0.1. */
  port?: number;
  /** Default `createDataSet({ seed: 42, now: new Date() })`. */
  dataSet?: SimDataSet;
  /** Default `[DEFAULT_SIM_ACCOUNT]`. */
  accounts?: SimulatorAccount[];
  /** Per account, in any one-second window. Default 3. Over it: 429 with `Retry-After: 1`. */
  requestsPerSecond?: number;
  /** Per account per UTC day. Default 10000. Over it: 429 with `Retry-After` = seconds to next UTC midnight. */
  dailyQuota?: number;
  /** Default 10 minutes. An expired cursor gets 400 `cursor has expired`. */
  cursorTtlMs?: number;
  /** Delay added before each response. Default 0. */
  latencyMs?: number;
  /** Clock for cursors and rate limits. Default `() => new Date()`. */
  now?: () => Date;
}

/** A request the simulator received, with the status it answered. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON when the body is JSON, the raw text otherwise, null when empty. */
  body: unknown;
  accessKey: string | null;
  status: number;
  host: string | undefined;
  at: Date;
}

/** A running simulator. */
export interface GongSimulator {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  port: number;
  /** The data served. Mutable: tests may replace it or its `calls` / `users`. */
  dataSet: SimDataSet;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  clearRequests(): void;
  /** The next matching request(s) get this status and a Gong error body instead of the real answer. */
  injectFault(fault: SimFault): void;
  setLatency(ms: number): void;
  stop(): Promise<void>;
}

/** Starts a Gong API v2 simulator on loopback. */
export async function startGongSimulator(options: GongSimulatorOptions = {}): Promise<GongSimulator> {
  const now = options.now ?? (() => new Date());
  const accounts = options.accounts ?? [DEFAULT_SIM_ACCOUNT];
  const cursors = createCursorCodec(options.cursorTtlMs ?? 10 * 60_000, now);
  const limiter = createRateLimiter({
    requestsPerSecond: options.requestsPerSecond ?? 3,
    dailyQuota: options.dailyQuota ?? 10_000,
  });
  const faults = createFaultQueue();
  let latencyMs = options.latencyMs ?? 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const bodyText = await readBodyText(req);
    const accessKey = authenticate(req.headers.authorization, accounts);
    let status: number;
    let body: Record<string, unknown>;
    let headers: Record<string, string> = {};
    try {
      // Credentials are checked first, even for unknown paths, and rejected requests do not count.
      if (accessKey === null) {
        throw new GongHttpError(401, [INVALID_CREDENTIALS], {
          'www-authenticate': 'Basic realm="Gong.io API"',
        });
      }
      limiter.admit(accessKey, at);
      const fault = faults.take(method, url.pathname);
      if (fault) throw fault;
      const route = resolveRoute(method, url.pathname);
      const result = route.handle({
        path: url.pathname,
        query: url.searchParams,
        bodyText,
        params: route.params,
        dataSet: simulator.dataSet,
        cursors,
      });
      status = 200;
      body = { requestId: newRequestId(), ...result };
    } catch (error) {
      const failure = error instanceof GongHttpError ? error : unexpected(error);
      status = failure.status;
      body = { requestId: newRequestId(), errors: failure.errors };
      headers = failure.headers;
    }
    simulator.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parseRecordedBody(bodyText),
      accessKey,
      status,
      host: req.headers.host,
      at,
    });
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    sendJson(res, status, body, headers);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { requestId: newRequestId(), errors: [String(error)] });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const simulator: GongSimulator = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataSet: options.dataSet ?? createDataSet({ seed: 42, now: new Date() }),
    requests: [],
    clearRequests() {
      simulator.requests.length = 0;
    },
    injectFault(fault) {
      faults.add(fault);
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    stop() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
  return simulator;
}

function unexpected(error: unknown): GongHttpError {
  return new GongHttpError(500, [
    `Failed to complete the operation due to an unexpected error: ${error instanceof Error ? error.message : String(error)}`,
  ]);
}

function parseRecordedBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
