// A platform workflow: our workflow runs as its child on task queue `gong`, same namespace.
import { executeChild, uuid4 } from '@temporalio/workflow';
import {
  describeGongFailure,
  gongChildWorkflowOptions,
  type GongWorkflows,
} from 'gong-temporal-worker-client/api';

export async function prepareAccountReview(input: { connectionId: string; customer: string }) {
  // Validates the input here (a wrong one throws a non-retryable InvalidInput failure naming the
  // field); uuid4() is replay-safe, so the child's id is too.
  const ask = gongChildWorkflowOptions(
    'answerQuestionAboutCustomerCall',
    { connectionId: input.connectionId, customerName: input.customer, question: 'Open risks?' },
    { unique: uuid4() },
  );
  try {
    const result = await executeChild<GongWorkflows['answerQuestionAboutCustomerCall']>(
      ask.workflowType,
      ask,
    );
    return { answer: result.answer, sources: result.citations };
  } catch (error) {
    const failure = describeGongFailure(error); // the child's typed failure, or null
    if (failure?.kind === 'gong_auth') return { answer: `Reconnect Gong: ${failure.message}`, sources: [] };
    throw error;
  }
}
