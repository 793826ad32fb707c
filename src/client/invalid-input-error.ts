import { FailureTypes } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';
import type { z } from 'zod';
import { fieldIssues, invalidInputMessage, type FieldIssue } from '../wording/field-issues';

/** Raised by the client functions before starting anything: `issues` name each wrong field. */
export class InvalidInputError extends GongWorkerError {
  override readonly name = 'InvalidInputError';
  override readonly failureType = FailureTypes.invalidInput;
  constructor(
    readonly operation: string,
    readonly issues: FieldIssue[],
  ) {
    super(invalidInputMessage(operation, issues));
  }
}

/** Validates `input` with `schema`, throwing {@link InvalidInputError} that names the fields. */
export function validateInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  operation: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidInputError(operation, fieldIssues(parsed.error));
}
