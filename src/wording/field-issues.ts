import type { z } from 'zod';

/** One wrong field and why, as every boundary reports it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The fields a zod validation refused (`input` for the value as a whole), with zod's reason. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || 'input', message: issue.message }));
}

/** `field: reason; field: reason`, for error messages; at most `limit` issues. */
function joinIssues(issues: readonly FieldIssue[], limit = Infinity): string {
  return issues
    .slice(0, limit)
    .map((issue) => `${issue.field}: ${issue.message}`)
    .join('; ');
}

/** `field: reason; field: reason` of a zod validation, for error messages; at most `limit` issues. */
export function describeIssues(error: z.ZodError, limit = Infinity): string {
  return joinIssues(fieldIssues(error), limit);
}

/** The one message of a refused workflow input, wherever it is refused (client, child, Nexus, workflow). */
export function invalidInputMessage(workflowType: string, issues: readonly FieldIssue[]): string {
  return `Invalid input for ${workflowType}: ${joinIssues(issues)}`;
}
