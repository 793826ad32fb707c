import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeIssues } from '../validation/field-issues';
import { createEncryptionCodec, PayloadDecryptionError } from './aes-gcm-codec';
import type { EncryptionKeys } from './encryption-keys';
import { payloadFromJson, payloadsBodySchema, payloadToJson } from './payload-json';

/** The dev server's Web UI, the default allowed origin. */
export const DEV_UI_ORIGIN = 'http://localhost:8233';
/** Largest request body accepted (a batch of payloads, each at most 2 MB in Temporal). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const ALLOWED_HEADERS = 'Content-Type, X-Namespace, Authorization';

/** Options of {@link startCodecServer}. */
export interface CodecServerOptions {
  keys: EncryptionKeys;
  /** Defaults to 127.0.0.1: decrypted histories stay on this machine unless told otherwise. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Web UI origins allowed by CORS, e.g. `http://localhost:8233`. */
  corsOrigins?: readonly string[];
  /** When set, every encode/decode request needs `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Receives one line per refused request (never payload contents). */
  log?: (line: string) => void;
}

/** A running codec server. */
export interface CodecServer {
  /** `http://host:port`, the value of the Web UI's codec endpoint. */
  url: string;
  port: number;
  /** Allows one more Web UI origin (the dev server's UI port is known only after it starts). */
  allowOrigin(origin: string): void;
  stop(): Promise<void>;
}

/**
 * Serves Temporal's remote codec protocol: `POST /encode` and `POST /decode` with JSON
 * `{ payloads: [...] }` (the Web UI and `temporal --codec-endpoint` send the `X-Namespace` header).
 * Only payloads of this codec are decoded; others come back unchanged.
 */
export async function startCodecServer(options: CodecServerOptions): Promise<CodecServer> {
  const codec = createEncryptionCodec(options.keys);
  const origins = new Set((options.corsOrigins ?? [DEV_UI_ORIGIN]).map(normalizeOrigin));
  const expected = options.token ? digest(options.token) : null;
  const log = options.log ?? (() => undefined);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!origins.has(normalizeOrigin(origin))) {
        log(`codec server: refused origin ${origin}`);
        return send(response, 403, { error: 'origin not allowed' });
      }
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Vary', 'Origin');
    }
    const path = new URL(request.url ?? '/', 'http://codec').pathname;
    if (path !== '/encode' && path !== '/decode') return send(response, 404, { error: 'not found' });
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      response.setHeader('Access-Control-Max-Age', '600');
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'POST') return send(response, 405, { error: 'use POST' });
    if (expected && !bearerMatches(request.headers.authorization, expected)) {
      log(`codec server: refused ${path} without a valid bearer token`);
      response.setHeader('WWW-Authenticate', 'Bearer');
      return send(response, 401, { error: 'missing or wrong bearer token' });
    }
    const body = await readBody(request);
    if (body === null) return send(response, 413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return send(response, 400, { error: 'body is not JSON' });
    }
    const parsed = payloadsBodySchema.safeParse(json);
    if (!parsed.success) return send(response, 400, { error: describeIssues(parsed.error, 3) });
    const payloads = parsed.data.payloads.map(payloadFromJson);
    try {
      const result = path === '/encode' ? await codec.encode(payloads) : await codec.decode(payloads);
      return send(response, 200, { payloads: result.map(payloadToJson) });
    } catch (error) {
      if (!(error instanceof PayloadDecryptionError)) throw error;
      return send(response, 400, { error: error.message });
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`codec server: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, { error: 'internal error' });
      else response.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    allowOrigin: (origin) => void origins.add(normalizeOrigin(origin)),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** Compares digests so neither the token's content nor its length leaks through timing. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return timingSafeEqual(digest(match?.[1]?.trim() ?? ''), expected) && match !== null;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
