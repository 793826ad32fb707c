/** Every workflow the worker runs. Workflows only orchestrate: all I/O is in activities. */
import type { GongWorkflows } from '../api/registry';
import { answerQuestionAboutCustomerCall as answerQuestion } from './answer-question-about-customer-call-workflow';
import { getCallContent as callContent } from './get-call-content-workflow';
import { getCallTranscripts as callTranscripts } from './get-call-transcripts-workflow';
import { gongApiRequest as apiRequest } from './gong-api-request-workflow';
import { gongHealthCheck as healthCheck } from './gong-health-check-workflow';
import { searchCalls as callSearch } from './search-calls-workflow';

/**
 * Exported under the registry's type names and checked against it: a workflow missing here, one
 * the registry does not name, or an input or result type other than the registry's fails to compile.
 */
export const {
  answerQuestionAboutCustomerCall,
  gongHealthCheck,
  searchCalls,
  getCallContent,
  getCallTranscripts,
  gongApiRequest,
} = {
  answerQuestionAboutCustomerCall: answerQuestion,
  gongHealthCheck: healthCheck,
  searchCalls: callSearch,
  getCallContent: callContent,
  getCallTranscripts: callTranscripts,
  gongApiRequest: apiRequest,
} satisfies GongWorkflows;
