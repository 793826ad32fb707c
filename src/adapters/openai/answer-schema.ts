import { z } from 'zod';
import { ModelError } from '../../answering/model-error';

/** Most statements an answer is split into: enough for a full answer, and a bound for grammar-driven servers. */
const MAX_CLAIMS = 8;

/** The labels `1`..`n` of `n` analyzed calls, as the prompt numbers them. */
function callLabels(count: number): string[] {
  return Array.from({ length: count }, (_, index) => String(index + 1));
}

/**
 * The JSON schema of an answer about `labelCount` numbered calls: each claim's `sources` may only
 * name those labels (an `enum`, which grammar-constrained servers enforce token by token, so even a
 * small model cannot make up a call).
 */
export function answerJsonSchema(labelCount: number): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      answer: { type: 'string' },
      claims: {
        type: 'array',
        maxItems: MAX_CLAIMS,
        items: {
          type: 'object',
          properties: {
            text: { type: 'string' },
            sources: { type: 'array', items: { type: 'string', enum: callLabels(labelCount) } },
          },
          required: ['text', 'sources'],
          additionalProperties: false,
        },
      },
    },
    required: ['answer', 'claims'],
    additionalProperties: false,
  };
}

/**
 * What is read back: lenient where a server without a grammar may stray (a label as a number or as
 * `[2]`), strict on the shape. Labels outside the list are dropped later, with their claims.
 */
const ModelAnswer = z.object({
  answer: z.string(),
  claims: z.array(
    z.object({
      text: z.string(),
      sources: z.array(z.union([z.string(), z.number()]).transform((label) => String(label))),
    }),
  ),
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

/** Parses and validates the model's reply. */
export function parseModelAnswer(text: string): ModelAnswer {
  const parsed = ModelAnswer.safeParse(jsonIn(text));
  if (!parsed.success) {
    throw new ModelError(
      'model_bad_reply',
      `The model reply does not match the answer schema: ${z.prettifyError(parsed.error)}`,
      true,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}
