/** Where a CLI command reads its environment and writes its output; injected for tests. */
export interface CliIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

/** The real process's streams and environment. */
export const processIo: CliIo = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Raised for a usage mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command that ran but did not succeed (e.g. an unhealthy check): exit code 1, message on stderr. */
export class CommandFailedError extends Error {
  override readonly name = 'CommandFailedError';
}
