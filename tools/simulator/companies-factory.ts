import {
  COMPANIES,
  COMPETITORS,
  CONTACT_FIRST_NAMES,
  CONTACT_LAST_NAMES,
  CONTACT_TITLES,
  INTEGRATIONS,
  QUARTERS,
  SECURITY_REQUIREMENTS,
} from './catalog';
import type { Prng } from './prng';
import type { SimCompany, SimContact } from './types';
import { asciiSlug } from './users-factory';

/** Creates `count` customer companies (at most the catalog size) with seeded contacts and deal facts. */
export function createCompanies(prng: Prng, count: number): SimCompany[] {
  const taken = new Set<string>();
  return COMPANIES.slice(0, count).map(([name, shortName, domain, industry], index) => {
    const seats = prng.pick([25, 40, 60, 120, 250, 500]);
    const listPricePerSeat = prng.pick([45, 60, 75, 90]);
    const requestedDiscountPercent = prng.pick([10, 15, 20, 25, 30]);
    const annual = seats * listPricePerSeat * 12;
    return {
      crmAccountId: `0015g000${prng.digits(7)}AAA`,
      name,
      shortName,
      domain,
      industry,
      // Every third customer (Acme first) is an existing one whose story ends in a renewal.
      journey: index % 3 === 0 ? 'renewal' : 'new-business',
      contacts: createContacts(prng, domain, taken),
      facts: {
        seats,
        listPricePerSeat,
        requestedDiscountPercent,
        // Below even the discounted price the customer asks for, so budget is always a topic.
        budget: Math.floor((annual * (95 - requestedDiscountPercent)) / 100 / 1000) * 1000,
        competitor: prng.pick(COMPETITORS),
        securityRequirement: prng.pick(SECURITY_REQUIREMENTS),
        integration: prng.pick(INTEGRATIONS),
        goLiveQuarter: `${prng.pick(QUARTERS)} ${prng.pick([2026, 2027])}`,
        opportunityId: `0065g000${prng.digits(7)}AAB`,
        opportunityName: `${shortName} - ${seats} seats`,
        opportunityAmount: annual,
      },
    };
  });
}

/** Four contacts at `domain`, named so that no two customers share a person. */
function createContacts(prng: Prng, domain: string, taken: Set<string>): SimContact[] {
  const firstNames = prng.sample(CONTACT_FIRST_NAMES, 4);
  const lastNames = prng.sample(CONTACT_LAST_NAMES, CONTACT_LAST_NAMES.length);
  return firstNames.map((first, index) => {
    const preferred = lastNames[index] ?? 'Smith';
    const last = taken.has(`${first} ${preferred}`)
      ? (lastNames.find((name) => !taken.has(`${first} ${name}`)) ?? preferred)
      : preferred;
    taken.add(`${first} ${last}`);
    return {
      name: `${first} ${last}`,
      emailAddress: `${asciiSlug(first)}.${asciiSlug(last)}@${domain}`,
      title: prng.pick(CONTACT_TITLES),
      crmContactId: `0035g000${prng.digits(7)}AAC`,
    };
  });
}
