import { WorkflowFailedError } from '@temporalio/client';
import { expect } from 'vitest';

/** Awaits a workflow that must fail and returns its failure. */
export async function failureOf(promise: Promise<unknown>): Promise<WorkflowFailedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowFailedError);
  return error as WorkflowFailedError;
}
