import { Command } from 'commander';
import type { CliIo } from './io';
import { reportFailure, wantsDebug, wantsJson } from './json-output';
import { sanitizingIo } from './sanitize';
import { packageVersion } from './version';

/**
 * A program printing through `io`, with `--version` and `--debug`, that throws instead of exiting:
 * `gong-worker`, and the dev tooling's `npm run dev` / `npm run demo` (tools/dev), share it.
 */
export function newProgram(name: string, description: string, io: CliIo): Command {
  return new Command(name)
    .description(description)
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'print stack traces of errors (or set DEBUG=1)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });
}

/**
 * Runs the program `build` makes over `argv` and returns its exit code: 0 success, 1 failure,
 * 2 usage error, 130 interrupted.
 */
export async function runProgram(build: (io: CliIo) => Command, argv: string[], io: CliIo): Promise<number> {
  // Everything printed passes the sanitizer: titles, answers and errors come from Gong or a model.
  const safeIo = sanitizingIo(io);
  try {
    await build(safeIo).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, safeIo, wantsJson(argv), wantsDebug(argv, io.env));
  }
}
