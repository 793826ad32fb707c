import { describe, expect, it } from 'vitest';
import { assembleCitedAnswer, keepKnownCitations } from '../../src/answering';

describe('citations', () => {
  it('drops call ids that were not analyzed', () => {
    const claims = keepKnownCitations(
      [{ text: 'Acme wants a discount.', callIds: ['c1', 'invented'] }],
      ['c1', 'c2'],
    );

    expect(claims).toEqual([{ text: 'Acme wants a discount.', callIds: ['c1'] }]);
  });

  it('drops a claim that cites only invented call ids', () => {
    const claims = keepKnownCitations(
      [
        { text: 'Acme wants a discount.', callIds: ['c1'] },
        { text: 'Acme signed yesterday.', callIds: ['made-up', 'also-made-up'] },
      ],
      ['c1'],
    );

    expect(claims.map((claim) => claim.text)).toEqual(['Acme wants a discount.']);
  });

  it('numbers markers by the position of each call in citedCallIds', () => {
    const result = assembleCitedAnswer([
      { text: 'Acme wants a discount.', callIds: ['c2'] },
      { text: 'Security needs SOC 2', callIds: ['c1', 'c2'] },
    ]);

    expect(result.citedCallIds).toEqual(['c2', 'c1']);
    expect(result.answer).toBe('Acme wants a discount [1]. Security needs SOC 2 [2][1]');
  });
});
