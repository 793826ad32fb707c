/** Answering questions about Gong calls: with an OpenAI model when configured, else extractively. */
export type { Answer, AnswerCitation, Answerer, AnswerLimits } from './answer';
export { chooseAnswerer, type ChooseAnswererDeps } from './choose-answerer';
export { assembleCitedAnswer, keepKnownCitations, type Claim } from './citations';
export { callPassages, transcriptPassages, type CallPassage } from './call-passages';
export { createExtractiveAnswerer, type ExtractiveAnswererOptions } from './extractive-answerer';
export { rankPassages, type RankedPassage } from './passage-ranking';
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
export {
  ANSWERING_ACTIVITY_TIMEOUT_MS,
  MAX_MODEL_TIME_BUDGET_MS,
  modelTimeBudgetMs,
} from './model-time-budget';
export { withModelFallback, type ModelWithFallbackOptions } from './model-with-fallback';
export { createOpenAiAnswerer, TRIMMED_NOTE, type OpenAiAnswererOptions } from './openai-answerer';
export { createOpenAiClient } from './openai-client';
