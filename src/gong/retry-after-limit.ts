import { FailureTypes } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';

/**
 * The longest `Retry-After` this worker honours by default. Gong's per-second limit asks for a
 * second or two; a longer wait (its daily quota says "until midnight UTC") or an absurd one
 * (`1000000000`, which would schedule the retry decades ahead) fails the run and says so.
 */
export const DEFAULT_MAX_RETRY_AFTER_SECONDS = 120;

/** An upstream asked for a longer wait than the worker allows; retrying sooner cannot help. */
export class RetryAfterTooLongError extends GongWorkerError {
  override readonly name = 'RetryAfterTooLongError';
  override readonly failureType = FailureTypes.retryAfterTooLong;
  constructor(
    readonly upstream: 'Gong' | 'OpenAI',
    readonly retryAfterSeconds: number,
    readonly maxRetryAfterSeconds: number,
    /** The upstream's own reason, e.g. Gong's "API request limit exceeded". */
    readonly upstreamMessage: string,
  ) {
    super(
      `${upstream} asked to wait ${retryAfterSeconds} s before trying again (Retry-After), longer than the ${maxRetryAfterSeconds} s this worker waits (GONG_MAX_RETRY_AFTER_SECONDS), so the run stops instead of waiting: ${upstreamMessage}. Try again later.`,
    );
  }

  override get failureDetails(): unknown[] {
    return [{ retryAfterSeconds: this.retryAfterSeconds, maxRetryAfterSeconds: this.maxRetryAfterSeconds }];
  }
}

/** True when a `Retry-After` of `seconds` is longer than `maxSeconds` allows. */
export function isRetryAfterTooLong(seconds: number | null, maxSeconds: number): seconds is number {
  return seconds !== null && seconds > maxSeconds;
}
