/** How the answer's JSON shape is asked of the server; see {@link STRUCTURED_OUTPUT_MODES}. */
export type StructuredOutputMode = 'json_schema' | 'json_object' | 'tools' | 'prompt';

/**
 * The ways of asking for JSON, most to least enforced: `response_format` `json_schema` (OpenAI,
 * Azure, vLLM, Ollama), `json_object` with the schema (llama-cpp-python turns it into a grammar),
 * a forced tool call, or the schema in the prompt only. `auto` tries them in this order.
 */
export const STRUCTURED_OUTPUT_MODES: readonly StructuredOutputMode[] = [
  'json_schema',
  'json_object',
  'tools',
  'prompt',
];

/** What the worker does when the model fails or cites no analyzed call. */
export type ModelFallback = 'extractive' | 'fail';

/** Everything the OpenAI answerer needs to know, already validated (see `src/config/openai-settings.ts`). */
export interface ModelOptions {
  apiKey: string;
  /** The server's base URL; null for OpenAI itself. */
  baseUrl: string | null;
  model: string;
  organization: string | null;
  project: string | null;
  /** A fixed mode, or `auto` to try each in turn and remember what the server accepts. */
  structuredOutput: 'auto' | StructuredOutputMode;
  /** Longest reply, in tokens (`max_tokens`, or `max_completion_tokens` for models refusing it). */
  maxOutputTokens: number;
  /** One model request is abandoned after this long. */
  timeoutMs: number;
  /** The model's context window in tokens: the prompt is trimmed to fit it with the reply. */
  contextTokens: number;
  fallback: ModelFallback;
}

/** The model used when `OPENAI_MODEL` is unset. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** Context windows of well-known model families, first match wins; others get {@link DEFAULT_CONTEXT_TOKENS}. */
const CONTEXT_BY_FAMILY: readonly [RegExp, number][] = [
  [/gpt-4\.1|gpt-4o|gpt-4-turbo|gpt-5|(^|\/)o\d/i, 128_000],
  [/gpt-3\.5/i, 16_385],
  [/gpt-4/i, 8_192],
  [/llama-?3\.[1-3]|qwen2\.5|qwen3|mistral-(small|large|nemo)|gemma-?3/i, 32_768],
  [/mixtral|mistral/i, 32_768],
  [/phi-?3/i, 4_096],
  [/smollm2|llama-?3|gemma/i, 8_192],
];

/** Context assumed for a model of unknown family. */
const DEFAULT_CONTEXT_TOKENS = 8_192;

/** The usual context window of `model`'s family, else 8k. */
export function defaultContextTokens(model: string): number {
  return CONTEXT_BY_FAMILY.find(([family]) => family.test(model))?.[1] ?? DEFAULT_CONTEXT_TOKENS;
}
