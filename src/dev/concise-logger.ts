import { DefaultLogger, type LogEntry } from '@temporalio/worker';

/**
 * A worker logger for people watching a terminal: warnings and errors only, one line each,
 * with the activity and the upstream's message rather than a stack trace.
 */
export function conciseLogger(log: (line: string) => void): DefaultLogger {
  return new DefaultLogger('WARN', (entry: LogEntry) =>
    log(`worker ${entry.level.toLowerCase()}: ${describe(entry)}`),
  );
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
