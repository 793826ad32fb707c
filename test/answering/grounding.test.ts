import { describe, expect, it } from 'vitest';
import { keepStatedClaims } from '../../src/answering/grounding';

/** Two calls' text as the model is shown them. */
const callTexts = new Map([
  [
    'c-qbr',
    [
      '<call number="1">',
      'title: Acme Corp. QBR',
      'date: 2026-10-03',
      'participants: Dana Smith (VP Operations, External, account Acme Corp.)',
      'brief: Quarterly review of adoption. Usage grew 40% since the pilot.',
      'outline - Commercials:',
      '- Acme asked for a 15% discount on the enterprise plan before renewal.',
      '- The renewal is $24,000 a year for two teams; it is due in March.',
      '- Dana wants a better return on investment before signing.',
      '</call>',
    ].join('\n'),
  ],
  [
    'c-security',
    [
      '<call number="2">',
      'title: Acme Corp. Security Review',
      'date: 2026-09-20',
      'participants: Priya Raman (CISO, External, account Acme Corp.)',
      'brief: Security review with the Acme CISO. They need SOC 2 Type II evidence.',
      'transcript:',
      'Priya Raman: We need the report before legal can approve the order form.',
      '</call>',
    ].join('\n'),
  ],
]);

/** The texts of the claims `keepStatedClaims` keeps, each citing `callIds`. */
function kept(texts: string[], callIds: string[] = ['c-qbr'], customerName = 'Acme'): string[] {
  const claims = texts.map((text) => ({ text, callIds }));
  return keepStatedClaims(claims, callTexts, customerName).claims.map((claim) => claim.text);
}

describe('claims checked against the calls they cite', () => {
  it('keeps a claim the cited call states', () => {
    expect(kept(['Acme asked for a 15% discount on the enterprise plan.'])).toHaveLength(1);
  });

  it('drops a claim with a figure the cited call does not state', () => {
    expect(kept(['Acme asked for a 20% discount on the enterprise plan.'])).toEqual([]);
  });

  it('keeps a paraphrase with the same figures and names', () => {
    const paraphrase = 'Before renewing, Acme requested a 15 percent discount on its enterprise plan.';

    expect(kept([paraphrase])).toEqual([paraphrase]);
  });

  it('reads figures however they are written: 24k is $24,000, October 3 is 2026-10-03', () => {
    expect(kept(['The renewal costs 24k a year.', 'The QBR was held on October 3, 2026.'])).toHaveLength(2);
  });

  it('drops a claim naming someone the calls do not', () => {
    expect(kept(['The order form was signed off by Owen Fairclough before renewal.'])).toEqual([]);
  });

  it('drops a claim opening with a name the calls do not hold', () => {
    expect(kept(['Salesforce asked for a 15% discount on the enterprise plan.'])).toEqual([]);
  });

  it('drops a made-up full name even when each of its words names someone else', () => {
    expect(kept(['Dana Raman asked for a discount.'], ['c-qbr', 'c-security'])).toEqual([]);
  });

  it("keeps the customer's name as the user wrote it, though the calls spell it otherwise", () => {
    const claim = 'Usage at Acme Industries grew 40% since the pilot.';

    expect(kept([claim], ['c-qbr'], 'Acme Industries')).toEqual([claim]);
    expect(kept([claim], ['c-qbr'], 'Acme')).toEqual([]);
  });

  it("finds a name written with the customer's, as in the Acme Enterprise Plan", () => {
    expect(kept(['Acme asked for 15% off the Acme Enterprise Plan.'])).toHaveLength(1);
  });

  it('finds an acronym the calls spell out', () => {
    expect(kept(['Dana wants a better ROI before signing.'])).toHaveLength(1);
  });

  it('drops a claim made of words the cited call does not use', () => {
    expect(
      kept(['This report is a compliance document that requires them to meet specific requirements.']),
    ).toEqual([]);
  });

  it('drops a claim that states nothing, such as "yes", and keeps one that only names', () => {
    expect(kept(['Yes.', 'Dana Smith.'])).toEqual(['Dana Smith.']);
  });

  it('judges a claim citing two calls against their text together', () => {
    const claim = 'Before renewal, the CISO needs SOC 2 Type II evidence and Acme wants a 15% discount.';

    expect(kept([claim], ['c-qbr', 'c-security'])).toEqual([claim]);
    expect(kept([claim], ['c-qbr'])).toEqual([]);
    expect(kept([claim], ['c-security'])).toEqual([]);
  });

  it('collapses near-duplicate claims to the first, and counts what it dropped', () => {
    const claim = { text: 'Acme asked for a 15% discount before renewal.', callIds: ['c-qbr'] };
    const again = { text: 'Acme asked for a 15% discount before the renewal.', callIds: ['c-qbr'] };
    const madeUp = { text: 'Acme asked for a 30% discount.', callIds: ['c-qbr'] };

    const result = keepStatedClaims([claim, again, madeUp, claim], callTexts, 'Acme');

    expect(result).toEqual({ claims: [claim], unstated: 1, repeated: 2 });
  });
});
