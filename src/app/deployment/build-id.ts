import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot, runsCompiled } from './package-root';

/** What `npm run build` records in `dist/build-info.json`. */
const buildInfoSchema = z.object({ version: z.string().min(1), commit: z.string().min(1).nullable() });

/** Build ids Temporal accepts: at most 255 characters; no whitespace, to keep CLI arguments simple. */
export const buildIdSchema = z
  .string()
  .trim()
  .min(1, 'must not be blank')
  .max(255, 'must be at most 255 characters')
  .regex(/^\S+$/, 'must not contain whitespace');

/**
 * The worker's build id: `explicit` (`GONG_WORKER_BUILD_ID`, validated by {@link buildIdSchema}) when set, else the package version plus the git
 * commit when known (`0.1.0+1a2b3c4d5e6f`). Compiled code reads both from `dist/build-info.json`,
 * written by `npm run build` (an image has no `.git`); the sources ask git, and fall back to the
 * version alone outside a checkout.
 */
export function resolveBuildId(explicit: string | null): string {
  if (explicit !== null) return explicit;
  const { version, commit } = runsCompiled() ? compiledBuildInfo() : sourceBuildInfo();
  return commit ? `${version}+${commit}` : version;
}

function compiledBuildInfo(): z.infer<typeof buildInfoSchema> {
  const file = join(packageRoot(), 'dist', 'build-info.json');
  if (!existsSync(file)) return sourceBuildInfo();
  const parsed = buildInfoSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not what npm run build writes: run it again`);
  return parsed.data;
}

function sourceBuildInfo(): z.infer<typeof buildInfoSchema> {
  const root = packageRoot();
  const { version } = z
    .object({ version: z.string().min(1) })
    .parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
  return { version, commit: gitCommit(root) };
}

/** The checked-out commit, or null when git or the checkout is missing. */
function gitCommit(cwd: string): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5_000,
    });
    return out.trim() || null;
  } catch {
    return null;
  }
}
