import type { Command } from 'commander';
import type { CliIo } from '../io';

/** Where `dev` and `demo` keep their state unless told otherwise. */
export const DEFAULT_STATE_DIR = '.temporal';

/**
 * The dev tooling behind `dev` and `demo` (dev server, simulator, local worker) lives in
 * `tools/dev`, loaded only when one of them runs: every other command starts without it.
 */
const localCommands = () => import('../../../tools/dev/local-commands');

/** `gong-worker dev` and `gong-worker demo`: the product on embedded defaults, no Gong account needed. */
export function registerLocalCommands(program: Command, io: CliIo): void {
  program
    .command('dev')
    .description(
      'Start a Temporal dev server (Web UI on :8233), the Gong simulator and the worker; Ctrl-C stops them',
    )
    .option('--state-dir <dir>', 'where state and connections are kept', DEFAULT_STATE_DIR)
    .action(async (flags: { stateDir: string }) => (await localCommands()).runDev(io, flags));

  program
    .command('demo')
    .description('Run the product end to end on embedded defaults: health checks, then a cited answer')
    .option('--state-dir <dir>', 'where state and connections are kept', DEFAULT_STATE_DIR)
    .option('--customer <name>', 'seeded customer to ask about', 'Acme')
    .option('--question <text>', 'question to ask', 'What did they say about pricing and budget?')
    .action(async (flags: { stateDir: string; customer: string; question: string }) =>
      (await localCommands()).runDemo(io, flags),
    );
}
