import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

/**
 * Fails the run with the activity's own failure (Gong's or OpenAI's message, its type, details
 * and retryability) instead of the generic "Activity task failed", so the Temporal UI shows the
 * reason on the run itself and the platform reads it without digging through causes.
 */
export function rethrowCause(error: unknown): never {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) {
    const cause = error.cause;
    throw ApplicationFailure.create({
      message: cause.message,
      type: cause.type ?? undefined,
      nonRetryable: cause.nonRetryable === true,
      details: cause.details ? [...cause.details] : undefined,
      cause: error,
    });
  }
  throw error;
}
