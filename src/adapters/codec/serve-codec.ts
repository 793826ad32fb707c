import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GongWorkerError } from '../../api/gong-worker-error';
import { describeIssues } from '../../wording/field-issues';
import type { AccessTokenVerifier } from './access-token-verifier';
import { bearerMatches, bearerOf, tokenDigest } from './bearer-token';
import { createEncryptionCodec, PayloadDecryptionError } from './aes-gcm-codec';
import type { EncryptionKeys } from './encryption-keys';
import { payloadFromJson, payloadsBodySchema, payloadToJson } from './payload-json';

/** The dev server's Web UI, the default allowed origin. */
export const DEV_UI_ORIGIN = 'http://localhost:8233';
/** Largest request body accepted (a batch of payloads, each at most 2 MB in Temporal). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/**
 * Most payloads one request may carry. The Web UI and the CLI send one event's payloads (a few)
 * per request; a body of millions of tiny payloads would otherwise hold the server for a minute.
 */
export const MAX_PAYLOADS_PER_REQUEST = 1_000;
const OPEN_BRACE = 0x7b;
/** A payload is an object with a `metadata` object: a body with far more objects is not a batch of at most the cap. */
const MAX_OBJECTS_PER_REQUEST = 4 * MAX_PAYLOADS_PER_REQUEST + 1;
/** Payloads validated and decoded between two yields to the event loop, so other requests get answered. */
const PAYLOADS_PER_TURN = 50;
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
  /** When set, every encode/decode request needs `Authorization: Bearer <token>` (or an access token below). */
  token?: string | null;
  /**
   * When set, a bearer that is not `token` is accepted if it is a valid access token of the identity
   * provider (the Web UI forwards its signed-in user's with `codec.passAccessToken`).
   */
  accessTokens?: AccessTokenVerifier | null;
  /** Receives one line per refused request (never payload contents). */
  log?: (line: string) => void;
  /** Serve a non-loopback `host` without a token; without it that is refused. */
  insecureNoToken?: boolean;
}

/** A codec server would hand decrypted payloads to anyone on the network. */
export class CodecServerExposedError extends GongWorkerError {
  override readonly name = 'CodecServerExposedError';
  constructor(readonly host: string) {
    super(
      `the codec server would decrypt payloads for anyone who can reach ${host}: set CODEC_SERVER_TOKEN ` +
        '(at least 16 characters) or, behind a proxy that checks callers, pass --insecure-no-token',
    );
  }
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1'
  );
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
  const host = options.host ?? '127.0.0.1';
  const accessTokens = options.accessTokens ?? null;
  if (!isLoopbackHost(host) && !options.token && !accessTokens && !options.insecureNoToken) {
    throw new CodecServerExposedError(host);
  }
  const codec = createEncryptionCodec(options.keys);
  const origins = new Set((options.corsOrigins ?? [DEV_UI_ORIGIN]).map(normalizeOrigin));
  const expected = options.token ? tokenDigest(options.token) : null;
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
    if (expected || accessTokens) {
      const refusal = await authorize(request.headers.authorization, expected, accessTokens);
      if (refusal) {
        log(`codec server: refused ${path}: ${refusal.reason}`);
        if (refusal.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
        return send(response, refusal.status, { error: refusal.reason });
      }
    }
    const body = await readBody(request);
    if ('tooLarge' in body) return send(response, 413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    if ('objects' in body) {
      log(`codec server: refused ${path} of ${body.objects} JSON objects`);
      return send(response, 413, {
        error: `${body.objects} JSON objects in one request; at most ${MAX_PAYLOADS_PER_REQUEST} payloads are accepted`,
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return send(response, 400, { error: 'body is not JSON' });
    }
    const count = payloadCount(json);
    if (count > MAX_PAYLOADS_PER_REQUEST) {
      log(`codec server: refused ${path} of ${count} payloads`);
      return send(response, 413, {
        error: `${count} payloads in one request; at most ${MAX_PAYLOADS_PER_REQUEST} are accepted`,
      });
    }
    const parsed = payloadsBodySchema.safeParse(json);
    if (!parsed.success) return send(response, 400, { error: describeIssues(parsed.error, 3) });
    try {
      // A turn at a time, serialised as it goes: no single step holds the event loop for the whole batch.
      const parts: string[] = [];
      for (let start = 0; start < parsed.data.payloads.length; start += PAYLOADS_PER_TURN) {
        const payloads = parsed.data.payloads.slice(start, start + PAYLOADS_PER_TURN).map(payloadFromJson);
        const done = path === '/encode' ? await codec.encode(payloads) : await codec.decode(payloads);
        parts.push(...done.map((payload) => JSON.stringify(payloadToJson(payload))));
        await new Promise((resolve) => setImmediate(resolve));
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return void response.end(`{"payloads":[${parts.join(',')}]}`);
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // The address actually bound (`localhost` resolved, `0.0.0.0` as is), so the URL says who can reach it.
  const { port, address } = server.address() as AddressInfo;
  const urlHost = address.includes(':') ? `[${address}]` : address;
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

/** How many payloads a parsed body holds, read before validating them one by one. */
function payloadCount(json: unknown): number {
  const payloads =
    typeof json === 'object' && json !== null ? (json as { payloads?: unknown }).payloads : null;
  return Array.isArray(payloads) ? payloads.length : 0;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** Why a request's bearer was refused (never the bearer itself). */
interface Refusal {
  status: 401 | 503;
  reason: string;
}

/** The static token (scripts) first, else the identity provider's access token (the Web UI's users). */
async function authorize(
  header: string | undefined,
  expected: Buffer | null,
  accessTokens: AccessTokenVerifier | null,
): Promise<Refusal | null> {
  const bearer = bearerOf(header);
  if (expected && bearerMatches(bearer, expected)) return null;
  if (bearer === null) return { status: 401, reason: 'missing bearer token' };
  if (!accessTokens) return { status: 401, reason: 'wrong bearer token' };
  const check = await accessTokens.check(bearer);
  return check.ok ? null : { status: check.status, reason: check.reason };
}

function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/** A body read whole, or why it was not: over the byte limit, or holding too many JSON objects. */
type Body = { text: string } | { tooLarge: true } | { objects: number };

/**
 * Reads the body, counting its JSON objects (`{`) chunk by chunk as it arrives: a body of millions
 * of tiny payloads is refused before `JSON.parse` (seconds of blocked event loop) ever sees it.
 */
async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  let objects = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { tooLarge: true };
    for (let index = chunk.indexOf(OPEN_BRACE); index !== -1; index = chunk.indexOf(OPEN_BRACE, index + 1)) {
      objects += 1;
    }
    chunks.push(chunk);
  }
  if (objects > MAX_OBJECTS_PER_REQUEST) return { objects };
  return { text: Buffer.concat(chunks).toString('utf8') };
}
