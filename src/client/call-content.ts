import type { Client, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import {
  callContentInputSchema,
  type CallContentInput,
  type CallContentResult,
} from '../contracts/call-content';
import { DEFAULT_TASK_QUEUE } from '../config/settings';
import type { getCallContent as CallContentWorkflow } from '../workflows';
import type { StartOptions } from './answer-question';
import { validateInput } from './invalid-input-error';
import { connectionSearchAttributes } from './search-attributes';
import { toolWorkflowId } from './tool-workflow-id';

/** Starts `getCallContent`; the input is validated here first, naming any wrong field. */
export async function startGetCallContent(
  client: Client,
  input: CallContentInput,
  options: StartOptions = {},
): Promise<WorkflowHandleWithFirstExecutionRunId<typeof CallContentWorkflow>> {
  const valid = validateInput(callContentInputSchema, input, 'getCallContent');
  return client.workflow.start<typeof CallContentWorkflow>('getCallContent', {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? toolWorkflowId('call-content', valid.connectionId),
    args: [valid],
    typedSearchAttributes: connectionSearchAttributes(valid.connectionId),
    staticSummary: `AI content of ${valid.callIds.length} calls`,
  });
}

/** Reads Gong's AI content of the given calls and waits for the result. */
export async function getCallContent(
  client: Client,
  input: CallContentInput,
  options: StartOptions = {},
): Promise<CallContentResult> {
  const handle = await startGetCallContent(client, input, options);
  return handle.result();
}
