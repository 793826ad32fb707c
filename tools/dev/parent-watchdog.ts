import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';

/**
 * The watchdog's program: when its standard input ends (the parent has exited, however it
 * died, `kill -9` included, since the kernel closes the pipe), it stops `pid` with SIGTERM and,
 * 5 s later, SIGKILL. It ignores the terminal's Ctrl-C, which the parent handles.
 */
const WATCHDOG = `
const pid = Number(process.argv[1]);
process.on('SIGINT', () => undefined);
const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
process.stdin.on('data', () => undefined);
process.stdin.on('close', () => {
  if (!alive()) process.exit(0);
  try { process.kill(pid, 'SIGTERM'); } catch {}
  const started = Date.now();
  const timer = setInterval(() => {
    if (!alive()) process.exit(0);
    if (Date.now() - started > 5000) { try { process.kill(pid, 'SIGKILL'); } catch {} process.exit(0); }
  }, 100);
});
`;

/**
 * Ties the life of process `pid` (the Temporal dev server) to this process: a small watchdog
 * process holds a pipe from us and stops `pid` when the pipe closes. Returns the function that
 * dismisses the watchdog on an orderly stop (the caller then stops `pid` itself).
 */
export function watchParent(pid: number): () => Promise<void> {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Its own process group: a Ctrl-C or a group kill aimed at `dev` must not take it first.
    detached: true,
  });
  watchdog.on('error', () => undefined);
  watchdog.stdin?.on('error', () => undefined);
  // Neither the watchdog nor its pipe keeps this process alive.
  watchdog.unref();
  (watchdog.stdin as Socket | null)?.unref();
  return async () => {
    watchdog.kill('SIGKILL');
  };
}
