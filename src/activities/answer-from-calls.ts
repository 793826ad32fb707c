import { cancellationSignal } from '@temporalio/activity';
import type { Answer } from '../answering';
import { readTranscriptsForCalls } from '../gong/read-transcripts';
import { gongClientFor, type ActivityDeps } from './deps';
import { createGetCallContent } from './get-call-content';

/** Input of {@link createAnswerFromCalls}. */
export interface AnswerFromCallsInput {
  connectionId: string;
  callIds: string[];
  question: string;
  /** Also read the calls' transcripts (one more Gong request per 100 calls) and answer from them. */
  includeTranscripts?: boolean;
}

/** The answer, and which of the asked calls Gong returned content for. */
export interface AnswerFromCallsResult {
  answer: Answer;
  analysedCallIds: string[];
}

/**
 * Reads Gong's AI content of the calls (one request per 100 ids), and their transcripts when asked
 * (one more request per 100 ids, size-bounded), and answers from them. Reading and answering share
 * one activity so neither content nor transcripts ever enter the workflow history.
 */
export function createAnswerFromCalls(deps: ActivityDeps) {
  const getCallContent = createGetCallContent(deps);
  return async function answerFromCalls(input: AnswerFromCallsInput): Promise<AnswerFromCallsResult> {
    const { calls } = await getCallContent({ connectionId: input.connectionId, callIds: input.callIds });
    const transcripts = input.includeTranscripts
      ? await readTranscriptsForCalls(
          await gongClientFor(deps, input.connectionId),
          calls,
          cancellationSignal(),
        )
      : undefined;
    const answer = await deps.answerer.answer(input.question, calls, cancellationSignal(), transcripts);
    return { answer, analysedCallIds: calls.map((call) => call.callId) };
  };
}
