import OpenAI from 'openai';
import { errorText } from './to-model-error';
import { ModelError } from '../../answering/model-error';
import type { StructuredOutputMode } from '../../answering/model-options';

type CompletionParams = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming;
type Completion = OpenAI.Chat.Completions.ChatCompletion;

/** The name of the answer's schema and tool. */
const ANSWER_NAME = 'call_answer';

/** What a `prompt`-mode request adds to the instructions, since nothing else enforces the shape. */
export function jsonOnlyInstruction(schema: Record<string, unknown>): string {
  return [
    'Reply with one JSON object and nothing else (no prose, no code fence), matching this JSON schema:',
    JSON.stringify(schema),
  ].join(' ');
}

/** The request fields that ask for `schema` in `mode`. */
export function formatParams(
  mode: StructuredOutputMode,
  schema: Record<string, unknown>,
): Partial<CompletionParams> {
  switch (mode) {
    case 'json_schema':
      return {
        response_format: { type: 'json_schema', json_schema: { name: ANSWER_NAME, strict: true, schema } },
      };
    case 'json_object':
      // `schema` is llama-cpp-python's extension (a grammar); other servers ignore it, and the
      // instructions say "JSON", which OpenAI requires in this mode.
      return { response_format: { type: 'json_object', schema } as OpenAI.ResponseFormatJSONObject };
    case 'tools':
      return {
        tools: [
          {
            type: 'function',
            function: {
              name: ANSWER_NAME,
              description: 'Give the answer and its claims.',
              parameters: schema,
            },
          },
        ],
        tool_choice: { type: 'function', function: { name: ANSWER_NAME } },
      };
    case 'prompt':
      return {};
  }
}

/** The reply's JSON text: the forced tool call's arguments in `tools` mode (or the content of a server that answered in words), else the content. */
export function replyText(completion: Completion): string {
  const choice = completion.choices[0];
  if (!choice) throw new ModelError('model_bad_reply', 'The model returned no choices.', true);
  if (choice.message.refusal) {
    throw new ModelError('model_bad_reply', `The model refused to answer: ${choice.message.refusal}`, false);
  }
  const call = choice.message.tool_calls?.find((tool) => tool.type === 'function');
  const text = call?.type === 'function' ? call.function.arguments : choice.message.content;
  if (!text?.trim()) throw new ModelError('model_bad_reply', 'The model reply is empty.', true);
  return text;
}

/** Words by which servers name the structured-output fields of a request they refuse. */
const FORMAT_WORDS: Record<StructuredOutputMode, RegExp> = {
  json_schema: /response_format|json_schema|structured output/i,
  json_object: /response_format|json_object|\bschema\b/i,
  tools: /\btools?\b|tool_choice|function/i,
  prompt: /$^/,
};

/**
 * True when the server refused the request because of how it asks for JSON in `mode`: HTTP 400 or
 * 422 (OpenAI, Azure, vLLM, Ollama, LiteLLM's `UnsupportedParamsError`), or 500 from servers that
 * fail validation as an internal error (llama-cpp-python: `Input should be 'text' or 'json_object'`),
 * naming the field. Such a refusal is the same every time: it is never retried as is.
 */
export function rejectsFormat(error: unknown, mode: StructuredOutputMode): boolean {
  if (!(error instanceof OpenAI.APIError)) return false;
  if (![400, 422, 500, 501].includes(error.status ?? 0)) return false;
  return FORMAT_WORDS[mode].test(errorText(error));
}

/** A request parameter the server refused, which the request can do without or rename. */
export type RefusedParameter = 'max_tokens' | 'temperature';

/**
 * Which optional parameter a 400/422 refuses, if any: OpenAI's reasoning models refuse `max_tokens`
 * ("Use 'max_completion_tokens' instead") and any temperature but 1.
 */
export function refusedParameter(error: unknown): RefusedParameter | null {
  if (!(error instanceof OpenAI.APIError) || ![400, 422].includes(error.status ?? 0)) return null;
  const text = errorText(error);
  if (
    error.param === 'max_tokens' ||
    /'?max_tokens'? (is )?not supported|max_completion_tokens/i.test(text)
  ) {
    return 'max_tokens';
  }
  if (error.param === 'temperature' || /temperature/i.test(text)) return 'temperature';
  return null;
}
