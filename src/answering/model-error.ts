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
  /** A reply, but not an answer: not the JSON asked for, cut at the token limit, or citing no analyzed call. */
  | 'model_bad_reply';

/** A failure of the answering model, with its kind and whether another attempt may help. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly retryable: boolean,
    options: { cause?: unknown; retryAfterSeconds?: number | null; usage?: TokenUsage } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.usage = options.usage;
  }
  /** The server's `Retry-After`, when it sent one. */
  readonly retryAfterSeconds: number | null;
  /** Tokens the replies that failed cost, when the server reported them: they are spent all the same. */
  readonly usage: TokenUsage | undefined;
}

/** The same failure, carrying the tokens its replies cost. */
export function withUsage(error: ModelError, usage: TokenUsage | undefined): ModelError {
  if (!usage) return error;
  return new ModelError(error.kind, error.message, error.retryable, {
    cause: error.cause,
    retryAfterSeconds: error.retryAfterSeconds,
    usage,
  });
}
