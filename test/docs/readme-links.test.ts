import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** A page's text without fenced code blocks, whose `#` lines are no headings. */
function withoutFences(page: string): string {
  return readFileSync(join(root, page), 'utf8').replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

/** A page's text without code, where `](...)` is not a link. */
function prose(page: string): string {
  return withoutFences(page).replace(/`[^`\n]*`/g, '');
}

/** Every relative link target of a page: `[text](target)` without a scheme. */
function relativeLinks(page: string): string[] {
  return [...prose(page).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens. */
function anchors(page: string): Set<string> {
  const headings = [...withoutFences(page).matchAll(/^#{1,6} +(.+)$/gm)].map((match) => match[1] ?? '');
  return new Set(
    headings.map((heading) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

/** Where each relative link of every page points: the file, and the heading when it names one. */
const links = pages.flatMap((page) =>
  relativeLinks(page).map((target) => {
    const [path = '', anchor] = target.split('#');
    const file = path === '' ? page : relative(root, join(root, dirname(page), decodeURI(path)));
    return { page, target, file, anchor };
  }),
);

describe('README.md and docs/*.md', () => {
  it('keep the README a front door of at most 200 lines', () => {
    const lines = readFileSync(join(root, 'README.md'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(200);
  });

  it('link only to files that exist', () => {
    const broken = links.filter(({ file }) => !existsSync(join(root, file)));
    expect(broken.map(({ page, target }) => `${page}: ${target}`)).toEqual([]);
  });

  it('link only to headings that exist in the page linked', () => {
    const broken = links.filter(
      ({ file, anchor }) => anchor !== undefined && file.endsWith('.md') && !anchors(file).has(anchor),
    );
    expect(broken.map(({ page, target }) => `${page}: ${target}`)).toEqual([]);
  });

  it('give every docs page a link from the README', () => {
    const linked = new Set(links.filter(({ page }) => page === 'README.md').map(({ file }) => file));
    expect(pages.filter((page) => page !== 'README.md' && !linked.has(page))).toEqual([]);
  });
});
