/**
 * The API layer: everything the platform needs to call this worker's workflows (type names, the
 * task queue, input schemas, result types, failure types, the progress query, search attribute
 * keys), with nothing of the worker itself. Pure: no I/O, no process settings.
 */
export { DEFAULT_TASK_QUEUE } from './task-queue';
export {
  gongWorkflowDefinitions,
  gongWorkflowId,
  healthScheduleId,
  type GongWorkflowDefinition,
  type GongWorkflowInput,
  type GongWorkflowResult,
  type GongWorkflows,
  type GongWorkflowType,
  type Preparation,
  type PreparedRun,
} from './workflows';
export { FailureTypes } from './failure-types';
export { WORKFLOW_EXECUTION_TIMEOUTS } from './workflow-timeouts';
export { describeGongFailure, type GongWorkflowError, type GongWorkflowErrorKind } from './gong-failure';
export { answerProgressQuery } from './queries';
export {
  gongChildWorkflowOptions,
  type GongChildOptions,
  type GongChildWorkflowOptions,
} from './child-workflows';
export {
  DEFAULT_NEXUS_ENDPOINT,
  GONG_NEXUS_SERVICE,
  gongNexusService,
  type GongNexusService,
} from './nexus-service';
export {
  GONG_CONNECTION_ID,
  connectionSearchAttributes,
  isMissingSearchAttributeError,
  missingSearchAttributeMessage,
  registerSearchAttributeCommand,
} from './search-attributes';
export { connectionIdSchema } from './connection-id';
export { fieldIssues, describeIssues, type FieldIssue } from './describe-issues';
export { formatInterval, parseInterval } from './interval';
export {
  answerQuestionInputSchema,
  type AnswerQuestionInput,
  type AnswerQuestionProgress,
  type AnswerQuestionResult,
  type CallReference,
} from './answer-question';
export {
  DEFAULT_HEALTH_INTERVAL,
  MIN_HEALTH_INTERVAL_MS,
  healthCheckInputSchema,
  scheduleHealthCheckInputSchema,
  type HealthCheckInput,
  type HealthCheckResult,
  type ScheduleHealthCheckInput,
} from './health-check';
export {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  searchCallsInputSchema,
  type CallSummary,
  type SearchCallsInput,
  type SearchCallsResult,
} from './search-calls';
export {
  MAX_CONTENT_CALL_IDS,
  callContentInputSchema,
  type CallContent,
  type CallContentInput,
  type CallContentResult,
  type ContentBlock,
  type MissingCall,
} from './call-content';
export {
  MAX_TRANSCRIPT_CALL_IDS,
  callTranscriptsInputSchema,
  type CallTranscript,
  type CallTranscriptsInput,
  type CallTranscriptsResult,
  type TranscriptSentence,
} from './call-transcripts';
export {
  API_METHODS,
  gongApiRequestInputSchema,
  type GongApiRequestInput,
  type GongApiRequestResult,
} from './gong-api-request';
export type { MatchedCall } from '../matching/matched-call';
export type { MatchReason } from '../matching/match-call';
