import OpenAI from 'openai';
import { guardedOpenAiFetch } from './guarded-fetch';

/** The model used when `OPENAI_MODEL` is unset. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** A request slower than this is abandoned, so a hung connection cannot hold an activity slot. */
const REQUEST_TIMEOUT_MS = 60_000;

/** An OpenAI client and the model to ask. */
export interface OpenAiConfig {
  client: OpenAI;
  model: string;
}

/**
 * Builds the OpenAI client from `env` (`OPENAI_API_KEY`, optional `OPENAI_BASE_URL`,
 * `OPENAI_MODEL`), or returns null when no API key is set. The SDK does not retry
 * (`maxRetries: 0`): Temporal owns retries. Answers are read with a size limit and the key is
 * removed from them (see `guardedOpenAiFetch`).
 */
export function createOpenAiClientFromEnv(env: Record<string, string | undefined>): OpenAiConfig | null {
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) return null;
  const client = new OpenAI({
    apiKey,
    // Explicit nulls stop the SDK from reading process.env behind the caller's back.
    baseURL: env.OPENAI_BASE_URL?.trim() || null,
    organization: env.OPENAI_ORG_ID?.trim() || null,
    project: env.OPENAI_PROJECT_ID?.trim() || null,
    adminAPIKey: null,
    maxRetries: 0,
    timeout: REQUEST_TIMEOUT_MS,
    fetch: guardedOpenAiFetch({ apiKey }),
  });
  return { client, model: env.OPENAI_MODEL?.trim() || DEFAULT_OPENAI_MODEL };
}
