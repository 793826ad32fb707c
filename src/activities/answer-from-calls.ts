import { cancellationSignal } from '@temporalio/activity';
import type { Answer } from '../answering';
import { readCallContent } from '../gong/read-call-content';
import { gongClientFor, type ActivityDeps } from './deps';
import { whileHeartbeating } from './while-heartbeating';

/** Input of {@link createAnswerFromCalls}. */
export interface AnswerFromCallsInput {
  connectionId: string;
  callIds: string[];
  question: string;
}

/** The answer, and which of the asked calls Gong returned content for. */
export interface AnswerFromCallsResult {
  answer: Answer;
  analysedCallIds: string[];
}

/**
 * Reads Gong's AI content of the calls (one request per 100 ids) and answers from it. Reading
 * and answering share one activity so the call content never enters the workflow history.
 * Heartbeats while Gong and the model work, so a cancellation reaches it promptly.
 */
export function createAnswerFromCalls(deps: ActivityDeps) {
  return async function answerFromCalls(input: AnswerFromCallsInput): Promise<AnswerFromCallsResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const { calls } = await whileHeartbeating({ reading: input.callIds.length }, () =>
      readCallContent(client, input.callIds, { signal: cancellationSignal() }),
    );
    const answer = await whileHeartbeating({ answering: calls.length }, () =>
      deps.answerer.answer(input.question, calls, cancellationSignal()),
    );
    return { answer, analysedCallIds: calls.map((call) => call.callId) };
  };
}
