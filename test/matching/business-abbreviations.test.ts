import { describe, expect, it } from 'vitest';
import { matchCall } from '../../src/matching/match-call';
import { keepNearNames } from '../../src/matching/near-names';

const call = (over: { title?: string; crmAccount?: string; email?: string } = {}) => ({
  title: over.title ?? 'Weekly sync',
  crmAccounts: over.crmAccount ? [over.crmAccount] : [],
  participants: over.email ? [{ name: 'Jo Doe', emailAddress: over.email, crmAccounts: [] }] : [],
});

const finds = (typed: string, over: Parameters<typeof call>[0]) => matchCall(call(over), typed).length > 0;

describe('customer names typed with a common business abbreviation', () => {
  it('finds the CRM account "Fenwick Dairy Cooperative" for "fenwick dairy co-op"', () => {
    expect(matchCall(call({ crmAccount: 'Fenwick Dairy Cooperative' }), 'fenwick dairy co-op')).toEqual([
      { field: 'crm_account', value: 'Fenwick Dairy Cooperative' },
    ]);
  });

  it('finds a title that abbreviates a name typed in full ("Fenwick Dairy Coop QBR")', () => {
    expect(finds('Fenwick Dairy Cooperative', { title: 'Fenwick Dairy Coop QBR' })).toBe(true);
  });

  it('reads Univ, Intl, Assn, Dept, Mfg, Svcs and Bros as the words they shorten', () => {
    const pairs: [string, string][] = [
      ['Northgate Univ', 'Northgate University'],
      ["Acme Int'l", 'Acme International'],
      ['Dairy Farmers Assn', 'Dairy Farmers Association'],
      ['Ohio Dept of Health', 'Ohio Department of Health'],
      ['Basalt Mfg', 'Basalt Manufacturing'],
      ['Kestrel Field Svcs', 'Kestrel Field Services'],
      ['Warner Bros', 'Warner Brothers'],
    ];
    for (const [typed, account] of pairs) expect(finds(typed, { crmAccount: account }), typed).toBe(true);
  });

  it('reads "&" and "and" between two words alike ("Whitcombe and Frey" finds "Whitcombe & Frey LLP")', () => {
    expect(finds('Whitcombe and Frey', { crmAccount: 'Whitcombe & Frey LLP' })).toBe(true);
    expect(finds('Whitcombe & Frey', { title: 'Whitcombe and Frey onboarding' })).toBe(true);
  });

  it('still finds a run-together email domain for a name typed with the abbreviation (fenwickcoop.com)', () => {
    expect(finds('Fenwick Co-op', { email: 'walt@fenwickcoop.com' })).toBe(true);
  });

  it('does not find another customer that shares a word ("Glenmore Dairy Cooperative", "Fenwick Dairy Farms")', () => {
    expect(finds('fenwick dairy co-op', { crmAccount: 'Glenmore Dairy Cooperative' })).toBe(false);
    expect(finds('fenwick dairy co-op', { crmAccount: 'Fenwick Dairy Farms' })).toBe(false);
  });

  it('does not take "Acme Intl" for "Acme Industries"', () => {
    expect(finds('Acme Intl', { crmAccount: 'Acme Industries' })).toBe(false);
  });

  it('suggests the CRM account for a typo in a name typed with an abbreviation ("fenwik dairy co-op")', () => {
    expect(
      keepNearNames([], call({ crmAccount: 'Fenwick Dairy Cooperative' }), 'fenwik dairy co-op').map(
        (near) => near.name,
      ),
    ).toEqual(['Fenwick Dairy Cooperative']);
  });
});
