import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: `gong-worker` runs from here, as the README tells people to. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The product's command, or the dev tooling's (`npm run dev`, `npm run demo`). */
export type Launcher = 'gong-worker' | 'gong-dev';

/** A bare environment, as in a fresh terminal: PATH and HOME, plus `extra`. */
export function bareEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...extra };
}

/** What a finished `gong-worker` process printed and how it ended. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/<launcher>.js ...args` to the end; killed and rejected after `timeoutMs`. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
  launcher: Launcher = 'gong-worker',
): Promise<CliRun> {
  const child = startCli(args, env, launcher);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.process.kill('SIGKILL');
      reject(
        new Error(`${launcher} ${args.join(' ')} did not finish in ${timeoutMs / 1000}s:\n${child.output()}`),
      );
    }, timeoutMs);
    child.process.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: child.stdout.join(''), stderr: child.stderr.join('') });
    });
  });
}

/** A running `gong-worker` (or `gong-dev`) child process and everything it has printed so far. */
export interface CliProcess {
  process: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** stdout and stderr, for failure messages. */
  output(): string;
  /** Resolves with stdout so far once it matches `pattern`; rejects on exit or after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Resolves with how the process ended, or null if it still runs after `timeoutMs`. */
  waitForExit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null>;
}

/**
 * Starts `node bin/<launcher>.js ...args` from the repository root, in a process group of its
 * own so that a last-resort `killGroup` also takes down the servers it started.
 */
export function startCli(
  args: string[],
  env: Record<string, string>,
  launcher: Launcher = 'gong-worker',
): CliProcess {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', `${launcher}.js`), ...args], {
    cwd: REPO_ROOT,
    // The sources under test, never a dist/ built before the last edit.
    env: { GONG_WORKER_FROM_SOURCE: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const output = () => `--- stdout\n${stdout.join('')}\n--- stderr\n${stderr.join('')}`;
  return {
    process: child,
    stdout,
    stderr,
    output,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = stdout.join('').match(pattern);
          if (!match) return;
          cleanup();
          resolve(match);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${pattern} after ${timeoutMs / 1000}s:\n${output()}`));
        }, timeoutMs);
        const onExit = () => {
          cleanup();
          reject(new Error(`exited before printing ${pattern}:\n${output()}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          child.off('exit', onExit);
        };
        // Runs after the recording listener, so stdout already holds the chunk.
        const onData = () => check();
        child.stdout.on('data', onData);
        child.once('exit', onExit);
        check();
      });
    },
    waitForExit(timeoutMs) {
      return Promise.race([
        ended,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
      ]);
    },
  };
}

/** SIGKILLs the process group of a `startCli` process, servers included; quiet when it is gone. */
export function killGroup(child: CliProcess): void {
  if (child.process.pid === undefined) return;
  try {
    process.kill(-child.process.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const LOCK = join(tmpdir(), 'gong-worker-e2e-startup.lock');
const STALE_LOCK_MS = 180_000;

/**
 * Runs `body` while no other e2e file is starting a local stack: `dev` and `demo` both try
 * ports 7233 and 8233 when free, and two of them checking at the same moment would collide.
 */
export async function withStartupLock<T>(body: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(LOCK).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (since > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await body();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}
