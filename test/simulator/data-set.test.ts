import { describe, expect, it } from 'vitest';
import { createDataSet } from '../../tools/simulator';
import { TEST_NOW } from './helpers';

describe('createDataSet', () => {
  const dataSet = createDataSet({ seed: 42, now: TEST_NOW });

  it('gives an identical data set for the same seed and now', () => {
    expect(createDataSet({ seed: 42, now: TEST_NOW })).toEqual(dataSet);
  });

  it('gives a different data set for another seed', () => {
    const other = createDataSet({ seed: 43, now: TEST_NOW });
    expect(other.calls.map((c) => c.metaData.id)).not.toEqual(dataSet.calls.map((c) => c.metaData.id));
  });

  it('has about 12 users, 15 companies and 300 calls within the lookback window', () => {
    expect(dataSet.users).toHaveLength(12);
    expect(dataSet.companies).toHaveLength(15);
    expect(dataSet.calls).toHaveLength(300);
    const earliest = TEST_NOW.getTime() - 120 * 86_400_000;
    expect(dataSet.calls.every((c) => Date.parse(c.metaData.started) >= earliest)).toBe(true);
    expect(dataSet.calls.every((c) => Date.parse(c.metaData.started) < TEST_NOW.getTime())).toBe(true);
  });

  it('includes companies with accents and punctuation in their names', () => {
    const names = dataSet.companies.map((c) => c.name);
    expect(names).toContain('Société Générale Énergie');
    expect(names).toContain("O'Reilly Logistics");
  });

  it('has calls whose title does not name the company, calls without parties and calls with CRM context', () => {
    const named = (title: string) =>
      dataSet.companies.some((c) => title.includes(c.shortName) || title.includes(c.name));
    expect(dataSet.calls.some((c) => c.metaData.scope === 'External' && !named(c.metaData.title))).toBe(true);
    expect(dataSet.calls.some((c) => c.parties === null)).toBe(true);
    expect(dataSet.calls.some((c) => c.context.length > 0)).toBe(true);
    expect(dataSet.calls.some((c) => c.parties?.some((p) => p.context.length > 0))).toBe(true);
  });

  it('gives external parties emails at their company domain', () => {
    const domains = new Set(dataSet.companies.map((c) => c.domain));
    const external = dataSet.calls
      .flatMap((c) => c.parties ?? [])
      .filter((p) => p.affiliation === 'External');
    expect(external.length).toBeGreaterThan(0);
    expect(external.every((p) => domains.has(String(p.emailAddress).split('@')[1] ?? ''))).toBe(true);
  });

  it('has briefs that mention concrete pricing facts: prices, discounts and budgets', () => {
    const pricing = dataSet.calls.filter((c) =>
      /\$[\d,]+ .*(discount|budget)|per seat per month/.test(c.content.brief ?? ''),
    );
    expect(pricing.length).toBeGreaterThan(20);
  });

  it('has pointsOfInterest on some calls only', () => {
    const withPoi = dataSet.calls.filter((c) => c.content.pointsOfInterest).length;
    expect(withPoi).toBeGreaterThan(0);
    expect(withPoi).toBeLessThan(dataSet.calls.length);
  });
});
