import type { LogLevel, LogMetadata, Logger } from '@temporalio/common';
import { pino, stdSerializers, stdTimeFunctions, type Logger as Pino } from 'pino';
import type { LogLevelName } from '../../config/logging';

/**
 * Keys that could carry a credential if some code put one in a log line's fields; pino replaces
 * their values. Messages themselves are redacted where they are made (Gong answers, errors).
 */
const REDACTED_PATHS = [
  'accessKey',
  'accessKeySecret',
  'apiKey',
  'authorization',
  'password',
  'secret',
  '*.accessKey',
  '*.accessKeySecret',
  '*.apiKey',
  '*.authorization',
  '*.password',
  '*.secret',
  '*.headers.authorization',
];

/** The Temporal SDK's names for a log line's context, and the names the worker's lines use. */
const FIELD_NAMES: Record<string, string> = {
  trace_id: 'traceId',
  span_id: 'spanId',
  trace_flags: 'traceFlags',
};

/** The process's one logger: pino for the worker's own lines, and the same lines for the SDK. */
export interface ProcessLogger {
  pino: Pino;
  /** The logger given to Temporal's `Runtime` (SDK, workflow, activity and Core logs). */
  temporal: Logger;
}

/**
 * Creates the process logger: JSON lines (`level`, `time`, `message` and the context fields) or,
 * for a person at a terminal, `time LEVEL message key=value` lines, each passed to `write`.
 */
export function createProcessLogger(
  settings: { format: 'json' | 'text'; level: LogLevelName },
  write: (line: string) => void,
): ProcessLogger {
  const destination = {
    write(chunk: string) {
      const line = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      write(settings.format === 'json' ? line : toText(line));
    },
  };
  const logger = pino(
    {
      level: settings.level,
      messageKey: 'message',
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: stdSerializers.err, err: stdSerializers.err },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
  return { pino: logger, temporal: new TemporalLogger(logger) };
}

/** Temporal's `Logger` over pino, naming the context fields the way the worker's own lines do. */
class TemporalLogger implements Logger {
  constructor(private readonly logger: Pino) {}

  log(level: LogLevel, message: string, meta?: LogMetadata): void {
    const fields = meta ? renameFields(meta) : {};
    const method = level.toLowerCase() as Lowercase<LogLevel>;
    this.logger[method](fields, message);
  }
  trace(message: string, meta?: LogMetadata): void {
    this.log('TRACE', message, meta);
  }
  debug(message: string, meta?: LogMetadata): void {
    this.log('DEBUG', message, meta);
  }
  info(message: string, meta?: LogMetadata): void {
    this.log('INFO', message, meta);
  }
  warn(message: string, meta?: LogMetadata): void {
    this.log('WARN', message, meta);
  }
  error(message: string, meta?: LogMetadata): void {
    this.log('ERROR', message, meta);
  }
}

function renameFields(meta: LogMetadata): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) fields[FIELD_NAMES[key] ?? key] = value;
  return fields;
}

/** One JSON line as `time LEVEL message key=value ...`, for terminals. */
function toText(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { time, level, message, ...fields } = record;
  const context = Object.entries(fields)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  const clock = typeof time === 'string' ? time.slice(11, 23) : '';
  return `${clock} ${String(level).toUpperCase().padEnd(5)} ${String(message ?? '')}${context ? ` ${context}` : ''}`;
}
