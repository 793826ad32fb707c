import { ApplicationFailure } from '@temporalio/workflow';
import { FailureTypes } from '../api/failure-types';
import { prepareGongRun, type GongWorkflowType, type GongWorkflowValidInput } from '../api/registry';
import { invalidInputMessage } from '../wording/field-issues';

/**
 * Validates the input of workflow `type` with the registry's schema. A bad input fails the run at
 * once, non-retryable, with a message naming each wrong field and why.
 */
export function parseInput<T extends GongWorkflowType>(type: T, input: unknown): GongWorkflowValidInput<T> {
  const prepared = prepareGongRun(type, input);
  if (prepared.ok) return prepared.run.input;
  throw ApplicationFailure.nonRetryable(
    invalidInputMessage(type, prepared.issues),
    FailureTypes.invalidInput,
  );
}
