import { ApplicationFailure } from '@temporalio/common';
import { ModelError, type ModelErrorKind } from '../answering/model-error';
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
 * non-retryable when retrying cannot help (bad credentials, bad request, disallowed URL, a model
 * failure the answerer has already retried), retryable with Gong's `Retry-After` as the next delay
 * on 429 (non-retryable when it is longer than `limits.maxRetryAfterSeconds`), retryable with
 * backoff for 5xx and network trouble. Messages carry the upstream's own text, never secrets.
 */
export function toApplicationFailure(error: unknown, limits: FailureLimits = DEFAULT_LIMITS): unknown {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof RetryAfterTooLongError) return fromRetryAfterTooLong(error);
  // A wrapped size error (e.g. by an SDK around its fetch) is looked at too.
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
  if (error instanceof ModelError) return fromModelError(error);
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

const TYPE_OF_MODEL_ERROR: Record<ModelErrorKind, string> = {
  model_unavailable: FailureTypes.modelUnavailable,
  model_rejected_request: FailureTypes.modelRejectedRequest,
  model_context_exceeded: FailureTypes.modelContextExceeded,
  model_timeout: FailureTypes.modelTimeout,
  model_bad_reply: FailureTypes.modelBadReply,
};

/**
 * A model failure that reached the activity (`OPENAI_FALLBACK=fail`): the answerer has already
 * retried what was worth retrying, and retrying the activity would read the calls from Gong again.
 */
function fromModelError(error: ModelError): ApplicationFailure {
  return ApplicationFailure.create({
    message: error.message,
    type: TYPE_OF_MODEL_ERROR[error.kind],
    nonRetryable: true,
    details: [{ modelErrorKind: error.kind }],
  });
}
