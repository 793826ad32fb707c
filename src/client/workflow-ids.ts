/**
 * Unique id of an answer run: kind, connection and a unique part. Never the customer or the
 * question: ids are stored and shown in plain text, where no payload codec reaches.
 */
export function answerWorkflowId(connectionId: string, unique: string): string {
  return `answer-${connectionId}-${unique}`;
}

/** The one Schedule of a connection's health check. */
export function healthScheduleId(connectionId: string): string {
  return `gong-health-${connectionId}`;
}

/** Workflow id of the health check runs a Schedule starts (Temporal appends the time). */
export function healthWorkflowId(connectionId: string): string {
  return `gong-health-${connectionId}`;
}
