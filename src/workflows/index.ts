/** Every workflow the worker runs. Workflows only orchestrate: all I/O is in activities. */
export { gongHealthCheck } from './gong-health-check';
export { answerQuestionAboutCustomerCall, answerProgressQuery } from './answer-question-about-customer-call';
