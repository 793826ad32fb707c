/** Answering questions about Gong calls: with an OpenAI model when configured, else extractively. */
export type { Answer, AnswerCitation, Answerer } from './answer';
export { chooseAnswerer, type ChooseAnswererDeps } from './choose-answerer';
export { assembleCitedAnswer, keepKnownCitations, type Claim } from './citations';
export { createExtractiveAnswerer, type ExtractiveAnswererOptions } from './extractive-answerer';
export { buildNoCallsFoundAnswer, type NoCallsFoundQuery } from './no-calls-answer';
export {
  createOpenAiAnswerer,
  OpenAiAnswerFormatError,
  UNSUPPORTED_ANSWER,
  type OpenAiAnswererOptions,
} from './openai-answerer';
export {
  createOpenAiClient,
  DEFAULT_OPENAI_MODEL,
  type OpenAiClientOptions,
  type OpenAiConfig,
} from './openai-client';
