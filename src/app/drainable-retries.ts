import { setTimeout as sleep } from 'node:timers/promises';
import { defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';

/** The Temporal client's own gRPC retries, which a connection about to close can wait out. */
export interface DrainableRetries {
  /** For `Connection.connect({ interceptors })`, in place of the SDK's default retry interceptor. */
  interceptor: ReturnType<typeof makeGrpcRetryInterceptor>;
  /** Stops scheduling retries and waits for those already scheduled to start. */
  drain(): Promise<void>;
}

/**
 * The SDK's default retries (same backoff, same retryable codes), counted: a retry still scheduled
 * when its connection closes throws "Channel has been shut down" from a timer, an uncaught
 * exception the SDK gives no way to cancel. That happens after Temporal went away while a call
 * was retrying; draining first turns the pending retries into one last attempt each.
 */
export function drainableRetries(): DrainableRetries {
  const defaults = defaultGrpcRetryOptions();
  let draining = false;
  let lastRetryAt = 0;
  const interceptor = makeGrpcRetryInterceptor({
    retryableDecider: (attempt, status) => !draining && defaults.retryableDecider(attempt, status),
    delayFunction: (attempt, status) => {
      const ms = defaults.delayFunction(attempt, status);
      lastRetryAt = Math.max(lastRetryAt, Date.now() + ms);
      return ms;
    },
  });
  return {
    interceptor,
    async drain() {
      draining = true;
      const wait = lastRetryAt - Date.now();
      // A little past the last timer, so its attempt has started before the channel closes.
      if (wait > 0) await sleep(wait + 50);
    },
  };
}
