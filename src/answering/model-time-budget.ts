/**
 * How long the model may take for one answer, and how that fits the answering activity.
 *
 * The budget is decided where `OPENAI_TIMEOUT_MS` is known, in the worker: {@link modelTimeBudgetMs}.
 * The workflow cannot read the worker's settings (it must replay the same anywhere), so its
 * answering activity gets a fixed start-to-close timeout, {@link ANSWERING_ACTIVITY_TIMEOUT_MS},
 * that covers the longest budget any setting gives plus reading the calls. A long start-to-close
 * is safe because the activity heartbeats while it waits for the model: a lost worker is noticed
 * within the heartbeat timeout, not the start-to-close one. Nothing here depends on Temporal.
 */

/** Model requests one answer's budget makes room for: a try, a retry, and one more (a format change, a shorter reply). */
const BUDGETED_MODEL_REQUESTS = 3;

/** The waits between the model's attempts that the budget makes room for (1 s, then 2 s). */
const BACKOFF_ALLOWANCE_MS = 3_000;

/** The longest the model may take for one answer, whatever `OPENAI_TIMEOUT_MS` says. */
export const MAX_MODEL_TIME_BUDGET_MS = 20 * 60 * 1000;

/** Time the answering activity keeps for reading the calls from Gong and quoting them, besides the model. */
const READING_ALLOWANCE_MS = 10 * 60 * 1000;

/** The answering activity's start-to-close timeout (30 minutes): the longest model budget and the reading. */
export const ANSWERING_ACTIVITY_TIMEOUT_MS = MAX_MODEL_TIME_BUDGET_MS + READING_ALLOWANCE_MS;

/**
 * The time the model may take for one answer over all its requests and attempts, from the
 * timeout of one request (`OPENAI_TIMEOUT_MS`): three requests and the
 * waits between them, at most {@link MAX_MODEL_TIME_BUDGET_MS}. When it is spent the model is
 * abandoned and the calls are quoted, well before the activity's start-to-close timeout.
 */
export function modelTimeBudgetMs(requestTimeoutMs: number): number {
  return Math.min(
    BUDGETED_MODEL_REQUESTS * requestTimeoutMs + BACKOFF_ALLOWANCE_MS,
    MAX_MODEL_TIME_BUDGET_MS,
  );
}
