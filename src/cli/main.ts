import type { Command } from 'commander';
import { registerAskCommand } from './commands/ask-command';
import { registerCodecServerCommand } from './commands/codec-server-command';
import { registerConnectionCommands } from './commands/connections-command';
import { registerContentCommand } from './commands/content-command';
import { registerDbCommands, registerReencryptCommand } from './commands/db-command';
import { registerHealthCommands } from './commands/health-command';
import { registerMcpCommand } from './commands/mcp-command';
import { registerRequestCommand } from './commands/request-command';
import { registerSearchCommand } from './commands/search-command';
import { registerTranscriptCommand } from './commands/transcript-command';
import { registerWorkerCommand } from './commands/worker-command';
import { processIo, type CliIo } from './io';
import { addJsonOptionEverywhere } from './json-output';
import { newProgram, runProgram } from './run-program';

/** Builds the `gong-worker` program over the given io. */
export function createProgram(io: CliIo): Command {
  const program = newProgram('gong-worker', 'Temporal worker connecting an AI-workflow platform to Gong', io);
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
  registerCodecServerCommand(program, io);
  registerMcpCommand(program, io);
  addJsonOptionEverywhere(program);
  return program;
}

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 usage error, 130 interrupted. */
export function main(argv: string[], io: CliIo = processIo): Promise<number> {
  return runProgram(createProgram, argv, io);
}
