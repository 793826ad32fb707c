import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The directory holding this package's `package.json`, found by walking up from this module. It
 * works both from `src/` (tsx, vitest) and from a compiled chunk in `dist/`, where paths relative
 * to `import.meta.url` would point somewhere else.
 */
export function packageRoot(): string {
  if (cached) return cached;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (cached = dir);
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

/** Whether this process runs the compiled output in `dist/` rather than the TypeScript sources. */
export function runsCompiled(): boolean {
  return fileURLToPath(import.meta.url).startsWith(join(packageRoot(), 'dist') + sep);
}
