import { FailureTypes, type FailureType } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';
import type { TokenUsage } from './answer';

/** What went wrong with the answering model, in terms an operator and the platform can act on. */
export type ModelErrorKind =
  /** Down, overloaded, rate limited or unreachable: trying later may work. */
  | 'model_unavailable'
  /** The server refused the request itself (shape, parameters, key, model name). */
  | 'model_rejected_request'
  /** The prompt and the reply do not fit the model's context window. */
  | 'model_context_exceeded'
  /** No reply within `OPENAI_TIMEOUT_MS`. */
  | 'model_timeout'
  /**
   * A reply, but not an answer: not the JSON asked for, cut at the token limit, citing no analyzed
   * call, or stating nothing the calls it cites state.
   */
  | 'model_bad_reply';

/** The failure type a run fails with, per kind of model failure. */
const FAILURE_TYPE_OF_KIND: Record<ModelErrorKind, FailureType> = {
  model_unavailable: FailureTypes.modelUnavailable,
  model_rejected_request: FailureTypes.modelRejectedRequest,
  model_context_exceeded: FailureTypes.modelContextExceeded,
  model_timeout: FailureTypes.modelTimeout,
  model_bad_reply: FailureTypes.modelBadReply,
};

/**
 * A failure of the answering model, with its kind and whether another call to the model may
 * help. It ends a run only with `OPENAI_FALLBACK=fail`, and then never retryably: the answerer
 * has already retried what was worth retrying, and another attempt of the activity would read
 * the calls from Gong again.
 */
export class ModelError extends GongWorkerError {
  override readonly name = 'ModelError';
  override readonly failureType: FailureType;
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    /** Another call to the model may succeed (rate limit, 5xx, timeout, a reply not in shape): the answerer retries it. */
    readonly transient: boolean,
    options: { cause?: unknown; retryAfterSeconds?: number | null; usage?: TokenUsage } = {},
  ) {
    super(message, { cause: options.cause });
    this.failureType = FAILURE_TYPE_OF_KIND[kind];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.usage = options.usage;
  }

  override get failureDetails(): unknown[] {
    return [{ modelErrorKind: this.kind }];
  }
  /** The server's `Retry-After`, when it sent one. */
  readonly retryAfterSeconds: number | null;
  /** Tokens the replies that failed cost, when the server reported them: they are spent all the same. */
  readonly usage: TokenUsage | undefined;
}

/** The same failure, carrying the tokens its replies cost. */
export function withUsage(error: ModelError, usage: TokenUsage | undefined): ModelError {
  if (!usage) return error;
  return new ModelError(error.kind, error.message, error.transient, {
    cause: error.cause,
    retryAfterSeconds: error.retryAfterSeconds,
    usage,
  });
}
