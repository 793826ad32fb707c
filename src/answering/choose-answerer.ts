import type { Answerer } from './answer';
import { createExtractiveAnswerer } from './extractive-answerer';
import { createRelatedWords } from './language/related-words';
import { withModelFallback } from './model-with-fallback';
import type { ModelOptions } from './model-options';
import { modelTimeBudgetMs } from './model-time-budget';
import { createOpenAiAnswerer } from './openai-answerer';
import { createOpenAiClient } from './openai-client';

/** What {@link chooseAnswerer} needs besides the model's options. */
export interface ChooseAnswererDeps {
  /** The longest `Retry-After` the model is waited for. */
  maxRetryAfterSeconds: number;
  /** Told when the answerer adapts to the server (e.g. a refused structured-output format), and
   * once when WordNet cannot be read (answers then rank without related words). */
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
