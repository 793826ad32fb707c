import { CommanderError, type Command } from 'commander';
import { InvalidInputError } from '../client';
import { ConnectionValidationError } from '../connections/connection';
import { EncryptionKeysError } from '../adapters/codec/encryption-keys';
import { InvalidSettingsError } from '../config/env';
import {
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionExistsError,
  ConnectionNotFoundError,
} from '../connections/connection-store';
import { SecretKeyError } from '../connections/secret-keys';
import { describeInvalidFlags } from './flag-names';
import { CommandFailedError, InterruptedError, ReportedFailureError, UsageError, type CliIo } from './io';

/** Gives every command without subcommands a `--json` flag, as docs/cli.md promises. */
export function addJsonOptionEverywhere(command: Command): void {
  for (const sub of command.commands) {
    if (sub.commands.length > 0) addJsonOptionEverywhere(sub);
    else if (!sub.options.some((option) => option.long === '--json')) sub.option('--json', 'print JSON');
  }
}

/** Whether `argv` holds `flag` (an argument after `--` does not count). */
function hasFlag(argv: readonly string[], flag: string): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes(flag);
}

/** Whether `argv` asks for JSON. */
export function wantsJson(argv: readonly string[]): boolean {
  return hasFlag(argv, '--json');
}

/** Whether stack traces are wanted: `--debug`, or `DEBUG` set to anything but empty or `0`. */
export function wantsDebug(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  const debug = env.DEBUG?.trim();
  return hasFlag(argv, '--debug') || (debug !== undefined && debug !== '' && debug !== '0');
}

/** Errors whose message is the whole story: printed without a stack trace. */
const EXPECTED: { type: abstract new (...args: never[]) => Error; kind: string; code: number }[] = [
  { type: UsageError, kind: 'usage', code: 2 },
  { type: ConnectionNotFoundError, kind: 'connection-not-found', code: 1 },
  { type: ConnectionValidationError, kind: 'invalid-connection', code: 1 },
  { type: ConnectionCorruptError, kind: 'connection-corrupt', code: 1 },
  { type: EncryptionKeysError, kind: 'encryption-keys', code: 1 },
  { type: ConnectionExistsError, kind: 'exists', code: 1 },
  { type: ConnectionBusyError, kind: 'connection-busy', code: 1 },
  { type: SecretKeyError, kind: 'secret-keys', code: 1 },
  { type: InvalidSettingsError, kind: 'invalid-environment', code: 1 },
];

/** The `--json` form of a failure: one object on stdout. */
interface JsonError {
  error: { kind: string; message: string } & Record<string, unknown>;
}

/**
 * Reports a command's failure and returns the exit code (1 failure, 2 usage). Every error is one
 * line on stderr, never a stack trace unless `debug` (`--debug`, `DEBUG`); with `json`, one
 * {@link JsonError} object on stdout as well.
 */
export function reportFailure(error: unknown, io: CliIo, json: boolean, debug = false): number {
  const { kind, message, code, details } = classify(error);
  // Commander has already printed its own message on stderr.
  if (!(error instanceof CommanderError)) {
    if (debug && error instanceof Error && error.stack) io.err(`error: ${error.stack}`);
    else
      io.err(`error: ${message}${kind === 'internal' ? ' (run with --debug to see where it failed)' : ''}`);
  }
  if (json && code !== 0 && !(error instanceof ReportedFailureError)) {
    const body: JsonError = { error: { kind, message, ...details } };
    io.out(JSON.stringify(body, null, 2));
  }
  return code;
}

function classify(error: unknown): {
  kind: string;
  message: string;
  code: number;
  details: Record<string, unknown>;
} {
  if (error instanceof CommanderError) {
    const message = error.message.replace(/^error: /, '');
    return { kind: 'usage', message, code: error.exitCode === 0 ? 0 : 2, details: {} };
  }
  if (error instanceof CommandFailedError) {
    // 130: what a shell reports for a command ended by Ctrl-C.
    const code = error instanceof InterruptedError ? 130 : 1;
    return { kind: error.kind, message: error.message, code, details: error.details };
  }
  // Started from flags: the message names the flags, not the workflow's input fields.
  if (error instanceof InvalidInputError) {
    return { kind: 'invalid-input', message: describeInvalidFlags(error), code: 2, details: {} };
  }
  const expected = EXPECTED.find((entry) => error instanceof entry.type);
  if (expected && error instanceof Error) {
    return { kind: expected.kind, message: error.message, code: expected.code, details: {} };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message, code: 1, details: {} };
}
