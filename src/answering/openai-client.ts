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

/** What the OpenAI client is built from (parsed in `src/config/openai.ts`). */
export interface OpenAiClientOptions {
  apiKey: string;
  /** Null: OpenAI itself. */
  baseUrl: string | null;
  organization: string | null;
  project: string | null;
  model: string;
}

/**
 * Builds the OpenAI client. The SDK does not retry (`maxRetries: 0`): Temporal owns retries.
 * Answers are read with a size limit and the key is removed from them (see `guardedOpenAiFetch`).
 */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAiConfig {
  const client = new OpenAI({
    apiKey: options.apiKey,
    // Explicit nulls stop the SDK from reading process.env behind the caller's back.
    baseURL: options.baseUrl,
    organization: options.organization,
    project: options.project,
    adminAPIKey: null,
    maxRetries: 0,
    timeout: REQUEST_TIMEOUT_MS,
    fetch: guardedOpenAiFetch({ apiKey: options.apiKey }),
  });
  return { client, model: options.model };
}
