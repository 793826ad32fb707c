import { cancellationSignal } from '@temporalio/activity';
import type { Answer } from '../answering';
import type { CallContent } from '../gong/call-content';
import type { ActivityDeps } from './deps';

/** Input of {@link createAnswerQuestion}. */
export interface AnswerQuestionInput {
  question: string;
  calls: CallContent[];
}

/** Answers from the calls' content with the configured answerer (OpenAI or extractive). */
export function createAnswerQuestion(deps: ActivityDeps) {
  return async function answerQuestion(input: AnswerQuestionInput): Promise<Answer> {
    return deps.answerer.answer(input.question, input.calls, cancellationSignal());
  };
}
