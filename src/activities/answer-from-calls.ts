import { cancellationSignal } from '@temporalio/activity';
import type { Answer } from '../answering';
import type { ActivityDeps } from './deps';
import { createGetCallContent } from './get-call-content';
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
 */
export function createAnswerFromCalls(deps: ActivityDeps) {
  const getCallContent = createGetCallContent(deps);
  return async function answerFromCalls(input: AnswerFromCallsInput): Promise<AnswerFromCallsResult> {
    const { calls } = await getCallContent({ connectionId: input.connectionId, callIds: input.callIds });
    // The model can take a while; heartbeats keep a cancellation able to reach the activity.
    const answer = await whileHeartbeating({ answering: calls.length }, () =>
      deps.answerer.answer(input.question, calls, cancellationSignal()),
    );
    return { answer, analysedCallIds: calls.map((call) => call.callId) };
  };
}
