import { describe, expect, it } from 'vitest';
import { keepNearNames } from '../../src/matching/near-names';

const call = (over: { title?: string; crmAccounts?: string[]; email?: string } = {}) => ({
  title: over.title ?? 'Weekly sync',
  crmAccounts: over.crmAccounts ?? [],
  participants: over.email ? [{ name: 'Jo Doe', emailAddress: over.email, crmAccounts: [] }] : [],
});

describe('names close to one that matched nothing', () => {
  it('offers a CRM account one letter away', () => {
    expect(keepNearNames([], call({ crmAccounts: ['Globex'] }), 'Globx')).toEqual([
      { name: 'Globex', edits: 1 },
    ]);
  });

  it('offers words of a title as Gong spells them', () => {
    expect(keepNearNames([], call({ title: 'Umbrella Health — renewal' }), 'Umbrela Health')).toEqual([
      { name: 'Umbrella Health', edits: 1 },
    ]);
  });

  it("offers the organisation of a participant's email domain", () => {
    expect(keepNearNames([], call({ email: 'jo@initech.com' }), 'Initec')).toEqual([
      { name: 'initech', edits: 1 },
    ]);
  });

  it('offers nothing for a name far from every name seen', () => {
    expect(keepNearNames([], call({ crmAccounts: ['Globex'], title: 'Acme QBR' }), 'Hooli')).toEqual([]);
  });

  it('keeps the closest few, each name once', () => {
    let kept = keepNearNames([], call({ crmAccounts: ['Globex'] }), 'Globx');
    kept = keepNearNames(kept, call({ crmAccounts: ['Globex'] }), 'Globx');
    kept = keepNearNames(kept, call({ crmAccounts: ['Globe'] }), 'Globx');
    expect(kept.map((near) => near.name)).toEqual(['Globe', 'Globex']);
  });

  it('offers a CRM account the typed name holds with a word added', () => {
    expect(
      keepNearNames([], call({ crmAccounts: ['Kestrel Valley Water'] }), 'Kestrel Valley Water District'),
    ).toEqual([{ name: 'Kestrel Valley Water', edits: 1 }]);
  });

  it('offers a CRM account that shares most of the typed words', () => {
    expect(
      keepNearNames([], call({ crmAccounts: ['Kestrel Valley Water'] }), 'Kestrel Water Authority'),
    ).toEqual([{ name: 'Kestrel Valley Water', edits: 2 }]);
  });

  it('offers no CRM account that shares only one word of several', () => {
    expect(keepNearNames([], call({ crmAccounts: ['Kestrel Valley Water'] }), 'Blue Water Partners')).toEqual(
      [],
    );
  });

  it('offers no title words beside the typed name as a name', () => {
    expect(
      keepNearNames(
        [],
        call({ title: 'Kestrel Valley Water forecast review' }),
        'Kestrel Valley Water District',
      ),
    ).toEqual([]);
  });
});
