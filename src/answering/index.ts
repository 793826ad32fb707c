/** Answering questions about Gong calls: the Answerer port, its errors and the extractive engine (no model, no I/O). */
export type { Answer, AnswerCitation, Answerer, AnswerLimits } from './answer';
export { assembleCitedAnswer, keepKnownCitations, type Claim } from './citations';
export { callPassages, transcriptPassages, type CallPassage } from './call-passages';
export { createExtractiveAnswerer, type ExtractiveAnswererOptions } from './extractive-answerer';
export { rankPassages, type RankedPassage } from './passage-ranking';
export { ModelError, withUsage, type ModelErrorKind } from './model-error';
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
