import { ApplicationFailure } from '@temporalio/common';
import { FailureTypes } from '../api/failure-types';
import { MAX_RESULT_BYTES, payloadTooLarge } from '../gong/payload-size';

/** Fails non-retryably when `result` is too large to travel as a Temporal payload. */
export function assertResultFits(result: unknown, what: string, howToNarrow: string): void {
  const problem = payloadTooLarge(result, what, howToNarrow);
  if (problem === null) return;
  throw ApplicationFailure.nonRetryable(problem.message, FailureTypes.payloadTooLarge, {
    sizeBytes: problem.sizeBytes,
    maxBytes: MAX_RESULT_BYTES,
  });
}
