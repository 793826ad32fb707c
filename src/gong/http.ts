import { buildGongUrl } from './base-url';
import { errorEnvelopeSchema } from './schemas';
import { GongApiError, GongResponseFormatError, GongTransportError } from './errors';
import { DEFAULT_MAX_RESPONSE_BYTES, readLimitedText, ResponseTooLargeError } from './limited-body';
import { gongRedactor, JsonTooDeepError, redactDeep } from './redact';
import type { RequestPacer } from './request-pacer';
import { DEFAULT_MAX_RETRY_AFTER_SECONDS } from './retry-after-limit';
import { pathTemplate, type GongRequestObserver, type GongRequestOutcome } from './request-observer';

/** The subset of `fetch` the client needs; injected so tests and the simulator route need no globals. */
export type FetchLike = (input: URL, init: RequestInit) => Promise<Response>;

/** What a connection contributes to a request. Held only inside the worker process. */
export interface GongCredentials {
  baseUrl: string;
  accessKey: string;
  accessKeySecret: string;
}

/** One request to the Gong API. */
export interface GongRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Gong's answer, whatever its status. */
export interface GongResponse {
  status: number;
  body: unknown;
  requestId: string | null;
  retryAfterSeconds: number | null;
}

/** `Authorization: Basic base64(key:secret)`, as Gong documents it. */
export function basicAuthorization(accessKey: string, accessKeySecret: string): string {
  return `Basic ${Buffer.from(`${accessKey}:${accessKeySecret}`, 'utf8').toString('base64')}`;
}

/** Reads `Retry-After` as seconds: an integer, or an HTTP date relative to `now`. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/**
 * Sends one request and returns Gong's answer without judging its status. Redirects are
 * never followed (a 3xx could point at another host); the allowlist is enforced before I/O.
 */
export async function sendGongRequest(
  credentials: GongCredentials,
  request: GongRequest,
  options: {
    fetch: FetchLike;
    timeoutMs: number;
    pacer?: RequestPacer;
    maxResponseBytes?: number;
    observer?: GongRequestObserver;
  },
): Promise<GongResponse> {
  const url = buildGongUrl(credentials.baseUrl, request.path, request.query);
  const { pacer, observer } = options;
  // Paced before the timeout starts: waiting for a slot is not the request being slow.
  try {
    if (pacer) {
      const wait = () => pacer.wait(url.host, request.signal);
      await (observer ? observer.paced(url.host, wait) : wait());
    }
  } catch {
    throw new GongTransportError(request.method, request.path, 'cancelled', false);
  }
  if (!observer) return exchange(credentials, request, url, options, () => undefined);
  const start = { method: request.method, host: url.host, pathTemplate: pathTemplate(request.path) };
  return observer.request(start, (report) => exchange(credentials, request, url, options, report));
}

/** The HTTP exchange of {@link sendGongRequest}, after pacing; reports its outcome once. */
async function exchange(
  credentials: GongCredentials,
  request: GongRequest,
  url: URL,
  options: { fetch: FetchLike; timeoutMs: number; pacer?: RequestPacer; maxResponseBytes?: number },
  report: (outcome: GongRequestOutcome) => void,
): Promise<GongResponse> {
  // Whatever Gong (or something posing as it) echoes of the credentials never goes further.
  const redact = gongRedactor(credentials);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    authorization: basicAuthorization(credentials.accessKey, credentials.accessKeySecret),
    accept: 'application/json',
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  let raw: string;
  try {
    // Told at the moment of sending, however late after its grant the event loop got here.
    const answered = options.pacer?.sent?.(url.host);
    try {
      response = await options.fetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal,
      });
    } finally {
      // Gong counted the request before it answered: from here its arrival is known to be past.
      answered?.();
    }
    raw = await readLimitedText(
      response,
      options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      `Gong (${request.method} ${request.path})`,
      'GONG_MAX_RESPONSE_BYTES',
    );
  } catch (error) {
    const none = { status: null, requestId: null, retryAfterSeconds: null, bytes: 0 };
    if (error instanceof ResponseTooLargeError) {
      report({ ...none, failure: 'too-large' });
      throw error;
    }
    const timedOut = timeout.aborted;
    const cancelled = !timedOut && request.signal?.aborted === true;
    report({ ...none, failure: timedOut ? 'timeout' : cancelled ? 'cancelled' : 'network' });
    const reason = timedOut
      ? `timed out after ${options.timeoutMs} ms`
      : cancelled
        ? 'cancelled'
        : redact(describeCause(error));
    throw new GongTransportError(request.method, request.path, reason, timedOut);
  }

  // Parsed first: a JSON escape (`\u0041`) must not hide a secret from the redaction.
  let body: unknown;
  try {
    body = redactDeep(parseJson(raw), redact);
  } catch (error) {
    if (error instanceof JsonTooDeepError) throw new GongResponseFormatError(request.path, error.message);
    throw error;
  }
  const envelope = errorEnvelopeSchema.safeParse(body);
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  if (response.status === 429) {
    // Every run sharing the pacer waits too, instead of each collecting its own 429.
    // Capped: a wait longer than any run honours would only hold up the host's other runs.
    const holdOff = Math.min(retryAfterSeconds ?? 1, DEFAULT_MAX_RETRY_AFTER_SECONDS);
    await options.pacer?.holdOff?.(url.host, holdOff);
  }
  const answer = {
    status: response.status,
    body,
    requestId: envelope.success ? (envelope.data.requestId ?? null) : null,
    retryAfterSeconds,
  };
  report({
    status: answer.status,
    requestId: answer.requestId,
    retryAfterSeconds: answer.retryAfterSeconds,
    bytes: Buffer.byteLength(raw, 'utf8'),
    failure: null,
  });
  return answer;
}

/** Turns a non-2xx answer into a {@link GongApiError}; 3xx included, since redirects are refused. */
export function toGongApiError(request: GongRequest, response: GongResponse): GongApiError {
  const envelope = errorEnvelopeSchema.safeParse(response.body);
  const errors =
    envelope.success && envelope.data.errors && envelope.data.errors.length > 0
      ? envelope.data.errors
      : [response.status >= 300 && response.status < 400 ? 'redirect refused' : `HTTP ${response.status}`];
  return new GongApiError({
    status: response.status,
    method: request.method,
    path: request.path,
    errors,
    requestId: response.requestId,
    retryAfterSeconds: response.retryAfterSeconds,
  });
}

function parseJson(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
