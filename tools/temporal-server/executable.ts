import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';

import { describeFailure, type CommandRunner } from './run-command';

/** Result of checking one candidate path: null when usable, otherwise why not. */
export type ExecutableProblem = 'not found' | 'not a file' | 'not executable' | null;

/** Tells whether `file` exists, is a regular file, and is executable by this process. */
export async function checkExecutable(file: string): Promise<ExecutableProblem> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'not a file';
  } catch {
    return 'not found';
  }
  try {
    await access(file, constants.X_OK);
    return null;
  } catch {
    return 'not executable';
  }
}

/** Executable names to try for `name` on this platform (`temporal.exe` etc. on Windows). */
function platformNames(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform !== 'win32') return [name];
  const extensions = (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean);
  return [name, ...extensions.map((ext) => name + ext.toLowerCase())];
}

/**
 * Finds `name` on `env.PATH` like `which` does: the first executable regular file wins. Done
 * in-process (rather than spawning `which`) so it honours an injected environment exactly.
 */
export async function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): Promise<string | null> {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const candidate of platformNames(name, env, platform)) {
      const file = path.resolve(dir, candidate);
      if ((await checkExecutable(file)) === null) return file;
    }
  }
  return null;
}

/** Outcome of running `<bin> --version`. */
export type VerifyResult = { ok: true; version: string } | { ok: false; reason: string };

/** How long `temporal --version` may take; the binary is ~150 MB, so a cold start can be slow. */
export const VERIFY_TIMEOUT_MS = 20_000;

/**
 * Confirms that `file` is a working Temporal CLI by running `<file> --version` and expecting
 * exit code 0 and a line mentioning "temporal version".
 */
export async function verifyCli(
  file: string,
  run: CommandRunner,
  env: NodeJS.ProcessEnv,
  timeoutMs = VERIFY_TIMEOUT_MS,
): Promise<VerifyResult> {
  const problem = await checkExecutable(file);
  if (problem) return { ok: false, reason: `${file}: ${problem}` };
  const result = await run(file, ['--version'], { env, timeoutMs });
  const failure = describeFailure(result, timeoutMs);
  if (failure) return { ok: false, reason: `${file} --version: ${failure}` };
  const line = result.stdout
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => /temporal version/i.test(text));
  if (!line) {
    return {
      ok: false,
      reason: `${file} --version: unexpected output "${result.stdout.trim().slice(0, 200)}"`,
    };
  }
  return { ok: true, version: line };
}
