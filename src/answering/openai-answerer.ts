import type OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { NO_CALLS_ANALYSED_ANSWER, type Answerer } from './answer';
import { buildAnswerMessages } from './answer-prompt';
import { assembleCitedAnswer, keepKnownCitations } from './citations';

/** What the model must return; also sent as the strict JSON schema of the request. */
const ModelAnswer = z.object({
  answer: z.string(),
  claims: z.array(z.object({ text: z.string(), callIds: z.array(z.string()) })),
});

const RESPONSE_FORMAT = zodResponseFormat(ModelAnswer, 'call_answer');

/** The model replied, but not with an answer in the required shape. Retrying may help. */
export class OpenAiAnswerFormatError extends Error {
  override readonly name = 'OpenAiAnswerFormatError';
}

/** Dependencies and limits of the OpenAI answerer. */
export interface OpenAiAnswererOptions {
  /** Built by the caller, e.g. with `createOpenAiClient`. */
  client: OpenAI;
  model: string;
  /** Characters of serialised call content sent to the model; default 60 000. */
  maxCallChars?: number;
}

/** Parses and validates the model's message content. */
function parseModelAnswer(content: string): z.infer<typeof ModelAnswer> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new OpenAiAnswerFormatError('The model reply is not valid JSON.', { cause: error });
  }
  const parsed = ModelAnswer.safeParse(json);
  if (!parsed.success) {
    throw new OpenAiAnswerFormatError(
      `The model reply does not match the answer schema: ${z.prettifyError(parsed.error)}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}

/** Shown instead of a model answer whose statements cited none of the analysed calls. */
export const UNSUPPORTED_ANSWER =
  'The model could not tie its answer to any of the analysed calls, so no answer is given. Try a more specific question.';

/**
 * An answerer backed by an OpenAI chat model with structured output. Citations are checked against
 * the analysed calls, so only real call ids are returned. Errors of the OpenAI SDK (`OpenAI.APIError`,
 * with `status` and `headers`) propagate unchanged for the caller to classify and retry.
 */
export function createOpenAiAnswerer({
  client,
  model,
  maxCallChars = 60_000,
}: OpenAiAnswererOptions): Answerer {
  return {
    async answer(question, calls, signal, transcripts) {
      if (calls.length === 0) {
        return { answer: NO_CALLS_ANALYSED_ANSWER, citedCallIds: [], answeredBy: 'openai', model };
      }
      const completion = await client.chat.completions.create(
        {
          model,
          messages: buildAnswerMessages(question, calls, maxCallChars, transcripts),
          response_format: RESPONSE_FORMAT,
        },
        { signal },
      );
      const choice = completion.choices[0];
      if (!choice) throw new OpenAiAnswerFormatError('The model returned no choices.');
      if (choice.message.refusal) {
        throw new OpenAiAnswerFormatError(`The model refused to answer: ${choice.message.refusal}`);
      }
      if (choice.finish_reason === 'length') {
        throw new OpenAiAnswerFormatError('The model reply was cut off at its token limit.');
      }
      if (!choice.message.content) throw new OpenAiAnswerFormatError('The model reply is empty.');
      const reply = parseModelAnswer(choice.message.content);
      const claims = keepKnownCitations(
        reply.claims,
        calls.map((call) => call.callId),
      );
      if (claims.length === 0) {
        // No claims at all: the model says the calls do not answer. Claims whose every citation
        // was invented are unsupported, so their text is not passed on.
        const answer = reply.claims.length === 0 ? reply.answer : UNSUPPORTED_ANSWER;
        return { answer, citedCallIds: [], answeredBy: 'openai', model };
      }
      return { ...assembleCitedAnswer(claims), answeredBy: 'openai', model };
    },
  };
}
