import type { AnswerFromCallsResult } from '../activities/answer-from-calls';

/** The result of `answerFromCalls` as workers before the one spelling `analyzed` returned it. */
interface LegacyAnswerFromCallsResult {
  answer: AnswerFromCallsResult['answer'];
  analysedCallIds: string[];
}

/**
 * The result of `answerFromCalls` under today's field names. Workers before the one spelling
 * returned `analysedCallIds`; histories recorded then, and runs open across the upgrade, replay that
 * result, so the workflow reads both names.
 */
export function readAnswerFromCallsResult(
  result: AnswerFromCallsResult | LegacyAnswerFromCallsResult,
): AnswerFromCallsResult {
  if ('analyzedCallIds' in result) return result;
  return { answer: result.answer, analyzedCallIds: result.analysedCallIds };
}
