/**
 * Typed functions the platform uses to start this worker's workflows: inputs are validated
 * before anything reaches Temporal, results are typed. Depends on the API layer and
 * `@temporalio/client` only; connecting is the caller's (e.g. with `@temporalio/envconfig`).
 */
export { startGongWorkflow, executeGongWorkflow, type StartOptions } from './start-workflow';
export {
  answerQuestionAboutCustomerCall,
  startAnswerQuestion,
  runHealthCheck,
  startHealthCheck,
  searchCalls,
  startSearchCalls,
  getCallContent,
  startGetCallContent,
  getCallTranscripts,
  startGetCallTranscripts,
  gongApiRequest,
  startGongApiRequest,
} from './workflows';
export {
  getHealthCheckStatus,
  scheduleHealthCheck,
  unscheduleHealthCheck,
  type HealthCheckRun,
  type HealthCheckStatus,
} from './health-check-schedules';
export { InvalidInputError } from './invalid-input-error';
export { tracingClientInterceptors } from './client-tracing';
export { describeWorkflowError, type GongWorkflowError, type GongWorkflowErrorKind } from './workflow-error';
export * from '../api';
