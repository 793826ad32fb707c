/** The OpenAI-compatible model behind the answerer: client, answerer, structured output, fallback. */
export { withModelFallback } from './model-with-fallback';
export {
  createOpenAiAnswerer,
  NOT_ANSWERED,
  TRIMMED_NOTE,
  type OpenAiAnswererOptions,
} from './openai-answerer';
export { createOpenAiClient } from './openai-client';
