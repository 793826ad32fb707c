import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Options for {@link withDirLock}. */
export interface DirLockOptions {
  /** Give up waiting for another holder after this long. */
  waitTimeoutMs?: number;
  /** A lock older than this is assumed abandoned even if its owner pid looks alive (pid reuse). */
  staleAfterMs?: number;
  pollMs?: number;
  log?: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the lock at `lockDir` can be broken: its owner died or it is too old. */
async function isStale(lockDir: string, staleAfterMs: number): Promise<boolean> {
  try {
    const info = await stat(lockDir);
    if (Date.now() - info.mtimeMs > staleAfterMs) return true;
    const owner = Number.parseInt(await readFile(path.join(lockDir, 'owner'), 'utf8'), 10);
    // The owner file is written right after mkdir; give a fresh lock a moment before judging it.
    if (Number.isNaN(owner)) return Date.now() - info.mtimeMs > 5_000;
    return !isProcessAlive(owner);
  } catch {
    // Lock vanished between our mkdir attempt and now: not stale, just retry.
    return false;
  }
}

/**
 * Runs `fn` while holding an exclusive lock on `lockDir`, shared between processes. `mkdir` is
 * atomic on every local filesystem, so whoever creates the directory owns the lock; a holder that
 * crashed is detected through its pid and the lock is broken.
 */
export async function withDirLock<T>(
  lockDir: string,
  fn: () => Promise<T>,
  options: DirLockOptions = {},
): Promise<T> {
  const { waitTimeoutMs = 15 * 60_000, staleAfterMs = 30 * 60_000, pollMs = 250, log } = options;
  await mkdir(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + waitTimeoutMs;
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isStale(lockDir, staleAfterMs)) {
      log?.(`breaking stale lock ${lockDir}`);
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lockDir}`);
    if (!announced) {
      log?.(`waiting for another process holding ${lockDir}`);
      announced = true;
    }
    await sleep(pollMs);
  }
  try {
    await writeFile(path.join(lockDir, 'owner'), String(process.pid));
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
