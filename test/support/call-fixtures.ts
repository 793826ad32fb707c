import { buildSimCall, type BuildSimCallInput, type SimCall } from '../../tools/simulator';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A rep of the seller and a contact of a company that matches no customer name used in tests. */
export const NEUTRAL_PARTIES = [
  {
    name: 'Sam Seller',
    emailAddress: 'sam.seller@northwind-analytics.com',
    affiliation: 'Internal' as const,
  },
  { name: 'Pat Buyer', emailAddress: 'pat.buyer@neutral-co.com', affiliation: 'External' as const },
];

/** A call started `daysAgo` days before now, with neutral parties unless given. */
export function callDaysAgo(daysAgo: number, input: BuildSimCallInput = {}): SimCall {
  return buildSimCall({
    parties: NEUTRAL_PARTIES,
    ...input,
    started: new Date(Date.now() - daysAgo * DAY_MS),
  });
}

/** A Salesforce Account context naming `name`. */
export function accountContext(name: string) {
  return [
    {
      system: 'Salesforce' as const,
      objects: [
        { objectType: 'Account', objectId: '0015g00000XyZ1', fields: [{ name: 'Name', value: name }] },
      ],
    },
  ];
}

/**
 * `count` calls with neutral titles and parties spread over the last `days` days, from just past
 * one day back: none sits exactly on the first slice's one-day boundary, where whether it falls
 * inside would depend on the sub-second clock.
 */
export function fillerCalls(count: number, days = 80): SimCall[] {
  return Array.from({ length: count }, (_, i) =>
    callDaysAgo(1 + ((i + 0.5) * days) / count, { title: `Internal sync #${i}` }),
  );
}
