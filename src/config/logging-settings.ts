import { z } from 'zod';
import { describeIssues } from '../api/describe-issues';

/** The levels `LOG_LEVEL` accepts, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;

/** A log level of {@link LOG_LEVELS}. */
export type LogLevelName = (typeof LOG_LEVELS)[number];

const loggingSchema = z.object({
  LOG_FORMAT: z.enum(['json', 'text'], { error: 'use json or text' }).optional(),
  LOG_LEVEL: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { error: `use one of ${LOG_LEVELS.join(', ')}` }))
    .default('info'),
});

/** How the process writes its log lines. */
export interface LoggingSettings {
  /** `text` for people at a terminal, `json` (one object per line) for log pipelines. */
  format: 'json' | 'text';
  level: LogLevelName;
}

/**
 * Reads `LOG_FORMAT` (default: text on a terminal, JSON otherwise) and `LOG_LEVEL` (default
 * info); a bad value fails with the variable's name and the reason.
 */
export function loadLoggingSettings(
  env: Record<string, string | undefined>,
  isTerminal: boolean,
): LoggingSettings {
  const parsed = loggingSchema.safeParse({
    LOG_FORMAT: env.LOG_FORMAT || undefined,
    LOG_LEVEL: env.LOG_LEVEL || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid environment: ${describeIssues(parsed.error)}`);
  return { format: parsed.data.LOG_FORMAT ?? (isTerminal ? 'text' : 'json'), level: parsed.data.LOG_LEVEL };
}
