import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Options for activities that call Gong. Gong allows 3 requests/s: a 429 waits for its
 * Retry-After (set by the activity as the next retry delay); 5xx and network errors back off.
 * Which failures are worth retrying is decided by the activities alone (their failure mapping
 * marks the others non-retryable), so no list of error types is repeated here.
 */
export const gongActivityOptions: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 8,
  },
};

/** Listing a window page by page: long-running, heartbeating its cursor to resume elsewhere. */
export const listingActivityOptions: ActivityOptions = {
  ...gongActivityOptions,
  startToCloseTimeout: '15 minutes',
  heartbeatTimeout: '20 seconds',
};

/**
 * Reading the calls and answering. The answerer retries the model itself (each request bounded by
 * `OPENAI_TIMEOUT_MS`, all of them by a 20-minute budget) and falls back to quoting the calls, so
 * the activity's own retries are for Gong and crashes only. It heartbeats every 5 s while waiting,
 * so a lost worker is noticed within the heartbeat timeout, not the start-to-close one.
 */
export const answeringActivityOptions: ActivityOptions = {
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '30 seconds',
  retry: {
    ...gongActivityOptions.retry,
    initialInterval: '2 seconds',
    maximumAttempts: 6,
  },
};

/** A write to Gong is attempted once: a retry after a crash or a timeout could apply it twice. */
export const gongWriteActivityOptions: ActivityOptions = {
  ...gongActivityOptions,
  retry: { ...gongActivityOptions.retry, maximumAttempts: 1 },
};
