import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { ConnectionBusyError } from '../../connections/store-errors';
import { isProcessAlive } from './is-process-alive';

/** A lock older than this is from a process that died mid-change (changes take milliseconds). */
const STALE_AFTER_MS = 30_000;

/**
 * Runs `action` while holding `lockPath`, a file created exclusively (O_EXCL) that names its
 * holder. A lock whose holder died on this host, or that is older than 30 s, is broken; waiting
 * longer than `timeoutMs` fails with {@link ConnectionBusyError} and changes nothing.
 */
export async function withFileLock<T>(
  lockPath: string,
  connectionId: string,
  timeoutMs: number,
  action: () => Promise<T>,
): Promise<T> {
  const token = `${hostname()} ${process.pid} ${randomUUID()}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await writeFile(lockPath, token, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    await breakIfStale(lockPath);
    if (Date.now() > deadline) {
      throw new ConnectionBusyError(
        connectionId,
        `lock file ${basename(lockPath)} held for over ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
  try {
    return await action();
  } finally {
    // Only our own lock: if it was broken as stale, the file may now be someone else's.
    if ((await readOrNull(lockPath)) === token) await rm(lockPath, { force: true });
  }
}

async function breakIfStale(lockPath: string): Promise<void> {
  const seen = await readOrNull(lockPath);
  if (seen === null || !(await isStale(lockPath, seen))) return;
  // Renamed aside first, then checked: if another process replaced it in between, put it back.
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // someone else broke it first
  }
  if ((await readOrNull(aside)) !== seen) await link(aside, lockPath).catch(() => undefined);
  await rm(aside, { force: true });
}

async function isStale(lockPath: string, content: string): Promise<boolean> {
  const [host, pid] = content.split(' ');
  if (host === hostname() && pid !== undefined && /^\d+$/.test(pid) && !isProcessAlive(Number(pid)))
    return true;
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
