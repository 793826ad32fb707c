/**
 * Typed errors of the Gong client. None of them ever carries credentials: messages name the
 * method, path and Gong's own error text only.
 */

/** The request URL is outside the allowlist (`https://*.gong.io`); raised before any network I/O. */
export class GongUrlNotAllowedError extends Error {
  override readonly name = 'GongUrlNotAllowedError';
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

/** Gong answered with a non-2xx status. */
export class GongApiError extends Error {
  override readonly name = 'GongApiError';
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
export class GongResponseFormatError extends Error {
  override readonly name = 'GongResponseFormatError';
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`Gong returned an unexpected response for ${path}: ${issues}`);
  }
}

/** The request never got an HTTP answer: DNS, connection, TLS, timeout or cancellation. */
export class GongTransportError extends Error {
  override readonly name = 'GongTransportError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly reason: string,
    readonly timedOut: boolean,
  ) {
    super(`Gong request ${method} ${path} failed: ${reason}`);
  }
}
