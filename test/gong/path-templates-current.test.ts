import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/gong-path-templates.mjs', import.meta.url));

it("the worker's Gong path templates are those of the vendored OpenAPI document", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--check']);
  expect(stdout).toContain('matches spec/gong-openapi.json');
});
