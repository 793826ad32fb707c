/** Answering questions about Gong calls: the Answerer port, its errors and the extractive engine (no model, no I/O). */
export type { Answer, Answerer } from './answer';
export { assembleCitedAnswer, keepKnownCitations } from './citations';
export { createExtractiveAnswerer } from './extractive-answerer';
export { ModelError } from './model-error';
export { type ModelOptions } from './model-options';
export {
  ANSWERING_ACTIVITY_TIMEOUT_MS,
  MAX_MODEL_TIME_BUDGET_MS,
  modelTimeBudgetMs,
} from './model-time-budget';
