import type { CliIo } from '../../src/cli/io';

/** A CLI io that records what a command prints. */
export function recordingIo(
  env: Record<string, string | undefined>,
): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { env, stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}
