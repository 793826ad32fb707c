import type { Client } from '@temporalio/client';
import type { GongWorkflowInput, GongWorkflowType } from '../api';
import { executeGongWorkflow, startGongWorkflow, type StartOptions } from './start-workflow';

function starter<T extends GongWorkflowType>(type: T) {
  return (client: Client, input: GongWorkflowInput<T>, options?: StartOptions) =>
    startGongWorkflow(client, type, input, options);
}

function executor<T extends GongWorkflowType>(type: T) {
  return (client: Client, input: GongWorkflowInput<T>, options?: StartOptions) =>
    executeGongWorkflow(client, type, input, options);
}

/** Starts `answerQuestionAboutCustomerCall`; the handle answers the `progress` query. */
export const startAnswerQuestion = starter('answerQuestionAboutCustomerCall');
/** Answers a question about a customer's recent calls, citing them, and waits for the answer. */
export const answerQuestionAboutCustomerCall = executor('answerQuestionAboutCustomerCall');

/** Starts `gongHealthCheck` now. */
export const startHealthCheck = starter('gongHealthCheck');
/** Runs the health check now and waits; a failing check rejects with Gong's error. */
export const runHealthCheck = executor('gongHealthCheck');

/** Starts `searchCalls`. */
export const startSearchCalls = starter('searchCalls');
/** Lists the calls of a time range, most recent first, and waits for the result. */
export const searchCalls = executor('searchCalls');

/** Starts `getCallContent`. */
export const startGetCallContent = starter('getCallContent');
/** Reads Gong's AI content of the given calls and waits for the result. */
export const getCallContent = executor('getCallContent');

/** Starts `getCallTranscripts`. */
export const startGetCallTranscripts = starter('getCallTranscripts');
/** Reads the transcripts of the given calls, speakers named, and waits for the result. */
export const getCallTranscripts = executor('getCallTranscripts');

/** Starts `gongApiRequest`. */
export const startGongApiRequest = starter('gongApiRequest');
/** Calls a Gong API v2 endpoint through the worker and waits for Gong's answer, 4xx included. */
export const gongApiRequest = executor('gongApiRequest');
