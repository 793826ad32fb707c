import { describe, expect, it } from 'vitest';
import { questionTerms, words } from '../../src/answering/search-terms';

describe('invisible characters in questions', () => {
  it('a zero-width space inside a word of the question does not split it', () => {
    expect(words('What about pri\u200bcing?')).toEqual(['what', 'about', 'pricing']);
  });

  it('a question with a soft hyphen asks for the same terms as without it', () => {
    expect(questionTerms('What did they say about dis\u00adcounts?')).toEqual(
      questionTerms('What did they say about discounts?'),
    );
  });
});
