import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Options for {@link writeFakeCli}. */
export interface FakeCliOptions {
  executable?: boolean;
  /** Shell commands run on `--version`; defaults to printing a plausible version line. */
  body?: string;
}

/** Writes a shell script that impersonates `temporal --version` at `dir/name`. */
export async function writeFakeCli(
  dir: string,
  name = 'temporal',
  options: FakeCliOptions = {},
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\n${options.body ?? 'echo "temporal version 9.9.9 (fake)"'}\n`);
  await chmod(file, options.executable === false ? 0o644 : 0o755);
  return file;
}
