import { Command } from 'commander';
import { registerAskCommand } from './commands/ask-command';
import { registerCodecServerCommand } from './commands/codec-server-command';
import { registerConnectionCommands } from './commands/connections-command';
import { registerContentCommand } from './commands/content-command';
import { registerDbCommands, registerReencryptCommand } from './commands/db-command';
import { registerHealthCommands } from './commands/health-command';
import { registerLocalCommands } from './commands/local-command';
import { registerRequestCommand } from './commands/request-command';
import { registerSearchCommand } from './commands/search-command';
import { registerTranscriptCommand } from './commands/transcript-command';
import { registerWorkerCommand } from './commands/worker-command';
import { processIo, type CliIo } from './io';
import { addJsonOptionEverywhere, reportFailure, wantsDebug, wantsJson } from './json-output';
import { sanitizingIo } from './sanitize';
import { packageVersion } from './version';

/** Builds the `gong-worker` program over the given io. */
export function createProgram(io: CliIo): Command {
  const program = new Command('gong-worker')
    .description('Temporal worker connecting an AI-workflow platform to Gong')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'print stack traces of errors (or set DEBUG=1)')
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
  registerCodecServerCommand(program, io);
  addJsonOptionEverywhere(program);
  return program;
}

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 usage error, 130 interrupted. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  // Everything printed passes the sanitizer: titles, answers and errors come from Gong or a model.
  const safeIo = sanitizingIo(io);
  try {
    await createProgram(safeIo).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, safeIo, wantsJson(argv), wantsDebug(argv, io.env));
  }
}
