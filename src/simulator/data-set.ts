import { generateCall } from './call-factory';
import { compareCalls } from './call-filters';
import { createCompanies } from './companies-factory';
import { createIdSource } from './ids';
import { createPrng, type Prng } from './prng';
import type { SimDataSet } from './types';
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

/** Generates a realistic, deterministic data set: a sales team, customer companies and their calls. */
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
  const ctx = { prng, ids, users, companies, now };
  const calls = starts.map((started) => generateCall(ctx, started)).sort(compareCalls);
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
