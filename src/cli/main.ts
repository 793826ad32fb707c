import { Command, CommanderError } from 'commander';
import { InvalidInputError } from '../client';
import { ConnectionValidationError } from '../connections/connection';
import {
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionExistsError,
  ConnectionNotFoundError,
} from '../connections/connection-store';
import { SecretKeyError } from '../connections/secret-keys';
import { registerAskCommand } from './commands/ask';
import { registerConnectionCommands } from './commands/connections';
import { registerContentCommand } from './commands/content';
import { registerDbCommands, registerReencryptCommand } from './commands/db';
import { registerHealthCommands } from './commands/health';
import { registerLocalCommands } from './commands/local';
import { registerRequestCommand } from './commands/request';
import { registerSearchCommand } from './commands/search';
import { registerTranscriptCommand } from './commands/transcript';
import { registerWorkerCommand } from './commands/worker';
import { CommandFailedError, processIo, UsageError, type CliIo } from './io';

/** Errors whose message is the whole story: printed without a stack trace. */
const EXPECTED_ERRORS = [
  CommandFailedError,
  ConnectionBusyError,
  ConnectionCorruptError,
  ConnectionExistsError,
  SecretKeyError,
  ConnectionValidationError,
  ConnectionNotFoundError,
  InvalidInputError,
  UsageError,
];

function isExpected(error: unknown): error is Error {
  return EXPECTED_ERRORS.some((type) => error instanceof type);
}

/** Builds the `gong-worker` program over the given io. */
export function createProgram(io: CliIo): Command {
  const program = new Command('gong-worker')
    .description('Temporal worker connecting an AI-workflow platform to Gong')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });
  registerConnectionCommands(program, io);
  registerReencryptCommand(program, io);
  registerDbCommands(program, io);
  registerHealthCommands(program, io);
  registerAskCommand(program, io);
  registerSearchCommand(program, io);
  registerContentCommand(program, io);
  registerTranscriptCommand(program, io);
  registerRequestCommand(program, io);
  registerWorkerCommand(program, io);
  registerLocalCommands(program, io);
  return program;
}

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 usage error. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isExpected(error)) {
      io.err(`error: ${error.message}`);
      return error instanceof UsageError || error instanceof InvalidInputError ? 2 : 1;
    }
    io.err(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
