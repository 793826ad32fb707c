import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every module `entry` imports, directly or not (type-only imports left out): source files and packages. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = match[1] ?? '';
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (target) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the language model stays out of workflows', () => {
  it('no workflow imports the English model, WordNet or the BM25 index, so bundling is not slowed', () => {
    const { files, packages } = importGraph(join(SRC, 'workflows', 'index.ts'));
    expect([...packages].filter((p) => /wink|wordpos|wordnet|minisearch/.test(p))).toEqual([]);
    expect([...files].filter((f) => f.includes(join('answering', 'language')))).toEqual([]);
  });

  it('the activities do import it: the model loads in the activity worker', () => {
    const { packages } = importGraph(join(SRC, 'activities', 'index.ts'));
    expect(packages).toContain('wink-nlp');
  });
});
