import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { toApplicationFailure } from '../../src/activities/to-application-failure';
import { ModelError } from '../../src/answering';
import { FailureTypes } from '../../src/api/failure-types';
import {
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionNotFoundError,
  ConnectionStoreUnavailableError,
} from '../../src/connections/connection-store';
import { SecretKeyError } from '../../src/connections/secret-keys';
import { InvalidSettingsError } from '../../src/config/env';
import { GongPagingError } from '../../src/gong/page-guard';
import {
  GongApiError,
  GongResponseFormatError,
  GongTransportError,
  GongUrlNotAllowedError,
} from '../../src/gong/errors';

function gongError(status: number, message: string, retryAfterSeconds: number | null = null): GongApiError {
  return new GongApiError({
    status,
    method: 'GET',
    path: '/v2/users',
    errors: [message],
    requestId: 'req-123',
    retryAfterSeconds,
  });
}

/** The failure Temporal acts on; fails the test when the error was not translated. */
function failureFor(error: unknown): ApplicationFailure {
  const failure = toApplicationFailure(error);
  expect(failure).toBeInstanceOf(ApplicationFailure);
  return failure as ApplicationFailure;
}

describe('Gong answering with an error status', () => {
  it.each([401, 403])('%i fails at once as GongAuthError with Gong’s own message', (status) => {
    const failure = failureFor(gongError(status, 'Validate credentials failed.'));
    expect(failure).toMatchObject({
      type: FailureTypes.gongAuth,
      nonRetryable: true,
      message: 'Validate credentials failed.',
    });
  });

  it.each([400, 404, 422])(
    '%i fails at once as GongClientError, quoting Gong and naming the request',
    (status) => {
      const failure = failureFor(gongError(status, 'Malformed request'));
      expect(failure).toMatchObject({ type: FailureTypes.gongClient, nonRetryable: true });
      expect(failure.message).toBe(`Malformed request (HTTP ${status} on GET /v2/users)`);
    },
  );

  it('429 with Retry-After 7 is retried after exactly 7 seconds', () => {
    const failure = failureFor(gongError(429, 'API request limit exceeded', 7));
    expect(failure).toMatchObject({
      type: FailureTypes.gongRateLimited,
      nonRetryable: false,
      nextRetryDelay: 7000,
    });
  });

  it('429 without Retry-After is retried with the policy’s backoff', () => {
    const failure = failureFor(gongError(429, 'API request limit exceeded'));
    expect(failure).toMatchObject({ type: FailureTypes.gongRateLimited, nonRetryable: false });
    expect(failure.nextRetryDelay).toBeUndefined();
  });

  it.each([500, 503, 408])('%i is retried as GongServerError', (status) => {
    const failure = failureFor(gongError(status, 'Service temporarily unavailable'));
    expect(failure).toMatchObject({
      type: FailureTypes.gongServer,
      nonRetryable: false,
      message: 'Service temporarily unavailable',
    });
    expect(failure.nextRetryDelay).toBeUndefined();
  });

  it('carries the status, request id and Gong’s errors in the details', () => {
    const failure = failureFor(gongError(403, 'Access denied'));
    expect(failure.details).toEqual([{ status: 403, requestId: 'req-123', errors: ['Access denied'] }]);
  });
});

describe('Gong not answering properly', () => {
  it('a network error or timeout is retried', () => {
    const failure = failureFor(new GongTransportError('GET', '/v2/users', 'timed out after 1000 ms', true));
    expect(failure).toMatchObject({
      type: FailureTypes.gongTransport,
      nonRetryable: false,
      message: 'Gong request GET /v2/users failed: timed out after 1000 ms',
    });
  });

  it('a 2xx body of the wrong shape fails at once', () => {
    const failure = failureFor(new GongResponseFormatError('/v2/users', 'users: expected array'));
    expect(failure).toMatchObject({
      type: FailureTypes.gongFormat,
      nonRetryable: true,
      message: 'Gong returned an unexpected response for /v2/users: users: expected array',
    });
  });
});

describe('requests refused before reaching Gong', () => {
  it('a URL outside *.gong.io fails at once', () => {
    const failure = failureFor(new GongUrlNotAllowedError('host "evil.example.com" is not a *.gong.io host'));
    expect(failure).toMatchObject({ type: FailureTypes.urlNotAllowed, nonRetryable: true });
    expect(failure.message).toMatch(/^Request URL is not allowed: host "evil.example.com"/);
  });

  it('an unknown connection fails at once', () => {
    const failure = failureFor(new ConnectionNotFoundError('nobody'));
    expect(failure).toMatchObject({
      type: FailureTypes.connectionNotFound,
      nonRetryable: true,
      message: 'Gong connection "nobody" does not exist',
    });
  });
});

describe('the connection store', () => {
  it('a connection held by another process is retried as ConnectionBusy', () => {
    const failure = failureFor(new ConnectionBusyError('acme-prod', 'lock held'));
    expect(failure).toMatchObject({ type: FailureTypes.connectionBusy, nonRetryable: false });
  });

  it('a store that cannot be reached is retried as ConnectionStoreUnavailable', () => {
    const failure = failureFor(new ConnectionStoreUnavailableError('connection refused'));
    expect(failure).toMatchObject({
      type: FailureTypes.connectionStoreUnavailable,
      nonRetryable: false,
      message: 'The connection store (PostgreSQL) is unavailable: connection refused',
    });
  });

  it('a connection that does not read fails at once as ConnectionCorrupt', () => {
    const failure = failureFor(new ConnectionCorruptError('acme-prod', 'not JSON'));
    expect(failure).toMatchObject({ type: FailureTypes.connectionCorrupt, nonRetryable: true });
  });

  it('a secret sealed with a key the worker lacks fails at once as ConnectionCorrupt', () => {
    const failure = failureFor(new SecretKeyError('no key "old" in GONG_SECRETS_KEYS'));
    expect(failure).toMatchObject({
      type: FailureTypes.connectionCorrupt,
      nonRetryable: true,
      message: 'no key "old" in GONG_SECRETS_KEYS',
    });
  });
});

describe('Gong paging without end', () => {
  it('fails at once as GongPagingError', () => {
    const failure = failureFor(new GongPagingError('call listing', 'cursor repeated'));
    expect(failure).toMatchObject({ type: FailureTypes.gongPaging, nonRetryable: true });
  });
});

describe('a model failure the answerer could not answer around (OPENAI_FALLBACK=fail)', () => {
  it.each([
    ['model_unavailable', FailureTypes.modelUnavailable],
    ['model_rejected_request', FailureTypes.modelRejectedRequest],
    ['model_context_exceeded', FailureTypes.modelContextExceeded],
    ['model_timeout', FailureTypes.modelTimeout],
    ['model_bad_reply', FailureTypes.modelBadReply],
  ] as const)('%s fails at once as %s: retrying would read the calls from Gong again', (kind, type) => {
    const failure = failureFor(new ModelError(kind, 'The model server answered HTTP 503: busy', true));
    expect(failure).toMatchObject({
      type,
      nonRetryable: true,
      message: 'The model server answered HTTP 503: busy',
      details: [{ modelErrorKind: kind }],
    });
  });
});

describe('anything else', () => {
  it('an ApplicationFailure passes through unchanged', () => {
    const original = ApplicationFailure.nonRetryable('already decided', 'SomethingElse');
    expect(toApplicationFailure(original)).toBe(original);
  });

  it('a worker error no run raises (a settings error) is left as it is', () => {
    const original = new InvalidSettingsError([{ variable: 'GONG_TIMEOUT_MS', message: 'not a number' }]);
    expect(toApplicationFailure(original)).toBe(original);
  });

  it('an unexpected error is left for Temporal to retry as it is', () => {
    const original = new TypeError('boom');
    expect(toApplicationFailure(original)).toBe(original);
  });
});
