import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockStateDir, NotAStateDirError } from '../../tools/dev/state-lock';

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
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(gone), command: 'npm run dev' }));
    const lock = await lockStateDir(dir, 'npm run demo');
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toEqual({
      pid: process.pid,
      command: 'npm run demo',
    });
    lock.release();
    await expect(stat(join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('makes files of earlier runs private', async () => {
    await writeFile(join(dir, 'temporal.sqlite'), '', { mode: 0o644 });
    const lock = await lockStateDir(dir, 'npm run dev');
    expect((await stat(join(dir, 'temporal.sqlite'))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    lock.release();
  });

  it('refuses a folder holding files dev did not create, and changes no mode in it', async () => {
    await mkdir(join(dir, 'node_modules', '.bin'), { recursive: true, mode: 0o755 });
    await writeFile(join(dir, 'node_modules', '.bin', 'tool'), '#!/bin/sh\n', { mode: 0o755 });
    await writeFile(join(dir, 'package.json'), '{}', { mode: 0o644 });
    await chmod(dir, 0o755);
    const error = await lockStateDir(dir, 'npm run dev').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAStateDirError);
    expect((error as Error).message).toBe(
      `${dir} is not a dev state directory: it holds "node_modules", "package.json", which dev did not create. ` +
        'Give --state-dir an empty or new folder (the default is .temporal)',
    );
    expect((await stat(join(dir, 'node_modules', '.bin', 'tool'))).mode & 0o777).toBe(0o755);
    expect((await stat(join(dir, 'node_modules', '.bin'))).mode & 0o777).toBe(0o755);
    expect((await stat(join(dir, 'package.json'))).mode & 0o777).toBe(0o644);
    expect((await stat(dir)).mode & 0o777).toBe(0o755);
  });

  it('makes private only what dev created: its connection files, not a file a symlink points at', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'state-lock-outside-'));
    try {
      await writeFile(join(outside, 'target'), '', { mode: 0o644 });
      await mkdir(join(dir, 'connections'), { mode: 0o755 });
      await writeFile(join(dir, 'connections', 'sim.json'), '{}', { mode: 0o644 });
      await symlink(join(outside, 'target'), join(dir, 'temporal.sqlite'));
      const lock = await lockStateDir(dir, 'npm run dev');
      expect((await stat(join(dir, 'connections'))).mode & 0o777).toBe(0o700);
      expect((await stat(join(dir, 'connections', 'sim.json'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(outside, 'target'))).mode & 0o777).toBe(0o644);
      lock.release();
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
