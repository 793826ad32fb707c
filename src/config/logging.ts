import { z } from 'zod';
import { zodSection } from './env';

/** The levels `LOG_LEVEL` accepts, most verbose first. */
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;

/** A level of {@link LOG_LEVELS}. */
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** How the worker writes its log lines. */
export interface LoggingSettings {
  /** `json` (one object per line) or `text`; null: text on a terminal, JSON otherwise. */
  format: 'json' | 'text' | null;
  level: LogLevelName;
}

export const loggingSection = zodSection(
  [
    {
      names: ['LOG_FORMAT', 'LOG_LEVEL'],
      meaning:
        'worker log lines: `json` (one object per line: `level`, `time`, `message`, ids) or `text`, default text on a terminal and JSON otherwise; level `trace`, `debug`, `info` (default), `warn` or `error`',
    },
  ],
  z.object({
    LOG_FORMAT: z.enum(['json', 'text'], { error: 'must be json or text' }).optional(),
    LOG_LEVEL: z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }))
      .default('info'),
  }),
  (parsed): LoggingSettings => ({ format: parsed.LOG_FORMAT ?? null, level: parsed.LOG_LEVEL }),
);
