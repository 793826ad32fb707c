import { startWorkflow, WorkflowRunOperationHandler } from '@temporalio/nexus';
import * as nexus from 'nexus-rpc';
import {
  gongNexusService,
  gongWorkflowDefinitions,
  gongWorkflowId,
  type GongWorkflowInput,
  type GongWorkflowResult,
  type GongWorkflowType,
} from '../api';

/**
 * An operation that validates the input as the workflow will and starts workflow `type` on the
 * worker's own task queue. A wrong input is a `BAD_REQUEST` naming each field (never its value),
 * so nothing starts; the run's typed failure reaches the caller as the operation's failure.
 */
function startsWorkflow<T extends GongWorkflowType>(
  type: T,
): WorkflowRunOperationHandler<GongWorkflowInput<T>, GongWorkflowResult<T>> {
  return new WorkflowRunOperationHandler<GongWorkflowInput<T>, GongWorkflowResult<T>>(async (ctx, input) => {
    const prepared = gongWorkflowDefinitions[type].prepare(input);
    if (!prepared.ok) {
      const fields = prepared.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      throw new nexus.HandlerError('BAD_REQUEST', `Invalid input for ${type}: ${fields}`);
    }
    const { run } = prepared;
    return startWorkflow(ctx, type, {
      // The request id is the same when Nexus retries a start: the retry finds the same run.
      workflowId: gongWorkflowId(type, run.connectionId, ctx.requestId),
      args: [run.input],
      staticSummary: run.summary,
    });
  });
}

/** The `gong` Nexus service: each operation starts the workflow of the same name. */
export function createGongNexusServiceHandler(): nexus.ServiceHandler<
  (typeof gongNexusService)['operations']
> {
  return nexus.serviceHandler(gongNexusService, {
    answerQuestionAboutCustomerCall: startsWorkflow('answerQuestionAboutCustomerCall'),
    gongHealthCheck: startsWorkflow('gongHealthCheck'),
    searchCalls: startsWorkflow('searchCalls'),
    getCallContent: startsWorkflow('getCallContent'),
    getCallTranscripts: startsWorkflow('getCallTranscripts'),
    gongApiRequest: startsWorkflow('gongApiRequest'),
  });
}
