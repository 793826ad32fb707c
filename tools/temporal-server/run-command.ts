import { spawn } from 'node:child_process';

/** What a finished (or abandoned) child process left behind. */
export interface CommandResult {
  /** Exit code, or null when the process was killed by a signal or never started. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when we killed the process because it exceeded `timeoutMs`. */
  timedOut: boolean;
  /** Set when the process could not be started at all (e.g. ENOENT, EACCES). */
  spawnError: NodeJS.ErrnoException | null;
}

/** Options for {@link runCommand}. */
export interface RunCommandOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Kill the process (SIGKILL) after this many milliseconds. */
  timeoutMs?: number;
}

/**
 * Runs a command to completion. Injected into the CLI finder so tests (and callers with unusual
 * environments) can replace process spawning.
 */
export type CommandRunner = (
  command: string,
  args: string[],
  options?: RunCommandOptions,
) => Promise<CommandResult>;

/** Output beyond this is dropped from the front; only the tail matters for error messages. */
const MAX_CAPTURE = 64 * 1024;

function appendCapped(buffer: string, chunk: string): string {
  const next = buffer + chunk;
  return next.length > MAX_CAPTURE ? next.slice(next.length - MAX_CAPTURE) : next;
}

/** Default {@link CommandRunner}: `child_process.spawn` without a shell, never rejects. */
export const runCommand: CommandRunner = (command, args, options = {}) =>
  new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let spawnError: NodeJS.ErrnoException | null = null;
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout = appendCapped(stdout, chunk)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = appendCapped(stderr, chunk)));
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
    });
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, spawnError });
    };
    // 'close' fires after 'error' too, and only once the stdio streams are drained.
    child.on('close', finish);
    child.on('exit', (code, signal) => {
      // A killed wrapper script's own children can keep the pipes (and so 'close') open for as
      // long as they live; after a timeout we stop listening rather than wait for them.
      if (!timedOut) return;
      child.stdout.destroy();
      child.stderr.destroy();
      finish(code, signal);
    });
  });

/** Last few non-empty lines of a process' output, for concise failure reasons. */
export function outputTail(text: string, maxLines = 5, maxChars = 600): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0);
  const tail = lines.slice(-maxLines).join(' | ');
  return tail.length > maxChars ? `…${tail.slice(tail.length - maxChars)}` : tail;
}

/**
 * Explains why a command failed in one line ("timed out after 10s", "exit code 2: …"), or returns
 * null when it succeeded.
 */
export function describeFailure(result: CommandResult, timeoutMs?: number): string | null {
  if (result.spawnError) return `could not start: ${result.spawnError.code ?? result.spawnError.message}`;
  if (result.timedOut) return `timed out after ${Math.round((timeoutMs ?? 0) / 1000)}s`;
  if (result.code === 0) return null;
  const how = result.code === null ? `killed by ${result.signal ?? 'signal'}` : `exit code ${result.code}`;
  const tail = outputTail(result.stderr) || outputTail(result.stdout);
  return tail ? `${how}: ${tail}` : how;
}
