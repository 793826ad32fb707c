import { DefaultLogger, type LogEntry } from '@temporalio/worker';
import { gongWorkflowRegistry } from '../../src/api';

/**
 * A worker logger for people watching a terminal: warnings and errors only, one line each, with
 * the level spelled as Temporal spells it (`WARN`, `ERROR`), the connection and workflow id, the
 * activity, and the upstream's message rather than a stack trace.
 */
export function conciseLogger(log: (line: string) => void): DefaultLogger {
  return new DefaultLogger('WARN', (entry: LogEntry) =>
    log(`worker ${entry.level}${context(entry)}: ${describe(entry)}`),
  );
}

/** The same line format for the worker's own warnings (e.g. the simulator route). */
export function workerWarning(log: (line: string) => void): (message: string) => void {
  return (message) => log(`worker WARN: ${message}`);
}

function context(entry: LogEntry): string {
  const meta = entry.meta ?? {};
  const workflowId = typeof meta.workflowId === 'string' ? meta.workflowId : null;
  if (workflowId === null) return '';
  const connectionId = connectionOfWorkflowId(workflowId);
  return ` [${connectionId ? `connection ${connectionId}, ` : ''}workflow ${workflowId}]`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The connection a run works for, read from its id: `<prefix>-<connection>-<uuid>` as the
 * client names runs, or `gong-health-<connection>-<time>` as a Schedule names them.
 */
export function connectionOfWorkflowId(workflowId: string): string | null {
  for (const { idPrefix } of Object.values(gongWorkflowRegistry)) {
    const match = new RegExp(`^${idPrefix}-(.+)-${UUID}$`).exec(workflowId);
    if (match) return match[1] ?? null;
  }
  const scheduled = /^gong-health-(.+?)(?:-\d{4}-\d{2}-\d{2}T[\d:.]+Z)?$/.exec(workflowId);
  return scheduled?.[1] ?? null;
}

function describe(entry: LogEntry): string {
  const meta = entry.meta ?? {};
  const activity = typeof meta.activityType === 'string' ? ` [${meta.activityType}]` : '';
  const error = meta.error instanceof Error ? `: ${meta.error.message}` : '';
  const retry =
    meta.error instanceof Error && 'nextRetryDelay' in meta.error && meta.error.nextRetryDelay
      ? ` (retrying after ${String(meta.error.nextRetryDelay)} ms, as Retry-After asked)`
      : '';
  return `${entry.message}${activity}${error}${retry}`;
}
