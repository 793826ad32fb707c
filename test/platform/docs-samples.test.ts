import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = [
  'docs/examples/client.ts',
  'docs/examples/encrypted-client.ts',
  'docs/examples/tracing-client.ts',
  'docs/examples/child-workflow.ts',
  'docs/examples/nexus-workflow.ts',
];

describe('docs/platform.md, "Calling from the platform"', () => {
  it('shows the client, child-workflow and Nexus samples exactly as the files the tests compile', async () => {
    const page = await readFile(`${root}docs/platform.md`, 'utf8');
    const shown = [...page.matchAll(/<!-- sample: (\S+) -->\n\n```ts\n([\s\S]*?)```/g)].map((m) => ({
      path: m[1],
      code: m[2],
    }));
    expect(shown.map((s) => s.path)).toEqual(SAMPLES);
    for (const sample of shown) {
      expect(sample.code, sample.path).toBe(await readFile(`${root}${sample.path}`, 'utf8'));
    }
  });

  it('samples compile against the API layer and the client, with no errors', () => {
    const configPath = `${root}tsconfig.json`;
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
    const program = ts.createProgram(
      SAMPLES.map((path) => `${root}${path}`),
      parsed.options,
    );
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
