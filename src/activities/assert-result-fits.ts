import { ApplicationFailure } from '@temporalio/common';
import { formatBytes, MAX_RESULT_BYTES, serializedSize } from '../gong/payload-size';
import { FailureTypes } from '../contracts/failure-types';

/**
 * Fails non-retryably when `result` is too large to travel as a Temporal payload: retrying
 * would fetch the same bytes again, so the message says how to ask for less instead.
 */
export function assertResultFits(result: unknown, what: string, howToNarrow: string): void {
  const size = serializedSize(result);
  if (size <= MAX_RESULT_BYTES) return;
  throw ApplicationFailure.nonRetryable(
    `${what} is ${formatBytes(size)}, more than the ${formatBytes(MAX_RESULT_BYTES)} a Temporal result may carry. ${howToNarrow}`,
    FailureTypes.payloadTooLarge,
    { sizeBytes: size, maxBytes: MAX_RESULT_BYTES },
  );
}
