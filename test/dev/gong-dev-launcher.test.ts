import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  // The launcher alone, where no node_modules holds tsx: a checkout installed with --omit=dev.
  dir = await mkdtemp(join(tmpdir(), 'gong-dev-no-tsx-'));
  await mkdir(join(dir, 'bin'));
  await copyFile(
    fileURLToPath(new URL('../../bin/gong-dev.js', import.meta.url)),
    join(dir, 'bin', 'gong-dev.js'),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('npm run dev without the dev dependencies says tsx is missing and to run npm ci', async () => {
  const failed = await run(process.execPath, [join(dir, 'bin', 'gong-dev.js'), 'dev'], { cwd: dir }).then(
    () => null,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(failed?.code).toBe(1);
  expect(failed?.stdout).toBe('');
  expect(failed?.stderr).toBe(
    'error: `npm run dev` and `npm run demo` run the dev tooling in tools/ through tsx, a dev dependency ' +
      'that is not installed: run `npm ci` (without --omit=dev) in a checkout\n',
  );
});
