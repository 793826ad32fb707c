/** Every workflow the worker runs. Workflows only orchestrate: all I/O is in activities. */
export { gongHealthCheck } from './gong-health-check';
export { answerQuestionAboutCustomerCall } from './answer-question-about-customer-call';
export { searchCalls } from './search-calls';
export { getCallContent } from './get-call-content';
export { getCallTranscripts } from './get-call-transcripts';
export { gongApiRequest } from './gong-api-request';
