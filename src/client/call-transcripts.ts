import type { Client, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import {
  callTranscriptsInputSchema,
  type CallTranscriptsInput,
  type CallTranscriptsResult,
} from '../contracts/call-transcripts';
import { DEFAULT_TASK_QUEUE } from '../config/settings';
import type { getCallTranscripts as CallTranscriptsWorkflow } from '../workflows';
import type { StartOptions } from './answer-question';
import { validateInput } from './invalid-input-error';
import { connectionSearchAttributes } from './search-attributes';
import { toolWorkflowId } from './tool-workflow-id';

/** Starts `getCallTranscripts`; the input is validated here first, naming any wrong field. */
export async function startGetCallTranscripts(
  client: Client,
  input: CallTranscriptsInput,
  options: StartOptions = {},
): Promise<WorkflowHandleWithFirstExecutionRunId<typeof CallTranscriptsWorkflow>> {
  const valid = validateInput(callTranscriptsInputSchema, input, 'getCallTranscripts');
  return client.workflow.start<typeof CallTranscriptsWorkflow>('getCallTranscripts', {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? toolWorkflowId('call-transcripts', valid.connectionId),
    args: [valid],
    typedSearchAttributes: connectionSearchAttributes(valid.connectionId),
    staticSummary: `Transcripts of ${valid.callIds.length} calls`,
  });
}

/** Reads the transcripts of the given calls, speakers named, and waits for the result. */
export async function getCallTranscripts(
  client: Client,
  input: CallTranscriptsInput,
  options: StartOptions = {},
): Promise<CallTranscriptsResult> {
  const handle = await startGetCallTranscripts(client, input, options);
  return handle.result();
}
