import type { Answerer } from '../answering/answer';
import { createExtractiveAnswerer } from '../answering/extractive-answerer';
import { createRelatedWords } from '../answering/language/related-words';
import { withModelFallback } from '../adapters/openai/model-with-fallback';
import type { ModelOptions } from '../answering/model-options';
import { modelTimeBudgetMs } from '../answering/model-time-budget';
import { createOpenAiAnswerer } from '../adapters/openai/openai-answerer';
import { createOpenAiClient } from '../adapters/openai/openai-client';

/** What {@link chooseAnswerer} needs besides the model's options. */
export interface ChooseAnswererDeps {
  /** The longest `Retry-After` the model is waited for. */
  maxRetryAfterSeconds: number;
  /** Told when the answerer adapts to the server (e.g. a refused structured-output format), when
   * it drops a model's claims the calls do not state (counts only), and once when WordNet cannot
   * be read (answers then rank without related words). */
  warn?: (message: string) => void;
}

/**
 * The OpenAI answerer when a model is configured (retried in place within the time budget derived
 * from `OPENAI_TIMEOUT_MS`, with the extractive answerer as its fallback unless
 * `OPENAI_FALLBACK=fail`), otherwise the extractive one (no LLM).
 */
export function chooseAnswerer(model: ModelOptions | null, deps: ChooseAnswererDeps): Answerer {
  const related = createRelatedWords({ warn: deps.warn });
  const extractive = createExtractiveAnswerer({ relatedWords: related });
  if (!model) return extractive;
  const openAi = createOpenAiAnswerer({
    client: createOpenAiClient(model),
    model: model.model,
    structuredOutput: model.structuredOutput,
    maxOutputTokens: model.maxOutputTokens,
    contextTokens: model.contextTokens,
    onAdapt: deps.warn,
    onClaimsDropped: deps.warn,
    relatedWords: related,
  });
  return withModelFallback(openAi, {
    fallbackAnswerer: extractive,
    fallback: model.fallback,
    maxRetryAfterSeconds: deps.maxRetryAfterSeconds,
    attemptTimeoutMs: model.timeoutMs,
    timeBudgetMs: modelTimeBudgetMs(model.timeoutMs),
  });
}
