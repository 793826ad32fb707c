import { startWorkflow, WorkflowRunOperationHandler } from '@temporalio/nexus';
import * as nexus from 'nexus-rpc';
import {
  connectionSearchAttributes,
  GONG_WORKFLOW_TYPES,
  gongNexusService,
  gongWorkflowId,
  gongWorkflowRegistry,
  prepareGongRun,
  type GongNexusService,
  type GongWorkflowInput,
  type GongWorkflowResult,
  type GongWorkflowType,
} from '../api';
import { invalidInputMessage } from '../wording/field-issues';

/**
 * An operation that validates the input as the workflow will and starts workflow `type` on the
 * worker's own task queue, with its execution timeout and `GongConnectionId` like every other
 * start. A wrong input is a `BAD_REQUEST` naming each field (never its value), so nothing starts;
 * the run's typed failure reaches the caller as the operation's failure.
 */
function startsWorkflow<T extends GongWorkflowType>(
  type: T,
): WorkflowRunOperationHandler<GongWorkflowInput<T>, GongWorkflowResult<T>> {
  return new WorkflowRunOperationHandler<GongWorkflowInput<T>, GongWorkflowResult<T>>(async (ctx, input) => {
    const prepared = prepareGongRun(type, input);
    if (!prepared.ok) throw new nexus.HandlerError('BAD_REQUEST', invalidInputMessage(type, prepared.issues));
    const { run } = prepared;
    return startWorkflow(ctx, type, {
      // The request id is the same when Nexus retries a start: the retry finds the same run.
      workflowId: gongWorkflowId(type, run.connectionId, ctx.requestId),
      args: [run.input],
      staticSummary: run.summary,
      workflowExecutionTimeout: run.executionTimeout,
      typedSearchAttributes: connectionSearchAttributes(run.connectionId),
    });
  });
}

type Operations = GongNexusService['operations'];

/** The `gong` Nexus service: each operation of the registry starts its workflow. */
export function createGongNexusServiceHandler(): nexus.ServiceHandler<Operations> {
  const handlers = Object.fromEntries(
    GONG_WORKFLOW_TYPES.map((type) => [gongWorkflowRegistry[type].nexusOperation, startsWorkflow(type)]),
  );
  // Built by a loop, so the compiler cannot follow each key to its type; `startsWorkflow` types each one.
  return nexus.serviceHandler(gongNexusService, handlers as unknown as nexus.ServiceHandlerFor<Operations>);
}
