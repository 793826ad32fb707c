import { WorkflowFailedError } from '@temporalio/client';
import { describeGongFailure, type GongWorkflowError } from '../api';
import { InvalidInputError } from './invalid-input-error';

export type { GongWorkflowError, GongWorkflowErrorKind } from '../api';

/**
 * Describes an error thrown by this package's client functions: an {@link InvalidInputError}
 * raised before starting, or a `WorkflowFailedError` whose cause chain holds the activity's
 * typed `ApplicationFailure`. Anything else is `unknown`, with its message.
 */
export function describeWorkflowError(error: unknown): GongWorkflowError {
  if (error instanceof InvalidInputError) {
    return { kind: 'invalid_input', message: error.message, nonRetryable: true };
  }
  const described = describeGongFailure(error);
  if (described) return described;
  const message =
    error instanceof WorkflowFailedError
      ? (error.cause?.message ?? error.message)
      : error instanceof Error
        ? error.message
        : String(error);
  return { kind: 'unknown', message, nonRetryable: false };
}
