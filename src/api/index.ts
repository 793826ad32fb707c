/**
 * The API layer: everything the platform needs to call this worker's workflows (type names, the
 * task queue, input schemas, result types, failure types, the progress query, search attribute
 * keys), with nothing of the worker itself. Pure: no I/O, no process settings.
 */
export { DEFAULT_TASK_QUEUE } from './task-queue';
export {
  GONG_WORKFLOW_TYPES,
  gongWorkflowRegistry,
  gongWorkflowId,
  healthScheduleId,
  prepareGongRun,
  type ExecutionTimeout,
  type GongNexusOperation,
  type GongWorkflowEntry,
  type GongWorkflowInput,
  type GongWorkflowResult,
  type GongWorkflows,
  type GongWorkflowType,
  type GongWorkflowValidInput,
  type Preparation,
  type PreparedRun,
} from './registry';
export { FailureTypes, type FailureType } from './failure-types';
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
  type GongNexusOperations,
  type GongNexusService,
} from './nexus-service';
export {
  GONG_CONNECTION_ID,
  connectionSearchAttributes,
  isMissingSearchAttributeError,
  missingSearchAttributeMessage,
  registerSearchAttributeCommand,
} from './search-attributes';
export type { FieldIssue } from '../wording/field-issues';
export {
  answerQuestionInputSchema,
  callContentInputSchema,
  callTranscriptsInputSchema,
  connectionIdSchema,
  gongApiRequestInputSchema,
  healthCheckInputSchema,
  scheduleHealthCheckInputSchema,
  searchCallsInputSchema,
} from './input-schemas';
export {
  type AnswerCoverage,
  type AnswerModelError,
  type AnswerQuestionInput,
  type AnswerQuestionProgress,
  type AnswerQuestionResult,
} from './answer-question';
export {
  DEFAULT_HEALTH_INTERVAL,
  MIN_HEALTH_INTERVAL_MS,
  MAX_HEALTH_INTERVAL_MS,
  type HealthCheckInput,
  type HealthCheckResult,
  type ScheduleHealthCheckInput,
} from './health-check';
export {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type SearchCallsInput,
  type SearchCallsResult,
} from './search-calls';
export { MAX_CONTENT_CALL_IDS, type CallContentInput, type CallContentResult } from './call-content';
export type { MissingCall } from './call-ids';
export {
  MAX_TRANSCRIPT_CALL_IDS,
  type CallTranscriptsInput,
  type CallTranscriptsResult,
} from './call-transcripts';
export { API_METHODS, type GongApiRequestInput, type GongApiRequestResult } from './gong-api-request';
export {
  CONTENT_BLOCKS,
  type CallContent,
  type CallParticipant,
  type CallReference,
  type CallSpeaker,
  type CallSummary,
  type CallTranscript,
  type ContentBlock,
  type ContentSection,
  type MatchedCall,
  type MatchReason,
  type TranscriptSentence,
} from './calls';
