import { abortableSleep } from '../../gong/request-pacer';
import { addTokens, type Answer, type Answerer, type TokenUsage } from '../../answering/answer';
import { ModelError } from '../../answering/model-error';
import { toModelError } from './to-model-error';
import type { ModelFallback } from '../../answering/model-options';

/** How the model is retried and what answers when it cannot. */
export interface ModelWithFallbackOptions {
  /** Answers when the model fails, unless `fallback` is `fail`. */
  fallbackAnswerer: Answerer;
  fallback: ModelFallback;
  /** Model attempts for transient failures (5xx, timeouts, rate limits, unparseable replies); default 3. */
  maxAttempts?: number;
  /** The longest `Retry-After` waited for; a longer one ends the retries. */
  maxRetryAfterSeconds: number;
  /**
   * Time the model may take over all its requests and attempts (see `modelTimeBudgetMs`): no
   * attempt starts that could not finish within it, and one still running when it is spent is
   * abandoned, so the fallback answers in time whatever the model does.
   */
  timeBudgetMs: number;
  /** How long one attempt may take (`OPENAI_TIMEOUT_MS`). */
  attemptTimeoutMs: number;
  /** Injected for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

/** Longest model error message kept with an answer. */
const MAX_MESSAGE_CHARS = 500;

/** First wait between attempts; doubles after each. */
const FIRST_BACKOFF_MS = 1_000;

/** Kept for the fallback answerer before the activity's deadline (it quotes in well under a second). */
const FALLBACK_RESERVE_MS = 30_000;

/** The failure of a model abandoned because the answer's time budget is spent. */
function budgetSpent(timeBudgetMs: number, byDeadline: boolean, cause: unknown): ModelError {
  const why = byDeadline
    ? "what was left of the answering activity's timeout after reading the calls"
    : 'a budget derived from OPENAI_TIMEOUT_MS';
  return new ModelError(
    'model_timeout',
    `The model did not answer within the ${Number((timeBudgetMs / 1000).toFixed(1))} s this answer allows it (${why}).`,
    false,
    { cause },
  );
}

/**
 * Asks `model`, retrying its transient failures here with backoff (honouring `Retry-After`), so the
 * calls already read are reused and a model failure never costs a Gong request. All of it stays
 * within `timeBudgetMs`. When the model still fails, or cites none of the calls, or the budget is
 * spent, the fallback answerer answers and the answer says why (`modelError`); with
 * `fallback: 'fail'` the {@link ModelError} is thrown instead.
 */
export function withModelFallback(model: Answerer, options: ModelWithFallbackOptions): Answerer {
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const maxAttempts = options.maxAttempts ?? 3;
  return {
    async answer(question, calls, signal, transcripts, context) {
      if (context?.modelFailed) {
        const answer = await options.fallbackAnswerer.answer(question, calls, signal, transcripts);
        return { ...answer, modelError: context.modelFailed };
      }
      const started = now();
      // The model's budget, shortened when the activity's own deadline comes first: time is kept
      // for the fallback to answer before it.
      const timeBudgetMs =
        context?.deadlineMs === undefined
          ? options.timeBudgetMs
          : Math.max(0, Math.min(options.timeBudgetMs, context.deadlineMs - started - FALLBACK_RESERVE_MS));
      const budget = new AbortController();
      const timer = setTimeout(() => budget.abort(), timeBudgetMs);
      const modelSignal = signal ? AbortSignal.any([signal, budget.signal]) : budget.signal;
      let failure: ModelError;
      // What the failed attempts cost: the tokens are spent whoever answers in the end.
      let spent: TokenUsage | undefined;
      try {
        for (let attempt = 1; ; attempt += 1) {
          try {
            const answer = await model.answer(question, calls, modelSignal, transcripts, context);
            const usage = addTokens(spent, answer.usage);
            return usage ? { ...answer, usage } : answer;
          } catch (error) {
            if (signal?.aborted) throw error;
            failure = budget.signal.aborted
              ? budgetSpent(timeBudgetMs, timeBudgetMs < options.timeBudgetMs, error)
              : toModelError(error);
            spent = addTokens(spent, error instanceof ModelError ? error.usage : undefined);
          }
          const wait =
            Math.max(failure.retryAfterSeconds ?? 0, 0) * 1000 || FIRST_BACKOFF_MS * 2 ** (attempt - 1);
          const fits = now() - started + wait + options.attemptTimeoutMs <= timeBudgetMs;
          if ((failure.retryAfterSeconds ?? 0) > options.maxRetryAfterSeconds) {
            failure = new ModelError(
              failure.kind,
              `${failure.message} The server asked to wait ${failure.retryAfterSeconds} s (Retry-After), longer than the ${options.maxRetryAfterSeconds} s this worker waits (GONG_MAX_RETRY_AFTER_SECONDS).`,
              false,
              { cause: failure },
            );
          }
          // A timed-out request may still be generating on a single-slot server (llama.cpp), and the
          // next one waits behind it: one more try, not two.
          const timedOutTwice = failure.kind === 'model_timeout' && attempt >= 2;
          if (!failure.transient || attempt >= maxAttempts || !fits || timedOutTwice) break;
          await sleep(wait, signal);
        }
      } finally {
        clearTimeout(timer);
      }
      if (options.fallback === 'fail') throw failure;
      const answer = await options.fallbackAnswerer.answer(question, calls, signal, transcripts);
      // Bounded: a server's error may quote a stack trace, and the message is shown with the answer.
      const message =
        failure.message.length > MAX_MESSAGE_CHARS
          ? `${failure.message.slice(0, MAX_MESSAGE_CHARS)}…`
          : failure.message;
      return {
        ...answer,
        modelError: { kind: failure.kind, message },
        ...(spent ? { usage: spent } : {}),
      } satisfies Answer;
    },
  };
}
