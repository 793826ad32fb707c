/**
 * Workflows of a stand-in platform, bundled for a worker of their own: they call the Gong
 * worker's workflows the ways the platform does, as children and through the Nexus endpoint.
 */
import {
  createNexusServiceClient,
  executeChild,
  isCancellation,
  startChild,
  uuid4,
} from '@temporalio/workflow';
import {
  describeGongFailure,
  gongChildWorkflowOptions,
  gongNexusService,
  type AnswerQuestionResult,
  type GongWorkflowError,
  type GongWorkflows,
  type HealthCheckResult,
} from '../../src/api';

/** A result, or the Gong run's typed failure as the platform reads it. */
export type Outcome<R> = { ok: true; result: R } | { ok: false; failure: GongWorkflowError | null };

async function outcomeOf<R>(run: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    // A cancelled platform run stays cancelled.
    if (isCancellation(error)) throw error;
    return { ok: false, failure: describeGongFailure(error) };
  }
}

/** Checks the connection, then asks the question, each as a child run on the Gong worker's queue. */
export async function briefBeforeMeeting(input: {
  connectionId: string;
  customerName: string;
  question: string;
  gongTaskQueue: string;
}): Promise<{ health: HealthCheckResult; answer: AnswerQuestionResult; childIds: string[] }> {
  const { connectionId, gongTaskQueue: taskQueue } = input;
  const check = gongChildWorkflowOptions('gongHealthCheck', { connectionId }, { taskQueue, unique: uuid4() });
  const health = await executeChild<GongWorkflows['gongHealthCheck']>(check.workflowType, check);
  const ask = gongChildWorkflowOptions(
    'answerQuestionAboutCustomerCall',
    { connectionId, customerName: input.customerName, question: input.question },
    { taskQueue, unique: uuid4() },
  );
  const handle = await startChild<GongWorkflows['answerQuestionAboutCustomerCall']>(ask.workflowType, ask);
  return { health, answer: await handle.result(), childIds: [check.workflowId, ask.workflowId] };
}

/** Runs the health check as a child and reports its typed failure instead of failing. */
export async function checkConnectionAsChild(input: {
  connectionId: string;
  gongTaskQueue: string;
}): Promise<Outcome<HealthCheckResult>> {
  return outcomeOf(() => {
    const check = gongChildWorkflowOptions(
      'gongHealthCheck',
      { connectionId: input.connectionId },
      { taskQueue: input.gongTaskQueue, unique: uuid4() },
    );
    return executeChild<GongWorkflows['gongHealthCheck']>(check.workflowType, check);
  });
}

/** Runs the health check through the Nexus endpoint, from the platform's own namespace. */
export async function checkConnectionThroughNexus(input: {
  endpoint: string;
  connectionId: string;
}): Promise<Outcome<HealthCheckResult>> {
  const gong = createNexusServiceClient({ endpoint: input.endpoint, service: gongNexusService });
  return outcomeOf(() => gong.executeOperation('gongHealthCheck', { connectionId: input.connectionId }));
}

/** Lists a time range's calls through the Nexus endpoint. */
export async function searchCallsThroughNexus(input: {
  endpoint: string;
  search: Parameters<GongWorkflows['searchCalls']>[0];
}): Promise<Outcome<Awaited<ReturnType<GongWorkflows['searchCalls']>>>> {
  const gong = createNexusServiceClient({ endpoint: input.endpoint, service: gongNexusService });
  return outcomeOf(() => gong.executeOperation('searchCalls', input.search));
}
