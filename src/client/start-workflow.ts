import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import {
  DEFAULT_TASK_QUEUE,
  gongWorkflowId,
  prepareGongRun,
  type GongWorkflowInput,
  type GongWorkflowResult,
  type GongWorkflows,
  type GongWorkflowType,
  connectionSearchAttributes,
} from '../api';
import { InvalidInputError } from './invalid-input-error';

/** Where and under which id to start a run; both have defaults. */
export interface StartOptions {
  /** The Gong worker's task queue, default `gong`. */
  taskQueue?: string;
  /** Default: `<kind>-<connectionId>-<uuid>`. */
  workflowId?: string;
}

/**
 * Starts workflow `type` with `input`, validated first as the workflow will validate it, so a
 * mistake is an {@link InvalidInputError} naming each field before anything reaches Temporal.
 */
export async function startGongWorkflow<T extends GongWorkflowType>(
  client: Client,
  type: T,
  input: GongWorkflowInput<T>,
  options: StartOptions = {},
): Promise<WorkflowHandleWithFirstExecutionRunId<GongWorkflows[T]>> {
  const prepared = prepareGongRun(type, input);
  if (!prepared.ok) throw new InvalidInputError(type, prepared.issues);
  const { run } = prepared;
  return client.workflow.start<GongWorkflows[T]>(type, {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowExecutionTimeout: run.executionTimeout,
    workflowId: options.workflowId ?? gongWorkflowId(type, run.connectionId, randomUUID()),
    args: [run.input] as Parameters<GongWorkflows[T]>,
    staticSummary: run.summary,
    typedSearchAttributes: connectionSearchAttributes(run.connectionId),
  });
}

/** Starts workflow `type` like {@link startGongWorkflow} and waits for its result. */
export async function executeGongWorkflow<T extends GongWorkflowType>(
  client: Client,
  type: T,
  input: GongWorkflowInput<T>,
  options: StartOptions = {},
): Promise<GongWorkflowResult<T>> {
  const handle = await startGongWorkflow(client, type, input, options);
  return (await handle.result()) as GongWorkflowResult<T>;
}
