/**
 * Whether process `pid` of this host still runs: a lock it holds is still held. `EPERM` means it
 * runs as another user, so it is alive too.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
