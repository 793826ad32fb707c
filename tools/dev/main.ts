import type { Command } from 'commander';
import { processIo, type CliIo } from '../../src/cli/io';
import { addJsonOptionEverywhere } from '../../src/cli/json-output';
import { newProgram, runProgram } from '../../src/cli/run-program';
import { DEFAULT_STATE_DIR, runDemo, runDev } from './local-commands';

/**
 * `npm run dev` and `npm run demo` (bin/gong-dev.js): the product on embedded defaults, no Gong
 * account needed. Dev tooling beside the product: it imports src/, src/ never imports it, and the
 * build leaves it out of dist/.
 */
export function createDevProgram(io: CliIo): Command {
  const program = newProgram('gong-dev', 'The Gong worker on a local stack, with no Gong account', io);
  program
    .command('dev')
    .description(
      'Start a Temporal dev server (Web UI on :8233), the Gong simulator and the worker; Ctrl-C stops them',
    )
    .option('--state-dir <dir>', 'where state and connections are kept', DEFAULT_STATE_DIR)
    .action((flags: { stateDir: string }) => runDev(io, flags));

  program
    .command('demo')
    .description('Run the product end to end on embedded defaults: health checks, then a cited answer')
    .option('--state-dir <dir>', 'where state and connections are kept', DEFAULT_STATE_DIR)
    .option('--customer <name>', 'seeded customer to ask about', 'Acme')
    .option('--question <text>', 'question to ask', 'What did they say about pricing and budget?')
    .action((flags: { stateDir: string; customer: string; question: string }) => runDemo(io, flags));
  addJsonOptionEverywhere(program);
  return program;
}

/** Runs `gong-dev ...argv` and returns its exit code, as `gong-worker`'s `main` does. */
export function main(argv: string[], io: CliIo = processIo): Promise<number> {
  return runProgram(createDevProgram, argv, io);
}
