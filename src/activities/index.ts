import { DEFAULT_MAX_RETRY_AFTER_SECONDS } from '../gong/retry-after-limit';
import { adapt } from './adapt';
import { createAnswerFromCalls } from './answer-from-calls';
import { createCheckGongConnection } from './check-gong-connection';
import type { ActivityDeps } from './deps';
import { createFetchCallTranscripts } from './fetch-call-transcripts';
import { createFindCustomerCalls } from './find-customer-calls';
import { createGetCallContent } from './get-call-content-activity';
import { createListCallsInRange } from './list-calls-in-range';
import { createSendGongApiRequests } from './send-gong-api-request';

export type { ActivityDeps } from './deps';

/**
 * The worker's activities, built over injected dependencies. Each one is a thin adapter:
 * domain code does the work, {@link adapt} maps its errors to Temporal failures.
 */
export function createActivities(deps: ActivityDeps) {
  const limits = { maxRetryAfterSeconds: deps.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS };
  const { sendGongApiRead, sendGongApiWrite } = createSendGongApiRequests(deps);
  return {
    checkGongConnection: adapt(createCheckGongConnection(deps), limits),
    findCustomerCalls: adapt(createFindCustomerCalls(deps), limits),
    getCallContent: adapt(createGetCallContent(deps), limits),
    answerFromCalls: adapt(createAnswerFromCalls(deps), limits),
    listCallsInRange: adapt(createListCallsInRange(deps), limits),
    fetchCallTranscripts: adapt(createFetchCallTranscripts(deps), limits),
    sendGongApiRead: adapt(sendGongApiRead, limits),
    sendGongApiWrite: adapt(sendGongApiWrite, limits),
  };
}

/** The activity interface workflows proxy. */
export type GongActivities = ReturnType<typeof createActivities>;
