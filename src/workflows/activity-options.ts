import type { ActivityOptions } from '@temporalio/workflow';
import { ANSWERING_ACTIVITY_TIMEOUT_MS } from '../answering/model-time-budget';

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
 * Reading the calls and answering. The answerer retries the model itself, each request bounded by
 * `OPENAI_TIMEOUT_MS` and all of them by a budget the worker derives from it (three requests, at
 * most 20 minutes: `modelTimeBudgetMs`), and falls back to quoting the calls, so the activity's own
 * retries are for Gong and crashes only. The workflow cannot read the worker's settings, so the
 * start-to-close timeout is fixed at the longest budget plus the reading (30 minutes); it is safe
 * because the activity heartbeats every 5 s while it waits, so a lost worker is noticed within the
 * heartbeat timeout, not the start-to-close one.
 */
export const answeringActivityOptions: ActivityOptions = {
  startToCloseTimeout: ANSWERING_ACTIVITY_TIMEOUT_MS,
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
