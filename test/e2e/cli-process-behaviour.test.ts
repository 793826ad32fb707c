import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli-io';
import { bareEnv, REPO_ROOT } from './cli-process';

const BIN = join(REPO_ROOT, 'bin', 'gong-worker.js');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-process-'));
  for (let i = 0; i < 20; i++) {
    const keys = ['--access-key', `AK-${i}-1234`, '--secret-key', `SK-${i}-9876`];
    await cli(
      { GONG_CONNECTIONS_DIR: dir },
      'connections',
      'add',
      `c${i}`,
      '--base-url',
      'us-1.api.gong.io',
      ...keys,
    );
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `gong-worker ...args` as a process; `input` is written to its stdin, or stdin is closed. */
function run(
  args: string[],
  options: { input?: string; closeStdout?: boolean } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env: bareEnv({ GONG_CONNECTIONS_DIR: dir }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // The reader goes away before the command prints, as `| head -1` does after its line.
  if (options.closeStdout) child.stdout.destroy();
  else child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('gong-worker as a process', () => {
  it('ends quietly, exit 0, when the reader of its output has gone (EPIPE)', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { code, stderr } = await run(['connections', 'list'], { closeStdout: true });
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  }, 60_000);

  it('connections add --secret-key-stdin takes the secret from a pipe, never from the command line', async () => {
    const { code, stdout } = await run(
      [
        'connections',
        'add',
        'piped',
        '--base-url',
        'us-1.api.gong.io',
        '--access-key',
        'AK-PIPE',
        '--secret-key-stdin',
      ],
      { input: 'SK-FROM-A-PIPE-4321\n' },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('••••••••4321');
    const stored = JSON.parse(await readFile(join(dir, 'piped.json'), 'utf8')) as Record<string, string>;
    expect(stored.accessKeySecret).toBe('SK-FROM-A-PIPE-4321');
  }, 30_000);

  it('connections add on a terminal asks for the keys with echo off', async () => {
    // `script` gives the command a real terminal; what we write is what a person would type.
    const command = `${process.execPath} ${BIN} connections add typed --base-url us-1.api.gong.io`;
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: REPO_ROOT,
      env: bareEnv({ GONG_CONNECTIONS_DIR: dir, TERM: 'dumb' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
    const until = async (text: string) => {
      for (let i = 0; i < 300 && !screen.includes(text); i++) await new Promise((r) => setTimeout(r, 100));
      expect(screen).toContain(text);
    };
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    await until('Access Key: ');
    child.stdin.write('AK-TYPED-1111\r');
    await until('Access Key Secret: ');
    child.stdin.write('SK-TYPED-2222\r');
    expect(await closed).toBe(0);
    expect(screen).toContain('Saved connection "typed".');
    expect(screen).not.toContain('AK-TYPED-1111');
    expect(screen).not.toContain('SK-TYPED-2222');
    const stored = JSON.parse(await readFile(join(dir, 'typed.json'), 'utf8')) as Record<string, string>;
    expect([stored.accessKey, stored.accessKeySecret]).toEqual(['AK-TYPED-1111', 'SK-TYPED-2222']);
  }, 60_000);
});
