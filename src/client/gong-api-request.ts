import type { Client, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import {
  gongApiRequestInputSchema,
  type GongApiRequestInput,
  type GongApiRequestResult,
} from '../contracts/gong-api-request';
import { DEFAULT_TASK_QUEUE } from '../config/settings';
import type { gongApiRequest as GongApiRequestWorkflow } from '../workflows';
import type { StartOptions } from './answer-question';
import { validateInput } from './invalid-input-error';
import { connectionSearchAttributes } from './search-attributes';
import { toolWorkflowId } from './tool-workflow-id';

/** Starts `gongApiRequest`; the input (and the path's safety) is checked here first. */
export async function startGongApiRequest(
  client: Client,
  input: GongApiRequestInput,
  options: StartOptions = {},
): Promise<WorkflowHandleWithFirstExecutionRunId<typeof GongApiRequestWorkflow>> {
  const valid = validateInput(gongApiRequestInputSchema, input, 'gongApiRequest');
  return client.workflow.start<typeof GongApiRequestWorkflow>('gongApiRequest', {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? toolWorkflowId('gong-api', valid.connectionId),
    args: [valid],
    typedSearchAttributes: connectionSearchAttributes(valid.connectionId),
    staticSummary: `${valid.method} ${valid.path}`,
  });
}

/** Calls a Gong API v2 endpoint through the worker and waits for Gong's answer, 4xx included. */
export async function gongApiRequest(
  client: Client,
  input: GongApiRequestInput,
  options: StartOptions = {},
): Promise<GongApiRequestResult> {
  const handle = await startGongApiRequest(client, input, options);
  return handle.result();
}
