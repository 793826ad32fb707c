import { adapt } from './adapt';
import { createAnswerQuestion } from './answer-question';
import { createCheckGongConnection } from './check-gong-connection';
import type { ActivityDeps } from './deps';
import { createFindCustomerCalls } from './find-customer-calls';
import { createGetCallContent } from './get-call-content';

export type { ActivityDeps } from './deps';
export type { AnswerQuestionInput } from './answer-question';
export type { CheckGongConnectionInput, GongConnectionCheck } from './check-gong-connection';
export type { FindCustomerCallsInput, FindCustomerCallsResult } from './find-customer-calls';
export type { GetCallContentInput, GetCallContentResult } from './get-call-content';

/**
 * The worker's activities, built over injected dependencies. Each one is a thin adapter:
 * domain code does the work, {@link adapt} maps its errors to Temporal failures.
 */
export function createActivities(deps: ActivityDeps) {
  return {
    checkGongConnection: adapt(createCheckGongConnection(deps)),
    findCustomerCalls: adapt(createFindCustomerCalls(deps)),
    getCallContent: adapt(createGetCallContent(deps)),
    answerQuestion: adapt(createAnswerQuestion(deps)),
  };
}

/** The activity interface workflows proxy. */
export type GongActivities = ReturnType<typeof createActivities>;
