import { ApplicationFailure } from '@temporalio/common';
import OpenAI from 'openai';
import {
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionNotFoundError,
  ConnectionStoreUnavailableError,
} from '../connections/connection-store';
import { SecretKeyError } from '../connections/secret-keys';
import {
  GongApiError,
  GongResponseFormatError,
  GongTransportError,
  GongUrlNotAllowedError,
} from '../gong/errors';
import { FailureTypes } from '../api/failure-types';
import { parseRetryAfter } from '../gong/http';
import { ResponseTooLargeError } from '../gong/limited-body';
import { GongPagingError } from '../gong/page-guard';
import {
  DEFAULT_MAX_RETRY_AFTER_SECONDS,
  isRetryAfterTooLong,
  RetryAfterTooLongError,
} from '../gong/retry-after-limit';

/** Limits the translation applies; see {@link toApplicationFailure}. */
export interface FailureLimits {
  /** The longest `Retry-After` honoured; a longer one fails the run non-retryably. */
  maxRetryAfterSeconds: number;
}

const DEFAULT_LIMITS: FailureLimits = { maxRetryAfterSeconds: DEFAULT_MAX_RETRY_AFTER_SECONDS };

/**
 * Translates an error from the domain code into the failure Temporal should act on:
 * non-retryable when retrying cannot help (bad credentials, bad request, disallowed URL),
 * retryable with Gong's or OpenAI's `Retry-After` as the next delay on 429 (non-retryable when
 * it is longer than `limits.maxRetryAfterSeconds`), retryable with backoff for 5xx and network
 * trouble. Messages carry the upstream's own text, never secrets.
 */
export function toApplicationFailure(error: unknown, limits: FailureLimits = DEFAULT_LIMITS): unknown {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof RetryAfterTooLongError) return fromRetryAfterTooLong(error);
  // The OpenAI SDK wraps what its fetch throws, so the cause is looked at too.
  const tooLarge = [error, error instanceof Error ? error.cause : undefined].find(
    (e) => e instanceof ResponseTooLargeError,
  );
  if (tooLarge) return ApplicationFailure.nonRetryable(tooLarge.message, FailureTypes.responseTooLarge);
  if (error instanceof GongApiError) {
    if (error.status === 429 && isRetryAfterTooLong(error.retryAfterSeconds, limits.maxRetryAfterSeconds)) {
      return fromRetryAfterTooLong(
        new RetryAfterTooLongError(
          'Gong',
          error.retryAfterSeconds,
          limits.maxRetryAfterSeconds,
          error.gongMessage,
        ),
      );
    }
    return fromGongApiError(error);
  }
  if (error instanceof GongUrlNotAllowedError) {
    return ApplicationFailure.nonRetryable(error.message, FailureTypes.urlNotAllowed);
  }
  if (error instanceof ConnectionCorruptError) {
    return ApplicationFailure.nonRetryable(error.message, FailureTypes.connectionCorrupt);
  }
  if (error instanceof ConnectionNotFoundError) {
    return ApplicationFailure.nonRetryable(error.message, FailureTypes.connectionNotFound);
  }
  if (error instanceof SecretKeyError) {
    // A missing or wrong GONG_SECRETS_KEYS entry: only the operator can fix it.
    return ApplicationFailure.nonRetryable(error.message, FailureTypes.connectionCorrupt);
  }
  if (error instanceof ConnectionStoreUnavailableError) {
    // The store, not the Gong connection, is down: a later attempt can read it.
    return ApplicationFailure.retryable(error.message, FailureTypes.connectionStoreUnavailable);
  }
  if (error instanceof ConnectionBusyError) {
    return ApplicationFailure.retryable(error.message, FailureTypes.connectionBusy);
  }
  if (error instanceof GongResponseFormatError) {
    return ApplicationFailure.nonRetryable(error.message, FailureTypes.gongFormat);
  }
  if (error instanceof GongPagingError) {
    return ApplicationFailure.nonRetryable(error.message, FailureTypes.gongPaging);
  }
  if (error instanceof GongTransportError) {
    return ApplicationFailure.retryable(error.message, FailureTypes.gongTransport);
  }
  if (error instanceof OpenAI.APIError) return fromOpenAiError(error, limits);
  return error;
}

function fromRetryAfterTooLong(error: RetryAfterTooLongError): ApplicationFailure {
  return ApplicationFailure.create({
    message: error.message,
    type: FailureTypes.retryAfterTooLong,
    nonRetryable: true,
    details: [
      { retryAfterSeconds: error.retryAfterSeconds, maxRetryAfterSeconds: error.maxRetryAfterSeconds },
    ],
  });
}

function fromGongApiError(error: GongApiError): ApplicationFailure {
  const message = error.gongMessage;
  const details = [{ status: error.status, requestId: error.requestId, errors: error.errors }];
  if (error.status === 401 || error.status === 403) {
    return ApplicationFailure.create({ message, type: FailureTypes.gongAuth, nonRetryable: true, details });
  }
  if (error.status === 429) {
    return ApplicationFailure.create({
      message,
      type: FailureTypes.gongRateLimited,
      details,
      nextRetryDelay: error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : undefined,
    });
  }
  if (error.status >= 500 || error.status === 408) {
    return ApplicationFailure.create({ message, type: FailureTypes.gongServer, details });
  }
  return ApplicationFailure.create({
    message: `${message} (HTTP ${error.status} on ${error.method} ${error.path})`,
    type: FailureTypes.gongClient,
    nonRetryable: true,
    details,
  });
}

function fromOpenAiError(
  error: InstanceType<typeof OpenAI.APIError>,
  limits: FailureLimits,
): ApplicationFailure {
  const status = error.status ?? 0;
  const message = `OpenAI ${status || 'connection'} error: ${error.message}`;
  if (status === 429) {
    const retryAfter = parseRetryAfter(error.headers?.get('retry-after') ?? null);
    if (isRetryAfterTooLong(retryAfter, limits.maxRetryAfterSeconds)) {
      return fromRetryAfterTooLong(
        new RetryAfterTooLongError('OpenAI', retryAfter, limits.maxRetryAfterSeconds, error.message),
      );
    }
    return ApplicationFailure.create({
      message,
      type: FailureTypes.openAiRateLimited,
      nextRetryDelay: retryAfter !== null ? retryAfter * 1000 : undefined,
    });
  }
  if (status >= 400 && status < 500 && status !== 408 && status !== 409) {
    return ApplicationFailure.nonRetryable(message, FailureTypes.openAiClient);
  }
  return ApplicationFailure.retryable(message, FailureTypes.openAiServer);
}
