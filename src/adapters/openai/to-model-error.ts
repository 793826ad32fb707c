import OpenAI from 'openai';
import { ModelError } from '../../answering/model-error';
import { parseRetryAfter } from '../../gong/http';
import { ResponseTooLargeError } from '../../gong/limited-body';

/** `Requested tokens (2837) exceed context window of 2048` (llama.cpp), `maximum context length is 8192` (OpenAI, vLLM). */
const CONTEXT_LIMIT = /(?:context window of|maximum context length is|context length of)\s*(\d+)/i;

/** The context window a context-length error names, when it names one. */
export function contextLimitOf(error: unknown): number | null {
  if (!(error instanceof OpenAI.APIError)) return null;
  const match = CONTEXT_LIMIT.exec(errorText(error));
  return match?.[1] ? Number(match[1]) : null;
}

/** Everything the server said about an error, for matching: its message, code, param and body. */
export function errorText(error: InstanceType<typeof OpenAI.APIError>): string {
  return [error.message, error.code ?? '', error.param ?? '', JSON.stringify(error.error ?? '')].join(' ');
}

/** True for a context-window overflow, however the server words it. */
export function isContextExceeded(error: unknown): boolean {
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return false;
  const text = errorText(error);
  return (
    error.code === 'context_length_exceeded' ||
    /context_length_exceeded|context (window|length)|maximum context|too many tokens|prompt is too long/i.test(
      text,
    )
  );
}

/** Translates what the OpenAI SDK (or the size guard) threw into a {@link ModelError}. */
export function toModelError(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new ModelError('model_timeout', 'The model did not reply in time.', true, { cause: error });
  }
  const tooLarge = [error, error instanceof Error ? error.cause : undefined].find(
    (e) => e instanceof ResponseTooLargeError,
  );
  if (tooLarge) return new ModelError('model_bad_reply', tooLarge.message, false, { cause: error });
  if (error instanceof OpenAI.APIConnectionError) {
    return new ModelError('model_unavailable', `The model server is unreachable: ${error.message}`, true, {
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    if (status >= 300 && status < 400) {
      return new ModelError(
        'model_rejected_request',
        `The model server answered HTTP ${status}, a redirect, which model requests never follow: set OPENAI_BASE_URL to the address that answers.`,
        false,
        { cause: error },
      );
    }
    const message = `The model server answered HTTP ${status}: ${error.message}`;
    if (isContextExceeded(error)) {
      return new ModelError('model_context_exceeded', message, false, { cause: error });
    }
    if (status === 429) {
      return new ModelError('model_unavailable', message, true, {
        cause: error,
        retryAfterSeconds: parseRetryAfter(error.headers?.get('retry-after') ?? null),
      });
    }
    if (status === 408 || status === 409 || status >= 500) {
      return new ModelError(status === 408 ? 'model_timeout' : 'model_unavailable', message, true, {
        cause: error,
      });
    }
    return new ModelError('model_rejected_request', message, false, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError('model_unavailable', message, true, { cause: error });
}
