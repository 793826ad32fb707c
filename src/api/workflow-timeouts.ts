/**
 * How long one run of each workflow may take in all, retries and backoff included, before
 * Temporal ends it as timed out. Each is above the worst case its activity options allow (for
 * example the health check: 4 attempts of 1 minute plus backoff), so only a run that is stuck
 * (an upstream that never answers, a worker that never picks it up) reaches it. Every client
 * start and the health-check Schedule's action use these values, so a stuck scheduled check
 * cannot block the next ones forever.
 */
export const WORKFLOW_EXECUTION_TIMEOUTS = {
  gongHealthCheck: '10 minutes',
  gongApiRequest: '30 minutes',
  getCallContent: '1 hour',
  getCallTranscripts: '3 hours',
  searchCalls: '3 hours',
  answerQuestionAboutCustomerCall: '3 hours',
} as const;
