import { createCallFactoryContext, generateCall, type CallPlan } from './call-factory';
import { compareCalls } from './call-filters';
import { dealReview, NEW_BUSINESS_JOURNEY, RENEWAL_JOURNEY, type Step } from './call-scripts';
import { createCompanies } from './companies-factory';
import { createIdSource } from './ids';
import { createPrng, type Prng } from './prng';
import type { SimCompany, SimDataSet } from './types';
import { createSellerUsers } from './users-factory';

/** Options of {@link createDataSet}. Same seed and same `now` give an identical data set. */
export interface CreateDataSetOptions {
  seed: number;
  /** Calls are spread over the `lookbackDays` days before this instant. */
  now: Date;
  /** Default 15 (the catalog size is the maximum). */
  companyCount?: number;
  /** Default 300. */
  callCount?: number;
  /** Default 120. */
  lookbackDays?: number;
}

const DAY_MS = 86_400_000;
/** Share of calls that are internal deal reviews rather than calls with a customer. */
const INTERNAL_SHARE = 0.3;

/** The customer's story: new customers go from discovery to onboarding, existing ones to a renewal. */
export function journeyOf(company: SimCompany): readonly Step[] {
  return company.journey === 'renewal' ? RENEWAL_JOURNEY : NEW_BUSINESS_JOURNEY;
}

/**
 * Generates a realistic, deterministic data set: a sales team, customer companies and their calls.
 * Each customer's calls tell one story in order (e.g. discovery, demo, pricing, security review,
 * negotiation), so its calls differ from each other and move the deal on; internal deal reviews
 * discuss where the deal stood at the time.
 */
export function createDataSet(options: CreateDataSetOptions): SimDataSet {
  const { seed, now, companyCount = 15, callCount = 300, lookbackDays = 120 } = options;
  const prng = createPrng(seed);
  const ids = createIdSource(prng);
  const users = createSellerUsers(ids, now);
  const companies = createCompanies(prng, companyCount);
  const starts = Array.from({ length: callCount }, () =>
    businessHoursStart(prng, now, prng.int(0, Math.max(0, lookbackDays - 1))),
  );
  starts.sort((a, b) => a.getTime() - b.getTime());
  const plans = planCalls(prng, companies, starts);
  const ctx = createCallFactoryContext({ prng, ids, users, companies, now });
  const calls = starts
    .map((started, index) =>
      generateCall(ctx, started, plans[index] ?? internalPlan(companies[0], null, index)),
    )
    .sort(compareCalls);
  return { users, companies, calls };
}

/** A start `daysAgo` days before `now`, in business hours; never in the future. */
export function businessHoursStart(prng: Prng, now: Date, daysAgo: number): Date {
  // Business hours in the Americas: 14:00-22:00 UTC, on the quarter hour.
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  day.setUTCHours(prng.int(14, 21), prng.pick([0, 15, 30, 45]), prng.int(0, 59), 0);
  // Calls never start in the future: today's late slots move back a day.
  return day.getTime() >= now.getTime() ? new Date(day.getTime() - DAY_MS) : day;
}

/**
 * Decides what each call (by start time) is about. Customer calls go to companies in proportion
 * to a per-company weight, never more than its story has steps; each company's calls then take the
 * steps of its story in order, spread over the whole story so the latest call is its latest step.
 */
function planCalls(prng: Prng, companies: SimCompany[], starts: Date[]): CallPlan[] {
  const isInternal = starts.map(() => prng.chance(INTERNAL_SHARE));
  // A large data set gives each customer several deals in turn (another team, a bigger scope), so
  // customer calls stay the usual share instead of every extra call becoming an internal review.
  const external = isInternal.filter((internal) => !internal).length;
  const capacity = companies.reduce((sum, company) => sum + journeyOf(company).length, 0);
  const deals = Math.max(1, Math.ceil(external / Math.max(1, capacity)));
  const weights = companies.map(() => prng.pick([0.6, 0.8, 1, 1.2, 1.4]));
  const owner: (SimCompany | null)[] = starts.map(() => null);
  const counts = companies.map(() => 0);
  starts.forEach((_, index) => {
    const roll = prng.next();
    if (isInternal[index]) return;
    const open = companies.flatMap((company, i) =>
      (counts[i] ?? 0) < journeyOf(company).length * deals ? [i] : [],
    );
    const total = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    let threshold = roll * total;
    const chosen = open.find((i) => (threshold -= weights[i] ?? 0) < 0) ?? open.at(-1);
    if (chosen === undefined) {
      isInternal[index] = true;
      return;
    }
    counts[chosen] = (counts[chosen] ?? 0) + 1;
    owner[index] = companies[chosen] ?? null;
  });

  const plans: CallPlan[] = [];
  const seen = new Map<SimCompany, number>();
  const lastStep = new Map<SimCompany, Step>();
  const reviewed = new Set<string>();
  const reviews = new Map<SimCompany, number>();
  starts.forEach((_, index) => {
    const company = owner[index];
    const pick = prng.int(0, Math.max(0, companies.length - 1));
    if (company) {
      const journey = journeyOf(company);
      const n = counts[companies.indexOf(company)] ?? 1;
      const k = seen.get(company) ?? 0;
      seen.set(company, k + 1);
      // Spread n calls over the story's steps, always ending with its last step.
      const steps = journey.length * deals;
      const position = n <= 1 ? steps - 1 : Math.round((k * (steps - 1)) / (n - 1));
      const step = journey[position % journey.length] ?? journey[0];
      const deal = dealOf(company, Math.floor(position / journey.length), deals);
      if (!step) throw new Error(`empty story for ${company.name}`);
      lastStep.set(company, step);
      plans.push({ company, kind: step.kind, beats: (cast) => step.beats(deal, cast) });
      return;
    }
    // An internal review of a deal whose latest customer call has not been reviewed yet.
    const key = (c: SimCompany) => `${c.crmAccountId}:${lastStep.get(c)?.kind ?? 'none'}:${seen.get(c) ?? 0}`;
    const fresh = companies.filter((c) => !reviewed.has(key(c)));
    const pool = fresh.length > 0 ? fresh : companies;
    const subject = pool[pick % pool.length] ?? companies[0];
    if (!subject) throw new Error('a data set needs at least one company');
    reviewed.add(key(subject));
    const variant = reviews.get(subject) ?? 0;
    reviews.set(subject, variant + 1);
    plans.push(internalPlan(subject, lastStep.get(subject) ?? null, variant));
  });
  return plans;
}

/**
 * The company as its `index`-th of `count` deals sees it: the latest deal has the company's own
 * facts; earlier ones were smaller, so a customer's earlier story does not repeat its figures.
 */
function dealOf(company: SimCompany, index: number, count: number): SimCompany {
  const earlier = count - 1 - index;
  if (earlier <= 0) return company;
  const f = company.facts;
  const seats = Math.max(10, Math.round(f.seats / (1 + earlier)));
  const annual = seats * f.listPricePerSeat * 12;
  return {
    ...company,
    facts: {
      ...f,
      seats,
      opportunityAmount: annual,
      budget: Math.floor((annual * (95 - f.requestedDiscountPercent)) / 100 / 1000) * 1000,
      opportunityName: `${company.shortName} - ${seats} seats`,
    },
  };
}

function internalPlan(company: SimCompany | undefined, last: Step | null, variant: number): CallPlan {
  if (!company) throw new Error('a data set needs at least one company');
  return { company, kind: 'internal', beats: (cast) => dealReview(company, cast, last, variant) };
}

/** A customer call on the `index`-th step of the company's story, cycling through it. */
export function storyPlan(company: SimCompany, index: number): CallPlan {
  const journey = journeyOf(company);
  const step = journey[index % journey.length] ?? journey[0];
  if (!step) throw new Error(`empty story for ${company.name}`);
  return { company, kind: step.kind, beats: (cast) => step.beats(company, cast) };
}
