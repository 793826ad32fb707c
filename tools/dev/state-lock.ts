import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCAL_KEY_FILE } from '../../src/adapters/codec/local-key-file';
import { isProcessAlive } from '../../src/adapters/files/is-process-alive';

/** File in a state directory naming the process that uses it. */
export const LOCK_FILE = 'lock.json';

/** The connections folder `dev` keeps in its state directory. */
const CONNECTIONS_DIR = 'connections';

/**
 * Everything `dev` and `demo` create in a state directory: the lock, the Temporal database (with
 * SQLite's side files), the payload key and the connections folder. Only these change mode.
 */
export const STATE_ENTRIES: ReadonlySet<string> = new Set([
  LOCK_FILE,
  'temporal.sqlite',
  'temporal.sqlite-wal',
  'temporal.sqlite-shm',
  'temporal.sqlite-journal',
  LOCAL_KEY_FILE,
  CONNECTIONS_DIR,
]);

/** `--state-dir` names a folder that holds other things: using it would touch files dev did not make. */
export class NotAStateDirError extends Error {
  override readonly name = 'NotAStateDirError';
  constructor(
    readonly stateDir: string,
    foreign: string[],
  ) {
    const shown = foreign.slice(0, 3).map((name) => `"${name}"`);
    const more = foreign.length > 3 ? ` and ${foreign.length - 3} more` : '';
    super(
      `${stateDir} is not a dev state directory: it holds ${shown.join(', ')}${more}, which dev did not create. ` +
        'Give --state-dir an empty or new folder (the default is .temporal)',
    );
  }
}

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
 * Makes `stateDir` private (0700, what dev created in it 0600: the dev database holds customer
 * call content) and locks it for this process, so a second `dev` or `demo` cannot open the same
 * SQLite file. A lock left by a process that no longer runs is taken over. A folder holding
 * anything dev does not create is refused with {@link NotAStateDirError}, its modes untouched.
 */
export async function lockStateDir(stateDir: string, command: string): Promise<StateDirLock> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  const foreign = (await readdir(stateDir)).filter((name) => !STATE_ENTRIES.has(name)).sort();
  if (foreign.length > 0) throw new NotAStateDirError(stateDir, foreign);
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

/**
 * 0700 for the state directory and its connections folder, 0600 for the files dev created in
 * them, from earlier runs included. Symbolic links are left alone: they point outside.
 */
async function makePrivate(stateDir: string): Promise<void> {
  await chmod(stateDir, 0o700);
  for (const name of STATE_ENTRIES) {
    const path = join(stateDir, name);
    const info = await lstat(path).catch(() => null);
    if (info?.isFile()) await chmod(path, 0o600);
    else if (info?.isDirectory() && name === CONNECTIONS_DIR) {
      await chmod(path, 0o700);
      for (const entry of await readdir(path, { withFileTypes: true })) {
        if (entry.isFile()) await chmod(join(path, entry.name), 0o600);
      }
    }
  }
}
