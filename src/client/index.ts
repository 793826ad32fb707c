/**
 * Typed functions the platform uses to start this worker's workflows: inputs are validated
 * before anything reaches Temporal, results are typed.
 */
export { connectClient, type ConnectedClient } from './connect';
export { answerQuestionAboutCustomerCall, startAnswerQuestion, type StartOptions } from './answer-question';
export {
  DEFAULT_HEALTH_INTERVAL,
  getHealthCheckStatus,
  runHealthCheck,
  scheduleHealthCheck,
  unscheduleHealthCheck,
  type HealthCheckRun,
  type HealthCheckStatus,
} from './health-check';
export { getCallContent, startGetCallContent } from './call-content';
export { getCallTranscripts, startGetCallTranscripts } from './call-transcripts';
export { gongApiRequest, startGongApiRequest } from './gong-api-request';
export { searchCalls, startSearchCalls } from './search-calls';
export { InvalidInputError } from './invalid-input-error';
export { describeWorkflowError, type GongWorkflowError, type GongWorkflowErrorKind } from './workflow-error';
export { FailureTypes } from '../contracts/failure-types';
export { answerWorkflowId, healthScheduleId } from './workflow-ids';
export { connectionSearchAttributes, GONG_CONNECTION_ID } from './search-attributes';
export type {
  AnswerQuestionInput,
  AnswerQuestionResult,
  AnswerQuestionProgress,
} from '../contracts/answer-question';
export type { HealthCheckInput, HealthCheckResult } from '../contracts/health-check';
export type { SearchCallsInput, SearchCallsResult, CallSummary } from '../contracts/search-calls';
export type {
  CallContent,
  CallContentInput,
  CallContentResult,
  ContentBlock,
  MissingCall,
} from '../contracts/call-content';
export type {
  CallTranscript,
  CallTranscriptsInput,
  CallTranscriptsResult,
  TranscriptSentence,
} from '../contracts/call-transcripts';
export type { GongApiRequestInput, GongApiRequestResult } from '../contracts/gong-api-request';
