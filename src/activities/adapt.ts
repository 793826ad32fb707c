import { cancellationSignal } from '@temporalio/activity';
import { CancelledFailure } from '@temporalio/common';
import { toApplicationFailure, type FailureLimits } from './to-application-failure';

/**
 * Runs an activity body and turns domain errors into the Temporal failures they deserve. When
 * the activity was cancelled (or its worker is shutting down), the aborted request is reported
 * as the cancellation it is, not as a Gong network error.
 */
export function adapt<I, O>(
  body: (input: I) => Promise<O>,
  limits?: FailureLimits,
): (input: I) => Promise<O> {
  return async (input) => {
    try {
      return await body(input);
    } catch (error) {
      const signal = cancellationSignal();
      if (signal.aborted) {
        throw signal.reason instanceof CancelledFailure
          ? signal.reason
          : new CancelledFailure('Activity cancelled');
      }
      throw toApplicationFailure(error, limits);
    }
  };
}
