import { z } from 'zod';
import { DEFAULT_OPENAI_MODEL, type OpenAiClientOptions } from '../answering/openai-client';
import { zodSection } from './env';

/** The answering model's endpoint; the API key is a secret and stays in this process. */
export type OpenAiSettings = OpenAiClientOptions;

/** `openai` is null without `OPENAI_API_KEY`: the extractive answerer answers. */
export const openAiSection = zodSection(
  [
    {
      names: ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'OPENAI_ORG_ID', 'OPENAI_PROJECT_ID'],
      meaning:
        'the answering model (any OpenAI-compatible server: OpenAI, Azure, vLLM, Ollama, llama.cpp, LiteLLM); unset key means the extractive answerer',
    },
  ],
  z.object({
    OPENAI_API_KEY: z.string().trim().optional(),
    OPENAI_BASE_URL: z.url({ protocol: /^https?$/, error: 'use http(s)://host[:port]/path' }).optional(),
    OPENAI_MODEL: z.string().trim().default(DEFAULT_OPENAI_MODEL),
    OPENAI_ORG_ID: z.string().trim().optional(),
    OPENAI_PROJECT_ID: z.string().trim().optional(),
  }),
  (parsed): OpenAiSettings | null =>
    parsed.OPENAI_API_KEY
      ? {
          apiKey: parsed.OPENAI_API_KEY,
          baseUrl: parsed.OPENAI_BASE_URL?.trim() ?? null,
          organization: parsed.OPENAI_ORG_ID ?? null,
          project: parsed.OPENAI_PROJECT_ID ?? null,
          model: parsed.OPENAI_MODEL,
        }
      : null,
);
