import { describe, expect, it } from 'vitest';
import { matchCall } from '../../src/matching/match-call';
import { withoutLegalSuffix } from '../../src/matching/legal-suffix';

const call = (title: string, crmAccount = 'Stark Industries') => ({
  title,
  crmAccounts: [crmAccount],
  participants: [],
});

describe('customer names typed with a legal form', () => {
  it('finds the calls of CRM account "Stark Industries" for "Stark Industries, Inc."', () => {
    expect(matchCall(call('Weekly sync'), 'Stark Industries, Inc.')).toEqual([
      { field: 'crm_account', value: 'Stark Industries' },
    ]);
  });

  it('ignores GmbH, AG, S.A., Ltd, LLC, Corp., Co., plc, AS and ASA and the punctuation around them', () => {
    for (const typed of [
      'Müller Bau GmbH',
      'Müller Bau AG',
      'Müller Bau S.A.',
      'Müller Bau Ltd.',
      'Müller Bau, LLC',
      'Müller Bau Corp.',
      'Müller Bau Co.',
      'Müller Bau plc',
      'Müller Bau AS',
      'Müller Bau ASA',
    ]) {
      expect(withoutLegalSuffix(typed), typed).toBe('muller bau');
    }
  });

  it('matches a title that spells the legal form when the customer is typed without it', () => {
    expect(matchCall(call('Globex Corp. renewal', 'Other'), 'Globex')).toEqual([
      { field: 'title', value: 'Globex Corp. renewal' },
    ]);
  });

  it('keeps a name that is nothing but a legal form', () => {
    expect(withoutLegalSuffix('Co.')).toBe('co');
  });

  it('does not strip a word that only ends like a legal form', () => {
    expect(withoutLegalSuffix('Hooli Disco')).toBe('hooli disco');
  });
});
