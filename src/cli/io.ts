import { GongWorkerError } from '../api/gong-worker-error';
import { readSecretFromStdin, promptHidden } from './read-secret';

/** Where a CLI command reads its environment and writes its output; injected for tests. */
export interface CliIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
  /**
   * Rewrites one status line in place (progress); present only when stderr is a terminal, so
   * piped output never holds progress. An empty text clears the line.
   */
  status?(text: string): void;
  /** Reads standard input to its end (for `--secret-key-stdin`). */
  readStdin?(): Promise<string>;
  /** Asks for a secret with echo off; present only when stdin and stderr are terminals. */
  promptHidden?(question: string): Promise<string>;
  /**
   * Calls `handler` on each Ctrl-C (SIGINT) instead of exiting, until the returned function is
   * called; commands that wait for a run use it to stop the run rather than strand it.
   */
  onInterrupt?(handler: () => void): () => void;
}

/** True once stdout's reader has gone (`| head -1`): later output is dropped, not a crash. */
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') stdoutClosed = true;
  else throw error;
});
let stderrClosed = false;
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') stderrClosed = true;
  else throw error;
});

/** The real process's streams and environment. */
export const processIo: CliIo = {
  env: process.env,
  out: (line) => {
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
  err: (line) => {
    if (!stderrClosed) process.stderr.write(`${line}\n`);
  },
  ...(process.stderr.isTTY
    ? // \r and "erase to end of line": the line is redrawn, never scrolled.
      { status: (text: string) => process.stderr.write(`\r${text}\u001b[K`) }
    : {}),
  readStdin: () => readSecretFromStdin(process.stdin),
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
  ...(process.stdin.isTTY && process.stderr.isTTY
    ? { promptHidden: (question: string) => promptHidden(question, process.stdin, process.stderr) }
    : {}),
};

/** Raised for a usage mistake: printed without a stack trace, exit code 2. */
export class UsageError extends GongWorkerError {
  override readonly name = 'UsageError';
}

/**
 * A command that ran but did not succeed (e.g. an unhealthy check): exit code 1, message on
 * stderr, or with `--json` one error object of `kind`, `message` and `details` on stdout.
 */
export class CommandFailedError extends GongWorkerError {
  override readonly name = 'CommandFailedError';
  constructor(
    message: string,
    /** A short machine-readable name, e.g. `unhealthy`, `no-worker`, `temporal-unreachable`. */
    readonly kind: string = 'failed',
    /** More fields of the `--json` error object (never secrets). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The user interrupted a command (Ctrl-C) and it stopped what it had started: exit code 130. */
export class InterruptedError extends CommandFailedError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, 'interrupted', details);
  }
}

/**
 * A failure whose report is already on stdout (`health status --json` prints the statuses at
 * the top level, then exits 1): no `{"error": ...}` object is printed after it.
 */
export class ReportedFailureError extends CommandFailedError {}
