import { ApplicationFailure, type SearchAttributePair } from '@temporalio/common';
import { invalidInputMessage } from '../wording/field-issues';
import { FailureTypes } from './failure-types';
import {
  gongWorkflowId,
  prepareGongRun,
  type ExecutionTimeout,
  type GongWorkflowInput,
  type GongWorkflowType,
  type GongWorkflowValidInput,
} from './registry';
import { connectionSearchAttributes } from './search-attributes';
import { DEFAULT_TASK_QUEUE } from './task-queue';

/**
 * Where a child run goes and under which id. The id is `<kind>-<connectionId>-<unique>`; a
 * workflow has no randomness of its own, so the caller passes `unique` (e.g. `uuid4()` from
 * `@temporalio/workflow`, which is replay-safe) or a whole `workflowId`.
 */
export type GongChildOptions = { taskQueue?: string } & (
  { unique: string; workflowId?: never } | { workflowId: string; unique?: never }
);

/** Options for `executeChild`/`startChild` of `@temporalio/workflow`, for workflow `T`. */
export interface GongChildWorkflowOptions<T extends GongWorkflowType> {
  workflowType: T;
  /** The validated input, defaults filled in. */
  args: [GongWorkflowValidInput<T>];
  taskQueue: string;
  workflowId: string;
  /** What the Temporal UI shows for the child run. */
  staticSummary: string;
  /** The workflow's execution timeout from the registry, as every start sets it. */
  workflowExecutionTimeout: ExecutionTimeout;
  /** `GongConnectionId`: operators list a connection's child runs as they list its other runs. */
  typedSearchAttributes: SearchAttributePair[];
}

/**
 * What a platform workflow passes to `executeChild`/`startChild` to run workflow `type` of this
 * worker as its child (task queue `gong` unless told). The input is validated as the child will
 * validate it; a wrong input throws a non-retryable `ApplicationFailure` of type
 * `InvalidInput` naming each wrong field (never its value), before anything is scheduled.
 * Imports only `@temporalio/common`, so it runs inside the workflow sandbox.
 *
 * @example
 * const child = gongChildWorkflowOptions('gongHealthCheck', { connectionId }, { unique: uuid4() });
 * const result = await executeChild<GongWorkflows['gongHealthCheck']>(child.workflowType, child);
 */
export function gongChildWorkflowOptions<T extends GongWorkflowType>(
  type: T,
  input: GongWorkflowInput<T>,
  options: GongChildOptions,
): GongChildWorkflowOptions<T> {
  const prepared = prepareGongRun(type, input);
  if (!prepared.ok) {
    throw ApplicationFailure.create({
      message: invalidInputMessage(type, prepared.issues),
      type: FailureTypes.invalidInput,
      nonRetryable: true,
      details: [{ issues: prepared.issues }],
    });
  }
  const { run } = prepared;
  return {
    workflowType: type,
    args: [run.input],
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? gongWorkflowId(type, run.connectionId, options.unique ?? ''),
    staticSummary: run.summary,
    workflowExecutionTimeout: run.executionTimeout,
    typedSearchAttributes: connectionSearchAttributes(run.connectionId),
  };
}
