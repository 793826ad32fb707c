import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import {
  answerQuestionInputSchema,
  type AnswerQuestionInput,
  type AnswerQuestionResult,
} from '../contracts/answer-question';
import { DEFAULT_TASK_QUEUE } from '../config/settings';
import type { answerQuestionAboutCustomerCall as AnswerWorkflow } from '../workflows';
import { validateInput } from './invalid-input-error';
import { connectionSearchAttributes } from './search-attributes';
import { answerWorkflowId } from './workflow-ids';

/** Where to start workflows: the task queue of the Gong worker. */
export interface StartOptions {
  taskQueue?: string;
  workflowId?: string;
}

/**
 * Starts `answerQuestionAboutCustomerCall`. The input is validated here first, so a mistake
 * is reported before anything reaches Temporal.
 */
export async function startAnswerQuestion(
  client: Client,
  input: AnswerQuestionInput,
  options: StartOptions = {},
): Promise<WorkflowHandleWithFirstExecutionRunId<typeof AnswerWorkflow>> {
  const valid = validateInput(answerQuestionInputSchema, input, 'answerQuestionAboutCustomerCall');
  return client.workflow.start<typeof AnswerWorkflow>('answerQuestionAboutCustomerCall', {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? answerWorkflowId(valid.connectionId, randomUUID()),
    args: [valid],
    typedSearchAttributes: connectionSearchAttributes(valid.connectionId),
    staticSummary: `"${valid.customerName}": ${valid.question.slice(0, 120)}`,
  });
}

/** Starts `answerQuestionAboutCustomerCall` and waits for its result. */
export async function answerQuestionAboutCustomerCall(
  client: Client,
  input: AnswerQuestionInput,
  options: StartOptions = {},
): Promise<AnswerQuestionResult> {
  const handle = await startAnswerQuestion(client, input, options);
  return handle.result();
}
