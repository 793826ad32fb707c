import { cancellationSignal } from '@temporalio/activity';
import type { Answer } from '../answering';
import { readCallContent } from '../gong/read-call-content';
import { gongClientFor, type ActivityDeps } from './deps';
import { whileHeartbeating } from './while-heartbeating';
import { readTranscriptsForCalls } from '../gong/read-transcripts';

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
 * one activity so neither content nor transcripts ever enter the workflow history. Heartbeats
 * while Gong and the model work, so a cancellation reaches it promptly.
 */
export function createAnswerFromCalls(deps: ActivityDeps) {
  return async function answerFromCalls(input: AnswerFromCallsInput): Promise<AnswerFromCallsResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const { calls } = await whileHeartbeating({ reading: input.callIds.length }, () =>
      readCallContent(client, input.callIds, { signal: cancellationSignal() }),
    );
    const transcripts = input.includeTranscripts
      ? await whileHeartbeating({ readingTranscripts: calls.length }, () =>
          readTranscriptsForCalls(client, calls, cancellationSignal()),
        )
      : undefined;
    const answer = await whileHeartbeating({ answering: calls.length }, () =>
      deps.answerer.answer(input.question, calls, cancellationSignal(), transcripts),
    );
    return { answer, analysedCallIds: calls.map((call) => call.callId) };
  };
}
