import { z } from 'zod';
import { describeIssues } from '../api/describe-issues';
import {
  DEFAULT_OPENAI_MODEL,
  defaultContextTokens,
  STRUCTURED_OUTPUT_MODES,
  type ModelOptions,
} from '../answering/model-options';

const optionalText = z.string().trim().min(1).optional();

const openAiSettingsSchema = z.object({
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
    .max(600_000, 'must be at most 600000 (10 minutes: the answering activity allows 20 for the model)')
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

/**
 * Reads the answering model's settings: null when `OPENAI_API_KEY` is unset (the extractive
 * answerer answers). A bad variable fails with its name and the reason. The context window
 * defaults to the model family's; the reply must leave room in it for the calls.
 */
export function loadOpenAiSettings(env: Record<string, string | undefined>): ModelOptions | null {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value?.trim() !== ''));
  const parsed = openAiSettingsSchema.safeParse(blankAsUnset);
  if (!parsed.success) throw new Error(`Invalid environment: ${describeIssues(parsed.error)}`);
  const settings = parsed.data;
  if (!settings.OPENAI_API_KEY) return null;
  const model = settings.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL;
  const contextTokens = settings.OPENAI_CONTEXT_TOKENS ?? defaultContextTokens(model);
  if (settings.OPENAI_MAX_OUTPUT_TOKENS >= contextTokens / 2) {
    throw new Error(
      `Invalid environment: OPENAI_MAX_OUTPUT_TOKENS: must be under half of the context (${contextTokens} tokens, ` +
        `${settings.OPENAI_CONTEXT_TOKENS ? 'OPENAI_CONTEXT_TOKENS' : `assumed for ${model}`}) so the calls fit`,
    );
  }
  return {
    apiKey: settings.OPENAI_API_KEY,
    baseUrl: settings.OPENAI_BASE_URL ?? null,
    model,
    organization: settings.OPENAI_ORG_ID ?? null,
    project: settings.OPENAI_PROJECT_ID ?? null,
    structuredOutput: settings.OPENAI_STRUCTURED_OUTPUT,
    maxOutputTokens: settings.OPENAI_MAX_OUTPUT_TOKENS,
    timeoutMs: settings.OPENAI_TIMEOUT_MS,
    contextTokens,
    fallback: settings.OPENAI_FALLBACK,
  };
}
