import { describe, expect, it } from 'vitest';
import { customerMatcher, matchCall, type MatchableCall } from '../../src/matching/match-call';
import { keepMostRecent, type MatchedCall } from '../../src/matching/matched-call';
import { nameFinder, normalizeName } from '../../src/matching/normalize-name';
import { leadingWordMatcher, shortNameMatcher } from '../../src/matching/short-name';

type Participant = MatchableCall['participants'][number];

function call(input: {
  title?: string | null;
  participants?: Partial<Participant>[];
  crmAccounts?: string[];
  internal?: boolean;
}): MatchableCall {
  return {
    title: input.title ?? null,
    participants: (input.participants ?? []).map((p) => ({
      name: p.name ?? null,
      emailAddress: p.emailAddress ?? null,
      crmAccounts: p.crmAccounts ?? [],
    })),
    crmAccounts: input.crmAccounts ?? [],
    ...(input.internal === undefined ? {} : { internal: input.internal }),
  };
}

describe('matchCall finds a customer', () => {
  it('in the call title, ignoring case and punctuation ("acme" finds "ACME Corp. QBR")', () => {
    expect(matchCall(call({ title: 'ACME Corp. QBR' }), 'acme')).toEqual([
      { field: 'title', value: 'ACME Corp. QBR' },
    ]);
  });

  it('in a participant name', () => {
    expect(matchCall(call({ participants: [{ name: 'Wayne Enterprises' }] }), 'wayne enterprises')).toEqual([
      { field: 'participant_name', value: 'Wayne Enterprises' },
    ]);
  });

  it('in the domain of a participant email (jane@acme.com)', () => {
    expect(matchCall(call({ participants: [{ emailAddress: 'jane@acme.com' }] }), 'Acme')).toEqual([
      { field: 'email_domain', value: 'acme.com' },
    ]);
  });

  it('in a subdomain and country-code domain of an email (eu.acme.co.uk)', () => {
    expect(matchCall(call({ participants: [{ emailAddress: 'Jo@EU.Acme.co.uk' }] }), 'acme')).toEqual([
      { field: 'email_domain', value: 'eu.acme.co.uk' },
    ]);
  });

  it('in a CRM account linked to the call ("Acme Corporation")', () => {
    expect(matchCall(call({ crmAccounts: ['Acme Corporation'] }), 'Acme Corporation')).toEqual([
      { field: 'crm_account', value: 'Acme Corporation' },
    ]);
  });

  it('in a CRM account of a participant', () => {
    const matchable = call({ participants: [{ name: 'Jane Doe', crmAccounts: ['Acme Corporation'] }] });
    expect(matchCall(matchable, 'acme corporation')).toEqual([
      { field: 'crm_account', value: 'Acme Corporation' },
    ]);
  });

  it('despite accents ("societe generale energie" finds "Société Générale Énergie")', () => {
    expect(
      matchCall(call({ title: 'Société Générale Énergie – kickoff' }), 'societe generale energie'),
    ).toHaveLength(1);
  });

  it('despite apostrophes ("oreilly logistics" finds "O\'Reilly Logistics")', () => {
    expect(matchCall(call({ title: "O'Reilly Logistics renewal" }), 'oreilly logistics')).toHaveLength(1);
  });

  it('despite a typographic apostrophe ("O’Reilly Logistics")', () => {
    expect(matchCall(call({ crmAccounts: ['O’Reilly Logistics'] }), "O'Reilly Logistics")).toHaveLength(1);
  });

  it('written with "co-op" for "Cooperative" ("fenwick dairy co-op" finds "Fenwick Dairy Cooperative")', () => {
    expect(
      matchCall(call({ crmAccounts: ['Fenwick Dairy Cooperative'] }), 'fenwick dairy co-op'),
    ).toHaveLength(1);
  });

  it('written with "and" for "&" ("Whitcombe and Frey" finds "Whitcombe & Frey LLP")', () => {
    expect(matchCall(call({ crmAccounts: ['Whitcombe & Frey LLP'] }), 'Whitcombe and Frey')).toHaveLength(1);
  });

  it('despite extra spaces in the name asked for', () => {
    expect(matchCall(call({ title: 'ACME Corp. QBR' }), '   acme    corp  ')).toHaveLength(1);
  });

  it('whose multi-word name is written as one word in an email domain (umbrellahealth.com)', () => {
    expect(
      matchCall(call({ participants: [{ emailAddress: 'ann@umbrellahealth.com' }] }), 'Umbrella Health'),
    ).toEqual([{ field: 'email_domain', value: 'umbrellahealth.com' }]);
  });

  it('and reports every place it appears, each once', () => {
    const matchable = call({
      title: 'Acme weekly',
      participants: [
        { name: 'Jane Doe', emailAddress: 'jane@acme.com', crmAccounts: ['Acme'] },
        { name: 'John Roe', emailAddress: 'john@acme.com', crmAccounts: ['Acme'] },
      ],
      crmAccounts: ['Acme'],
    });
    expect(matchCall(matchable, 'acme')).toEqual([
      { field: 'title', value: 'Acme weekly' },
      { field: 'email_domain', value: 'acme.com' },
      { field: 'crm_account', value: 'Acme' },
    ]);
  });
});

describe('matchCall matches whole words only', () => {
  it('does not find "acme" inside "Pacmed Inc"', () => {
    expect(matchCall(call({ title: 'Pacmed Inc', crmAccounts: ['Pacmed Inc'] }), 'acme')).toEqual([]);
  });

  it('does not find "acme" in the domain acmetrics.com', () => {
    expect(matchCall(call({ participants: [{ emailAddress: 'bob@acmetrics.com' }] }), 'acme')).toEqual([]);
  });

  it('does not take the top-level domain for a company name (acme.com does not name "com")', () => {
    expect(matchCall(call({ participants: [{ emailAddress: 'bob@acme.com' }] }), 'com')).toEqual([]);
  });

  it('does not match a name of which the call shows only a part', () => {
    expect(matchCall(call({ title: 'Acme QBR' }), 'Acme Corporation')).toEqual([]);
  });

  it('returns nothing for a customer the call does not mention', () => {
    const matchable = call({
      title: 'ACME Corp. QBR',
      participants: [{ name: 'Jane Doe', emailAddress: 'jane@acme.com', crmAccounts: ['Acme Corporation'] }],
      crmAccounts: ['Acme Corporation'],
    });
    expect(matchCall(matchable, 'Globex')).toEqual([]);
  });

  it('returns nothing for a blank or punctuation-only name', () => {
    const matchable = call({ title: 'ACME Corp. QBR', participants: [{ emailAddress: 'jane@acme.com' }] });
    expect(matchCall(matchable, '  ')).toEqual([]);
    expect(matchCall(matchable, '--')).toEqual([]);
  });
});

describe('normalizeName', () => {
  it('folds case, accents, punctuation and runs of spaces', () => {
    expect(normalizeName('  Société  Générale, Énergie.')).toBe('societe generale energie');
  });

  it('drops apostrophes instead of splitting the word', () => {
    expect(normalizeName("O'Reilly")).toBe('oreilly');
  });
});

describe('normalizeName on plain ASCII', () => {
  it.each(["O'Reilly & Sons, Inc.", '  ACME   corp.  ', 'wayne-enterprises.com', 'R&D `team` #42', '...'])(
    'folds %j as the Unicode folding does',
    (name) => {
      // A zero-width space sends the name down the Unicode path, which removes it.
      expect(normalizeName(name)).toBe(normalizeName(`\u200b${name}`));
    },
  );
});

describe('customerMatcher', () => {
  it('matches call after call as matchCall does, a recurring name included', () => {
    const calls = [
      call({ title: 'Acme QBR', participants: [{ name: 'Jo Acme', emailAddress: 'jo@acme.com' }] }),
      call({ title: 'Globex sync', participants: [{ name: 'Jo Acme', emailAddress: 'jo@acme.com' }] }),
      call({ title: 'Globex sync', crmAccounts: ['Globex'] }),
      call({ title: 'Intro', crmAccounts: ['Acme, Inc.'] }),
    ];
    const matches = customerMatcher('Acme Inc.');
    expect(calls.map((each) => matches(each))).toEqual(calls.map((each) => matchCall(each, 'Acme Inc.')));
    expect(calls.map((each) => matches(each).length)).toEqual([3, 2, 0, 1]);
  });
});

describe('nameFinder', () => {
  it('accepts a name written without spaces when it equals the spaced name', () => {
    expect(nameFinder('umbrella health')('UmbrellaHealth')).toBe(true);
  });

  it('does not accept a run-together name inside a longer text', () => {
    expect(nameFinder('umbrella health')('umbrellahealthcare')).toBe(false);
  });
});

function matched(callId: string, started: string): MatchedCall {
  return {
    callId,
    title: `Call ${callId}`,
    started,
    url: `https://app.gong.io/call?id=${callId}`,
    matchedOn: [],
  };
}

describe('keepMostRecent', () => {
  it('keeps the N newest calls, newest first', () => {
    let kept: MatchedCall[] = [];
    for (const [id, day] of [
      ['1', '03'],
      ['2', '01'],
      ['3', '05'],
      ['4', '02'],
      ['5', '04'],
    ] as const) {
      kept = keepMostRecent(kept, matched(id, `2026-01-${day}T10:00:00Z`), 3);
    }
    expect(kept.map((c) => c.callId)).toEqual(['3', '5', '1']);
  });

  it('drops a call older than the N kept ones', () => {
    const kept = [matched('2', '2026-01-02T00:00:00Z'), matched('1', '2026-01-01T00:00:00Z')];
    expect(keepMostRecent(kept, matched('0', '2025-12-31T00:00:00Z'), 2)).toEqual(kept);
  });

  it('keeps a call seen twice only once', () => {
    const kept = keepMostRecent(
      [matched('1', '2026-01-01T00:00:00Z')],
      matched('1', '2026-01-01T00:00:00Z'),
      5,
    );
    expect(kept).toHaveLength(1);
  });

  it('orders calls that started at the same time by call id, consistently', () => {
    const a = keepMostRecent(
      keepMostRecent([], matched('100', '2026-01-01T00:00:00Z'), 5),
      matched('200', '2026-01-01T00:00:00Z'),
      5,
    );
    const b = keepMostRecent(
      keepMostRecent([], matched('200', '2026-01-01T00:00:00Z'), 5),
      matched('100', '2026-01-01T00:00:00Z'),
      5,
    );
    expect(a.map((c) => c.callId)).toEqual(b.map((c) => c.callId));
  });

  it('does not change the list it is given', () => {
    const kept = [matched('1', '2026-01-01T00:00:00Z')];
    keepMostRecent(kept, matched('2', '2026-01-02T00:00:00Z'), 5);
    expect(kept.map((c) => c.callId)).toEqual(['1']);
  });
});

describe('matchCall finds a customer given as a domain or an email address', () => {
  const acmeCall = call({
    title: 'Quarterly review',
    participants: [
      { name: 'Sam Seller', emailAddress: 'sam@northwind-analytics.com' },
      { name: 'Jane Doe', emailAddress: 'Jane.Doe@ACME.com' },
    ],
  });

  it('"acme.com" matches a participant whose email is at acme.com', () => {
    expect(matchCall(acmeCall, 'acme.com')).toEqual([{ field: 'email_domain', value: 'acme.com' }]);
  });

  it('"jo@acme.com" matches the other participants at acme.com', () => {
    expect(matchCall(acmeCall, 'jo@acme.com')).toEqual([{ field: 'email_domain', value: 'acme.com' }]);
  });

  it('"https://www.ACME.com/" matches as acme.com', () => {
    expect(matchCall(acmeCall, 'https://www.ACME.com/')).toEqual([
      { field: 'email_domain', value: 'acme.com' },
    ]);
  });

  it('"acme.com" matches a subdomain (eu.acme.com)', () => {
    const matchable = call({ participants: [{ emailAddress: 'jo@eu.acme.com' }] });
    expect(matchCall(matchable, 'acme.com')).toEqual([{ field: 'email_domain', value: 'eu.acme.com' }]);
  });

  it('"acme.com" does not match acme.co.uk, notacme.com or a title naming Acme', () => {
    const matchable = call({
      title: 'Acme QBR',
      participants: [{ emailAddress: 'jo@acme.co.uk' }, { emailAddress: 'al@notacme.com' }],
      crmAccounts: ['Acme'],
    });
    expect(matchCall(matchable, 'acme.com')).toEqual([]);
  });
});

describe('invisible characters in names', () => {
  const ZWSP = '\u200b';
  const SOFT_HYPHEN = '\u00ad';

  it('a zero-width space inside the customer name still finds "Acme Corp QBR"', () => {
    expect(matchCall(call({ title: 'Acme Corp QBR' }), `Ac${ZWSP}me`)).toEqual([
      { field: 'title', value: 'Acme Corp QBR' },
    ]);
  });

  it('a zero-width joiner or soft hyphen inside a title still matches the plain name', () => {
    const title = `Glo\u200dbex and Um${SOFT_HYPHEN}brella sync`;
    expect(matchCall(call({ title }), 'globex')).toEqual([{ field: 'title', value: title }]);
    expect(matchCall(call({ title }), 'umbrella')).toEqual([{ field: 'title', value: title }]);
  });

  it('a byte-order mark or word joiner in a participant name is ignored', () => {
    const matchable = call({ participants: [{ name: `\ufeffHank Scor\u2060pio Jr.` }] });
    expect(matchCall(matchable, 'hank scorpio')).toHaveLength(1);
  });

  it('a zero-width space in a domain name still reads it as the domain', () => {
    const matchable = call({ participants: [{ emailAddress: 'jo@acme.com' }] });
    expect(matchCall(matchable, `acme${ZWSP}.com`)).toEqual([{ field: 'email_domain', value: 'acme.com' }]);
  });

  it('folds format characters away in normalizeName', () => {
    expect(normalizeName(`Ac${ZWSP}me${SOFT_HYPHEN} Corp`)).toBe('acme corp');
  });
});

describe('an internal call that names the customer by its short name', () => {
  const review = (title: string) =>
    call({
      title,
      participants: [{ name: 'Dana Whitfield', emailAddress: 'dana@northwind.io' }],
      internal: true,
    });

  it('finds the deal review "Deal review: Velvet Fox" for "Velvet Fox Apparel"', () => {
    expect(matchCall(review('Deal review: Velvet Fox'), 'Velvet Fox Apparel')).toEqual([
      { field: 'title', value: 'Deal review: Velvet Fox' },
    ]);
  });

  it('finds "Internal: Basalt pilot plan" for "Basalt Construction Group, Inc."', () => {
    expect(matchCall(review('Internal: Basalt pilot plan'), 'Basalt Construction Group, Inc.')).toHaveLength(
      1,
    );
  });

  it('finds "Ashgrove pipeline review" for the film studio "Ashgrove Pictures"', () => {
    expect(matchCall(review('Ashgrove pipeline review'), 'Ashgrove Pictures')).toHaveLength(1);
  });

  it("does not find it in a call with the customer's people, whose CRM account or domain tells", () => {
    expect(matchCall(call({ title: 'Velvet Fox pricing' }), 'Velvet Fox Apparel')).toEqual([]);
  });

  it('does not take "Velvet Fox Capital" for "Velvet Fox Apparel"', () => {
    expect(matchCall(review('Velvet Fox Capital pipeline review'), 'Velvet Fox Apparel')).toEqual([]);
  });

  it('does not shorten a name to words too common to tell ("First National Bank")', () => {
    expect(matchCall(review('First National rollout plan'), 'First National Bank')).toEqual([]);
  });

  it('does not shorten a name that ends in no generic word ("Pied Piper")', () => {
    expect(matchCall(review('Deal review: Pied'), 'Pied Piper')).toEqual([]);
  });

  it('finds "Deal review: Fenwick" for "Fenwick Dairy Cooperative" and "Deal review: Tidemark" for "Tidemark Freight AS"', () => {
    expect(matchCall(review('Deal review: Fenwick'), 'Fenwick Dairy Cooperative')).toHaveLength(1);
    expect(matchCall(review('Deal review: Tidemark'), 'Tidemark Freight AS')).toHaveLength(1);
  });

  it('finds "Deal review: Whitcombe" for a firm named for its partners, "Whitcombe & Frey LLP"', () => {
    expect(matchCall(review('Deal review: Whitcombe'), 'Whitcombe & Frey LLP')).toHaveLength(1);
  });

  it("does not match by the short name when told it is another organisation's too", () => {
    const matches = customerMatcher('Northgate University', { byShortName: false });
    expect(matches(review('Internal: Northgate account plan'))).toEqual([]);
  });
});

describe('shortNameMatcher', () => {
  it('tells another organisation starting with the short name from the customer', () => {
    const short = shortNameMatcher('Northgate University');
    expect(short?.isOtherOrganisation('Northgate Capital')).toBe(true);
    expect(short?.isOtherOrganisation('Northgate University')).toBe(false);
    expect(short?.isOtherOrganisation('Northgate')).toBe(false);
    expect(short?.isOtherOrganisation('Umbrella Health')).toBe(false);
  });
});

describe('leadingWordMatcher', () => {
  it('finds the first word of "Quarrymoor Pictures" in "Quarrymoor deal review", not in "Quarrymoor Capital review"', () => {
    const leading = leadingWordMatcher('Quarrymoor Pictures');
    expect(leading?.titleNames('Quarrymoor deal review')).toBe(true);
    expect(leading?.titleNames('Quarrymoor Capital review')).toBe(false);
  });

  it('has no first word to go by for a one-word name or a common first word', () => {
    expect(leadingWordMatcher('Quarrymoor')).toBeNull();
    expect(leadingWordMatcher('First Quarry Bank')).toBeNull();
  });

  it('tells another organisation starting with the first word from the customer', () => {
    const leading = leadingWordMatcher('Quarrymoor Pictures, Inc.');
    expect(leading?.isOtherOrganisation('Quarrymoor Holdings')).toBe(true);
    expect(leading?.isOtherOrganisation('Quarrymoor Pictures')).toBe(false);
  });
});
