import type { Answerer } from './answer';
import { createExtractiveAnswerer } from './extractive-answerer';
import { createOpenAiAnswerer } from './openai-answerer';
import { createOpenAiClientFromEnv, type OpenAiConfig } from './openai-client';

/** Overridable construction steps of {@link chooseAnswerer}. */
export interface ChooseAnswererDeps {
  /** Builds the OpenAI client from the environment; defaults to `createOpenAiClientFromEnv`. */
  openAiFromEnv?: (env: Record<string, string | undefined>) => OpenAiConfig | null;
}

/** The OpenAI answerer when `env` configures OpenAI, otherwise the extractive one (no LLM). */
export function chooseAnswerer(
  env: Record<string, string | undefined>,
  deps: ChooseAnswererDeps = {},
): Answerer {
  const openAi = (deps.openAiFromEnv ?? createOpenAiClientFromEnv)(env);
  return openAi ? createOpenAiAnswerer(openAi) : createExtractiveAnswerer();
}
