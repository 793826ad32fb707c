import { FailureTypes } from '../api/failure-types';
import { ApplicationFailure } from '@temporalio/workflow';
import type { z } from 'zod';
import { describeIssues } from '../api/describe-issues';

/**
 * Validates a workflow input. A bad input fails the run at once, non-retryable, with a
 * message naming each wrong field and why.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  workflowType: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw ApplicationFailure.nonRetryable(
    `Invalid input for ${workflowType}: ${describeIssues(parsed.error)}`,
    FailureTypes.invalidInput,
  );
}
