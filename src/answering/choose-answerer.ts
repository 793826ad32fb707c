import type { Answerer } from './answer';
import { createExtractiveAnswerer } from './extractive-answerer';
import { createOpenAiAnswerer } from './openai-answerer';
import { createOpenAiClient, type OpenAiClientOptions, type OpenAiConfig } from './openai-client';

/** Overridable construction steps of {@link chooseAnswerer}. */
export interface ChooseAnswererDeps {
  /** Builds the OpenAI client; defaults to `createOpenAiClient`. */
  openAiClient?: (options: OpenAiClientOptions) => OpenAiConfig;
}

/** The OpenAI answerer when OpenAI is configured (`openAi` not null), otherwise the extractive one (no LLM). */
export function chooseAnswerer(openAi: OpenAiClientOptions | null, deps: ChooseAnswererDeps = {}): Answerer {
  if (!openAi) return createExtractiveAnswerer();
  return createOpenAiAnswerer((deps.openAiClient ?? createOpenAiClient)(openAi));
}
