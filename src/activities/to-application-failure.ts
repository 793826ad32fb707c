import { ApplicationFailure } from '@temporalio/common';
import type { FailureType } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';
import { GongApiError } from '../gong/errors';
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

/** An error that names the failure type a run ends with. */
type RunEndingError = GongWorkerError & { readonly failureType: FailureType };

/**
 * Translates an error from the domain code into the failure Temporal should act on: every
 * {@link GongWorkerError} that ends runs says its own failure type, retryability, next delay and
 * details, so the failure is built from those fields alone. The one rule of the worker's own is
 * the `Retry-After` limit: Gong's 429 asking for longer than `limits.maxRetryAfterSeconds` fails
 * as `RetryAfterTooLong` instead. An `ApplicationFailure` passes through; anything else is left
 * for Temporal to retry as it is. Messages carry the upstream's own text, never secrets.
 */
export function toApplicationFailure(error: unknown, limits: FailureLimits = DEFAULT_LIMITS): unknown {
  if (error instanceof ApplicationFailure) return error;
  const raised = runEndingError(error);
  if (!raised) return error;
  const failure = withinRetryAfterLimit(raised, limits.maxRetryAfterSeconds);
  return ApplicationFailure.create({
    message: failure.failureMessage,
    type: failure.failureType,
    nonRetryable: !failure.retryable,
    nextRetryDelay: failure.nextRetryDelayMs,
    details: failure.failureDetails,
  });
}

/** The error, or the one an SDK wrapped around it (OpenAI's around its fetch's size guard). */
function runEndingError(error: unknown): RunEndingError | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return [error, cause].find(
    (e): e is RunEndingError => e instanceof GongWorkerError && e.failureType !== null,
  );
}

/** Gong's 429 with a `Retry-After` the worker does not wait that long for, as the failure it is. */
function withinRetryAfterLimit(error: RunEndingError, maxRetryAfterSeconds: number): RunEndingError {
  if (!(error instanceof GongApiError) || error.status !== 429) return error;
  if (!isRetryAfterTooLong(error.retryAfterSeconds, maxRetryAfterSeconds)) return error;
  return new RetryAfterTooLongError('Gong', error.retryAfterSeconds, maxRetryAfterSeconds, error.gongMessage);
}
