import { FailureTypes, type FailureType } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';

/**
 * Typed errors of the Gong client. None of them ever carries credentials: messages name the
 * method, path and Gong's own error text only.
 */

/** The request URL is outside the allowlist (`https://*.gong.io`); raised before any network I/O. */
export class GongUrlNotAllowedError extends GongWorkerError {
  override readonly name = 'GongUrlNotAllowedError';
  override readonly failureType = FailureTypes.urlNotAllowed;
  constructor(readonly reason: string) {
    super(`Request URL is not allowed: ${reason}. Only https://*.gong.io hosts may be contacted.`);
  }
}

/** What Gong said about a failed request. */
export interface GongErrorDetails {
  status: number;
  method: string;
  path: string;
  /** Gong's `errors[]`, verbatim. */
  errors: string[];
  requestId: string | null;
  /** Seconds from the `Retry-After` header, when Gong sent one. */
  retryAfterSeconds: number | null;
}

/**
 * Gong answered with a non-2xx status. Bad credentials (401/403) and other 4xx fail at once;
 * 429 is retried after Gong's `Retry-After`, 5xx and 408 with the policy's backoff.
 */
export class GongApiError extends GongWorkerError {
  override readonly name = 'GongApiError';
  override readonly failureType: FailureType;
  override readonly retryable: boolean;
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly errors: string[];
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(details: GongErrorDetails) {
    const text = details.errors.length > 0 ? details.errors.join('; ') : 'no error message';
    const id = details.requestId ? ` (requestId ${details.requestId})` : '';
    super(`Gong API ${details.status} on ${details.method} ${details.path}: ${text}${id}`);
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.errors = details.errors;
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.failureType = failureTypeOfStatus(details.status);
    this.retryable =
      this.failureType === FailureTypes.gongRateLimited || this.failureType === FailureTypes.gongServer;
  }

  override get nextRetryDelayMs(): number | undefined {
    return this.status === 429 && this.retryAfterSeconds !== null ? this.retryAfterSeconds * 1000 : undefined;
  }

  /** Gong's own words; a plain 4xx names the request too, since the caller's request is what to fix. */
  override get failureMessage(): string {
    return this.failureType === FailureTypes.gongClient
      ? `${this.gongMessage} (HTTP ${this.status} on ${this.method} ${this.path})`
      : this.gongMessage;
  }

  override get failureDetails(): unknown[] {
    return [{ status: this.status, requestId: this.requestId, errors: this.errors }];
  }

  /** Gong's own message, as its UI would show it. */
  get gongMessage(): string {
    return this.errors.join('; ') || `HTTP ${this.status}`;
  }

  /** A listing cursor that Gong no longer accepts; retrying it never helps. */
  get isCursorExpired(): boolean {
    return this.status === 400 && this.errors.some((e) => /cursor has expired/i.test(e));
  }
}

/** Gong answered 2xx but the body does not have the documented shape. */
export class GongResponseFormatError extends GongWorkerError {
  override readonly name = 'GongResponseFormatError';
  override readonly failureType = FailureTypes.gongFormat;
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`Gong returned an unexpected response for ${path}: ${issues}`);
  }
}

/** The request never got an HTTP answer: DNS, connection, TLS, timeout or cancellation. */
export class GongTransportError extends GongWorkerError {
  override readonly name = 'GongTransportError';
  override readonly failureType = FailureTypes.gongTransport;
  // No HTTP answer: the next attempt may well get one.
  override readonly retryable = true;
  constructor(
    readonly method: string,
    readonly path: string,
    readonly reason: string,
    readonly timedOut: boolean,
  ) {
    super(`Gong request ${method} ${path} failed: ${reason}`);
  }
}

/** The failure type of a Gong status: auth, rate limit, server trouble, or the request's own fault. */
function failureTypeOfStatus(status: number): FailureType {
  if (status === 401 || status === 403) return FailureTypes.gongAuth;
  if (status === 429) return FailureTypes.gongRateLimited;
  if (status >= 500 || status === 408) return FailureTypes.gongServer;
  return FailureTypes.gongClient;
}
