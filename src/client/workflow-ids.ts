import { normalizeName } from '../matching/normalize-name';

/** Readable, unique id of an answer run: connection and customer first, for the Temporal UI. */
export function answerWorkflowId(connectionId: string, customerName: string, unique: string): string {
  const customer = normalizeName(customerName).replace(/ /g, '-').slice(0, 60) || 'customer';
  return `answer-${connectionId}-${customer}-${unique}`;
}

/** The one Schedule of a connection's health check. */
export function healthScheduleId(connectionId: string): string {
  return `gong-health-${connectionId}`;
}

/** Workflow id of the health check runs a Schedule starts (Temporal appends the time). */
export function healthWorkflowId(connectionId: string): string {
  return `gong-health-${connectionId}`;
}
