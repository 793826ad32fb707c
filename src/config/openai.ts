import { z } from 'zod';
import {
  DEFAULT_OPENAI_MODEL,
  defaultContextTokens,
  STRUCTURED_OUTPUT_MODES,
  type ModelOptions,
} from '../answering/model-options';
import { zodSection } from './env';

/** The answering model's settings; the API key is a secret and stays in this process. */
export type OpenAiSettings = ModelOptions;

const optionalText = z.string().trim().min(1).optional();

const openAiSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:8000/v1' })
    .optional(),
  OPENAI_MODEL: optionalText,
  OPENAI_ORG_ID: optionalText,
  OPENAI_PROJECT_ID: optionalText,
  OPENAI_STRUCTURED_OUTPUT: z
    .enum(['auto', ...STRUCTURED_OUTPUT_MODES], {
      error: `must be one of auto, ${STRUCTURED_OUTPUT_MODES.join(', ')}`,
    })
    .default('auto'),
  OPENAI_MAX_OUTPUT_TOKENS: z.coerce
    .number({ error: 'must be a number of tokens' })
    .int()
    .min(64, 'must be at least 64 (an answer with its claims needs room)')
    .max(32_768)
    .default(800),
  OPENAI_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int()
    .min(1000, 'must be at least 1000')
    .max(600_000, 'must be at most 600000 (10 minutes: an answer allows the model 20 at most)')
    .default(60_000),
  OPENAI_CONTEXT_TOKENS: z.coerce
    .number({ error: 'must be a number of tokens' })
    .int()
    .min(1024, 'must be at least 1024')
    .max(10_000_000)
    .optional(),
  OPENAI_FALLBACK: z
    .enum(['extractive', 'fail'], { error: 'must be extractive or fail' })
    .default('extractive'),
});

/** The reply must leave the calls room in the context, or every answer would be trimmed to nothing. */
const withRoomForTheCalls = openAiSchema.superRefine((parsed, context) => {
  const model = parsed.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL;
  const contextTokens = parsed.OPENAI_CONTEXT_TOKENS ?? defaultContextTokens(model);
  if (parsed.OPENAI_MAX_OUTPUT_TOKENS >= contextTokens / 2) {
    context.addIssue({
      code: 'custom',
      path: ['OPENAI_MAX_OUTPUT_TOKENS'],
      message:
        `must be under half of the context (${contextTokens} tokens, ` +
        `${parsed.OPENAI_CONTEXT_TOKENS ? 'OPENAI_CONTEXT_TOKENS' : `assumed for ${model}`}) so the calls fit`,
    });
  }
});

/**
 * `openai` is null without `OPENAI_API_KEY`: the extractive answerer answers. The context window
 * defaults to the model family's.
 */
export const openAiSection = zodSection(
  [
    {
      names: ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL'],
      meaning:
        'the answering model (any OpenAI-compatible server: OpenAI, Azure, vLLM, Ollama, llama.cpp, LiteLLM; default model `gpt-4o-mini`); unset key means the extractive answerer',
    },
    {
      names: ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID'],
      meaning: 'OpenAI organization and project, when the key needs them',
    },
    {
      names: ['OPENAI_STRUCTURED_OUTPUT'],
      meaning:
        '`auto` (default: `json_schema`, then `json_object`, `tools`, `prompt` as the server refuses each), or one of them, fixed',
    },
    {
      names: ['OPENAI_MAX_OUTPUT_TOKENS'],
      meaning: 'longest reply in tokens, default 800 (64 to 32768, under half the context)',
    },
    {
      names: ['OPENAI_TIMEOUT_MS'],
      meaning:
        "one model request's timeout, default 60000 (1000 to 600000); 300000 for CPU servers. An answer gives the model 3 × this + 3 s, at most 20 minutes, then quotes the calls; the answering activity's 30-minute start-to-close covers it",
    },
    {
      names: ['OPENAI_CONTEXT_TOKENS'],
      meaning:
        "the model's context window, default by model family (128k for OpenAI's current models), else 8192; the prompt is trimmed to fit",
    },
    {
      names: ['OPENAI_FALLBACK'],
      meaning:
        "`extractive` (default): a failing model is answered around by quoting the calls, saying why; `fail`: the run fails with the model error's kind",
    },
  ],
  withRoomForTheCalls,
  (parsed): OpenAiSettings | null => {
    if (!parsed.OPENAI_API_KEY) return null;
    const model = parsed.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL;
    return {
      apiKey: parsed.OPENAI_API_KEY,
      baseUrl: parsed.OPENAI_BASE_URL ?? null,
      model,
      organization: parsed.OPENAI_ORG_ID ?? null,
      project: parsed.OPENAI_PROJECT_ID ?? null,
      structuredOutput: parsed.OPENAI_STRUCTURED_OUTPUT,
      maxOutputTokens: parsed.OPENAI_MAX_OUTPUT_TOKENS,
      timeoutMs: parsed.OPENAI_TIMEOUT_MS,
      contextTokens: parsed.OPENAI_CONTEXT_TOKENS ?? defaultContextTokens(model),
      fallback: parsed.OPENAI_FALLBACK,
    };
  },
);
