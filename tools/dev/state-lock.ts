import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from '../../src/system/is-process-alive';

/** File in a state directory naming the process that uses it. */
export const LOCK_FILE = 'lock.json';

/** Another live process holds the state directory. */
export class StateDirInUseError extends Error {
  override readonly name = 'StateDirInUseError';
  constructor(
    readonly stateDir: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `state directory ${stateDir} is in use by process ${holderPid} (${holderCommand}); ` +
        'stop it first, or give another --state-dir',
    );
  }
}

/** A held lock; `release` is safe to call more than once. */
export interface StateDirLock {
  release(): void;
}

/**
 * Makes `stateDir` private (0700, its files 0600: the dev database holds customer call content)
 * and locks it for this process, so a second `dev` or `demo` cannot open the same SQLite file.
 * A lock left by a process that no longer runs is taken over.
 */
export async function lockStateDir(stateDir: string, command: string): Promise<StateDirLock> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  await makePrivate(stateDir);
  const path = join(stateDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, command }));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const holder = readHolder(path);
      if (holder && holder.pid !== process.pid && isProcessAlive(holder.pid))
        throw new StateDirInUseError(stateDir, holder.pid, holder.command);
      rmSync(path, { force: true });
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
    process.removeListener('exit', release);
  };
  // Released on any orderly exit, process.exit included.
  process.on('exit', release);
  return { release };
}

function readHolder(path: string): { pid: number; command: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; command?: unknown };
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, command: typeof parsed.command === 'string' ? parsed.command : 'unknown' };
  } catch {
    return null;
  }
}

/** 0700 for `dir` and its subdirectories, 0600 for its files, from earlier runs included. */
async function makePrivate(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await makePrivate(path);
    else if (entry.isFile()) await chmod(path, 0o600);
  }
}
