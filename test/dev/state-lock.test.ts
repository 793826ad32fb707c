import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockStateDir } from '../../tools/dev/state-lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'state-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the dev state directory lock', () => {
  it('takes over a lock left by a process that no longer runs', async () => {
    // The pid of a process that has already exited.
    const gone = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(gone), command: 'gong-worker dev' }));
    const lock = await lockStateDir(dir, 'gong-worker demo');
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toEqual({
      pid: process.pid,
      command: 'gong-worker demo',
    });
    lock.release();
    await expect(stat(join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('makes files of earlier runs private', async () => {
    await writeFile(join(dir, 'temporal.sqlite'), '', { mode: 0o644 });
    const lock = await lockStateDir(dir, 'gong-worker dev');
    expect((await stat(join(dir, 'temporal.sqlite'))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    lock.release();
  });
});
