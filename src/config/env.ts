import type { z } from 'zod';
import { GongWorkerError } from '../api/gong-worker-error';

/** The process environment as the settings read it; injected so tests need no globals. */
export type Env = Readonly<Record<string, string | undefined>>;

/** One invalid variable and why; the message never repeats the value (it may be a secret). */
export interface SettingsIssue {
  variable: string;
  message: string;
}

/** A row of the configuration table (docs/configuration.md): the variables and what they mean. */
export interface VariableDoc {
  names: readonly string[];
  meaning: string;
}

/** What parsing needs besides the environment. */
export interface ParseContext {
  /** The user's home directory, for defaults under it. */
  home: string;
}

/** The outcome of parsing one section: its typed value, or every problem found. */
type SectionResult<T> = { ok: true; value: T } | { ok: false; issues: SettingsIssue[] };

/**
 * One part of the settings tree (Temporal, store, codec...): the variables it reads, documented,
 * and how it turns them into typed options. A new section is one file under `src/config` and one
 * entry in `SECTIONS`.
 */
export interface SettingsSection<T> {
  variables: readonly VariableDoc[];
  parse(env: Env, context: ParseContext): SectionResult<T>;
}

/** A blank variable counts as unset, as in a compose file's `FOO=` or `FOO: ""`. */
export function presentValue(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The issues of a zod error, each named by the variable at the head of its path (else `fallback`). */
export function issuesOf(error: z.ZodError, fallback: string): SettingsIssue[] {
  return error.issues.map((issue) => ({
    variable: typeof issue.path[0] === 'string' ? issue.path[0] : fallback,
    message: issue.message,
  }));
}

/**
 * A section parsed by a zod schema over its variables (blank ones unset); `build` turns the
 * parsed variables into the section's options.
 */
export function zodSection<S extends z.ZodType, T>(
  variables: readonly VariableDoc[],
  schema: S,
  build: (parsed: z.output<S>, context: ParseContext) => T,
): SettingsSection<T> {
  const names = variables.flatMap((row) => row.names);
  return {
    variables,
    parse(env, context) {
      // The whole environment, blanks unset: a schema may read a variable another section documents.
      const input = Object.fromEntries(Object.keys(env).map((name) => [name, presentValue(env, name)]));
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error, names[0] ?? 'environment') };
      return { ok: true, value: build(parsed.data, context) };
    },
  };
}

/**
 * Every invalid variable at once, one line each (`NAME: why`); the CLI prints it without a
 * stack trace.
 */
export class InvalidSettingsError extends GongWorkerError {
  override readonly name = 'InvalidSettingsError';
  constructor(readonly issues: readonly SettingsIssue[]) {
    super(
      [
        `invalid environment (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):`,
        ...issues.map((issue) => `  ${issue.variable}: ${issue.message}`),
      ].join('\n'),
    );
  }
}
