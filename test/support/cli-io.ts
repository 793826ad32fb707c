import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** A CLI io that records what a command prints. */
export function recordingIo(
  env: Record<string, string | undefined>,
): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { env, stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

/** What one `gong-worker` command did: its exit code and what it printed. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `gong-worker ...argv` in this process with `env` as its whole environment. */
export async function cli(env: Record<string, string | undefined>, ...argv: string[]): Promise<CliRun> {
  const io = recordingIo(env);
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}
