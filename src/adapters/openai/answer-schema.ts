import { z } from 'zod';
import { ModelError } from '../../answering/model-error';

/** Most statements an answer is split into: enough for a full answer, and a bound for grammar-driven servers. */
const MAX_CLAIMS = 8;
/** Longest claim, in characters: a few sentences. */
const MAX_CLAIM_CHARS = 1_000;
/** Longest `answer` text, in characters. */
const MAX_ANSWER_CHARS = 4_000;
/** Most call numbers one claim may cite. */
const MAX_SOURCES = 20;
/** Longest reply text read, in characters: what the bounds above allow, with room for JSON's escapes. */
const MAX_REPLY_CHARS = 32_000;

/** The labels `1`..`n` of `n` analyzed calls, as the prompt numbers them. */
function callLabels(count: number): string[] {
  return Array.from({ length: count }, (_, index) => String(index + 1));
}

/**
 * The JSON schema of an answer about `labelCount` numbered calls: each claim's `sources` may only
 * name those labels (an `enum`, which grammar-constrained servers enforce token by token, so even a
 * small model cannot make up a call). `answered: false` with no claims says the calls do not answer.
 * String lengths are checked on the reply only: OpenAI's strict mode refuses `maxLength`.
 */
export function answerJsonSchema(labelCount: number): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      answered: { type: 'boolean' },
      answer: { type: 'string' },
      claims: {
        type: 'array',
        maxItems: MAX_CLAIMS,
        items: {
          type: 'object',
          properties: {
            text: { type: 'string' },
            sources: {
              type: 'array',
              maxItems: MAX_SOURCES,
              items: { type: 'string', enum: callLabels(labelCount) },
            },
          },
          required: ['text', 'sources'],
          additionalProperties: false,
        },
      },
    },
    required: ['answered', 'answer', 'claims'],
    additionalProperties: false,
  };
}

/**
 * What is read back: lenient where a server without a grammar may stray (a label as a number or as
 * `[2]`, no `answered`, which then counts as true), strict on the shape. Labels outside the list are
 * dropped later, with their claims.
 */
const ModelAnswer = z.object({
  answered: z.boolean().default(true),
  answer: z.string(),
  claims: z.array(
    z.object({
      text: z.string(),
      sources: z.array(z.union([z.string(), z.number()]).transform((label) => String(label))),
    }),
  ),
});

/** The bounds of a reply, checked apart from its shape: a reply past them is not an answer, in any mode. */
const BoundedAnswer = z.object({
  answer: z.string().max(MAX_ANSWER_CHARS),
  claims: z
    .array(
      z.object({ text: z.string().max(MAX_CLAIM_CHARS), sources: z.array(z.unknown()).max(MAX_SOURCES) }),
    )
    .max(MAX_CLAIMS),
});

/** A model's answer: its text and its claims, each citing call labels. */
export type ModelAnswer = z.output<typeof ModelAnswer>;

/** The first JSON object in `text`: the whole text, a fenced block, or from the first `{` to the last `}`. */
function jsonIn(text: string): unknown {
  const candidates = [
    text,
    /```(?:json)?\s*([\s\S]*?)```/.exec(text)?.[1] ?? '',
    text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1),
  ];
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next reading
    }
  }
  throw new ModelError('model_bad_reply', 'The model reply is not valid JSON.', true);
}

/** A reply past the bounds: not retried, since a server that wrote one ignored `max_tokens` and the schema. */
function tooLarge(detail: string, cause?: unknown): ModelError {
  return new ModelError(
    'model_bad_reply',
    `The model reply is larger than an answer may be (${detail}; at most ${MAX_CLAIMS} claims of ` +
      `${MAX_CLAIM_CHARS} characters and an answer of ${MAX_ANSWER_CHARS}).`,
    false,
    { cause },
  );
}

/**
 * Parses and validates the model's reply. A reply not in the answer's shape fails as a retryable
 * bad reply; one past the bounds of an answer fails as a bad reply that is not retried.
 */
export function parseModelAnswer(text: string): ModelAnswer {
  if (text.length > MAX_REPLY_CHARS) throw tooLarge(`${text.length} characters`);
  const parsed = ModelAnswer.safeParse(jsonIn(text));
  if (!parsed.success) {
    throw new ModelError(
      'model_bad_reply',
      `The model reply does not match the answer schema: ${z.prettifyError(parsed.error)}`,
      true,
      { cause: parsed.error },
    );
  }
  const bounded = BoundedAnswer.safeParse(parsed.data);
  if (!bounded.success) throw tooLarge(z.prettifyError(bounded.error).slice(0, 300), bounded.error);
  return parsed.data;
}
