/** Answering questions about Gong calls: with an OpenAI model when configured, else extractively. */
export type { Answer, AnswerCitation, Answerer } from './answer';
export { chooseAnswerer, MODEL_TIME_BUDGET_MS, type ChooseAnswererDeps } from './choose-answerer';
export { assembleCitedAnswer, keepKnownCitations, type Claim } from './citations';
export {
  createExtractiveAnswerer,
  rankPassages,
  type ExtractiveAnswererOptions,
} from './extractive-answerer';
export { buildNoCallsFoundAnswer, type NoCallsFoundQuery } from './no-calls-answer';
export { ModelError, toModelError, type ModelErrorKind } from './model-error';
export {
  DEFAULT_CONTEXT_TOKENS,
  DEFAULT_OPENAI_MODEL,
  defaultContextTokens,
  STRUCTURED_OUTPUT_MODES,
  type ModelFallback,
  type ModelOptions,
  type StructuredOutputMode,
} from './model-options';
export { withModelFallback, type ModelWithFallbackOptions } from './model-with-fallback';
export { createOpenAiAnswerer, TRIMMED_NOTE, type OpenAiAnswererOptions } from './openai-answerer';
export { createOpenAiClient } from './openai-client';
