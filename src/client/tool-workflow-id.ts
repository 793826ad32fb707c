import { randomUUID } from 'node:crypto';

/** Readable, unique id of an on-demand run: what it does and on which connection, for the Temporal UI. */
export function toolWorkflowId(kind: string, connectionId: string): string {
  return `${kind}-${connectionId}-${randomUUID()}`;
}
