import { createCallFactoryContext, generateCall } from './call-factory';
import { compareCalls } from './call-filters';
import { createCompanies } from './companies-factory';
import { businessHoursStart, storyPlan } from './data-set';
import { createIdSource } from './ids';
import { createPrng } from './prng';
import type { SimCall, SimDataSet } from './types';
import { createSellerUsers } from './users-factory';

/** How often a customer calls: every day, every week, twice in the window, or never. */
export type CallCadence = 'daily' | 'weekly' | 'twice' | 'never';

/** A customer company of the catalog (by name) and how often it calls. */
export interface CadenceCustomer {
  company: string;
  cadence: CallCadence;
}

/** Options of {@link createCadenceDataSet}. Same options give an identical data set. */
export interface CreateCadenceDataSetOptions {
  seed: number;
  /** Calls are spread over the `lookbackDays` days before this instant. */
  now: Date;
  /** Calls in all, the cadence customers' included. */
  callCount: number;
  lookbackDays: number;
  /** Customers whose calls follow a cadence; every other catalog company shares the rest. */
  customers: CadenceCustomer[];
}

const DAY_MS = 86_400_000;

/**
 * A data set shaped like a large account: `callCount` calls over `lookbackDays` days, where the
 * named customers call on a known cadence (their most recent call a few hours to a day ago) and
 * every other catalog company shares the remaining calls at random.
 */
export function createCadenceDataSet(options: CreateCadenceDataSetOptions): SimDataSet {
  const { seed, now, callCount, lookbackDays, customers } = options;
  const prng = createPrng(seed);
  const ids = createIdSource(prng);
  const users = createSellerUsers(ids, now);
  const companies = createCompanies(prng, 15);
  const byName = new Map(companies.map((company) => [company.name, company]));
  const cadenceNames = new Set(customers.map((customer) => customer.company));
  const others = companies.filter((company) => !cadenceNames.has(company.name));

  const ctx = createCallFactoryContext({ prng, ids, users, companies, now });
  const calls: SimCall[] = [];
  for (const customer of customers) {
    const company = byName.get(customer.company);
    if (!company) throw new Error(`No catalog company is named "${customer.company}"`);
    // Oldest first, so the customer's story moves on from call to call.
    const days = [...cadenceDays(customer.cadence, lookbackDays)].sort((a, b) => b - a);
    days.forEach((daysAgo, index) => {
      calls.push(generateCall(ctx, businessHoursStart(prng, now, daysAgo), storyPlan(company, index)));
    });
  }
  while (calls.length < callCount) {
    const daysAgo = prng.int(0, Math.max(0, lookbackDays - 1));
    const company = prng.pick(others);
    calls.push(generateCall(ctx, businessHoursStart(prng, now, daysAgo), storyPlan(company, prng.int(0, 9))));
  }
  // Calls of a day before the window's first full day may fall outside it: keep the window's only.
  const from = now.getTime() - lookbackDays * DAY_MS;
  return {
    users,
    companies,
    calls: calls.filter((call) => Date.parse(call.metaData.started) >= from).sort(compareCalls),
  };
}

/** The days (before now) on which a customer of `cadence` calls. */
function cadenceDays(cadence: CallCadence, lookbackDays: number): number[] {
  const every = { daily: 1, weekly: 7, twice: Math.ceil(lookbackDays / 2), never: 0 }[cadence];
  if (every === 0) return [];
  const days: number[] = [];
  for (let daysAgo = cadence === 'twice' ? 10 : 0; daysAgo < lookbackDays; daysAgo += every)
    days.push(daysAgo);
  return days;
}
