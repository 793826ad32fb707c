import type { Client, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import {
  searchCallsInputSchema,
  type SearchCallsInput,
  type SearchCallsResult,
} from '../contracts/search-calls';
import { DEFAULT_TASK_QUEUE } from '../config/settings';
import type { searchCalls as SearchCallsWorkflow } from '../workflows';
import type { StartOptions } from './answer-question';
import { validateInput } from './invalid-input-error';
import { connectionSearchAttributes } from './search-attributes';
import { toolWorkflowId } from './tool-workflow-id';

/** Starts `searchCalls`; the input is validated here first, naming any wrong field. */
export async function startSearchCalls(
  client: Client,
  input: SearchCallsInput,
  options: StartOptions = {},
): Promise<WorkflowHandleWithFirstExecutionRunId<typeof SearchCallsWorkflow>> {
  const valid = validateInput(searchCallsInputSchema, input, 'searchCalls');
  return client.workflow.start<typeof SearchCallsWorkflow>('searchCalls', {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? toolWorkflowId('search-calls', valid.connectionId),
    args: [valid],
    typedSearchAttributes: connectionSearchAttributes(valid.connectionId),
    staticSummary: `Calls from ${valid.fromDateTime} to ${valid.toDateTime} (up to ${valid.limit})`,
  });
}

/** Lists the calls of a time range, most recent first, and waits for the result. */
export async function searchCalls(
  client: Client,
  input: SearchCallsInput,
  options: StartOptions = {},
): Promise<SearchCallsResult> {
  const handle = await startSearchCalls(client, input, options);
  return handle.result();
}
