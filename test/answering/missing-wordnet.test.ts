import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answering';
import { createRelatedWords } from '../../src/answering/language/related-words';
import { acmeCalls } from './call-fixtures';

/** A WordNet folder without its files, as an install that skipped wordpos's postinstall leaves it. */
let emptyDict: string;
beforeAll(async () => {
  emptyDict = await mkdtemp(join(tmpdir(), 'wordnet-missing-'));
});
afterAll(() => rm(emptyDict, { recursive: true, force: true }));

function answererWithoutWordNet() {
  const warnings: string[] = [];
  const relatedWords = createRelatedWords({ dictPath: emptyDict, warn: (message) => warnings.push(message) });
  return { answerer: createExtractiveAnswerer({ relatedWords }), warnings };
}

describe('answering without WordNet', () => {
  it('still quotes the pricing passage, cited, when WordNet cannot be read', async () => {
    const { answerer } = answererWithoutWordNet();

    const result = await answerer.answer('Did they push back on pricing?', acmeCalls);

    expect(result.answer).toContain(
      '- "Acme asked for a 15% discount on the enterprise plan before renewal." [1]',
    );
    expect(result.citedCallIds[0]).toBe('c-qbr');
  });

  it('tells once that WordNet cannot be read, however many questions are answered', async () => {
    const { answerer, warnings } = answererWithoutWordNet();

    for (const question of [
      'Did they push back on pricing?',
      'What concerns did they raise?',
      'What are the next steps?',
    ]) {
      await answerer.answer(question, acmeCalls);
    }

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^WordNet could not be read \(.*fast-index.*\); answers rank passages without related words$/,
    );
  });
});
