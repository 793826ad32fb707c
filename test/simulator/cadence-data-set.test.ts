import { describe, expect, it } from 'vitest';
import { createCadenceDataSet, type SimCall } from '../../tools/simulator';
import { TEST_NOW } from './helpers';

const DAY_MS = 86_400_000;

describe('createCadenceDataSet', () => {
  const dataSet = createCadenceDataSet({
    seed: 5,
    now: TEST_NOW,
    callCount: 2000,
    lookbackDays: 90,
    customers: [
      { company: 'Globex', cadence: 'daily' },
      { company: 'Initech', cadence: 'weekly' },
      { company: 'Hooli', cadence: 'twice' },
      { company: 'Pied Piper', cadence: 'never' },
    ],
  });
  /** Days ago of the calls that mention `company` anywhere (title, parties, CRM, content). */
  const daysAgoOfCallsOf = (company: string) =>
    dataSet.calls
      .filter((call: SimCall) => JSON.stringify(call).includes(company))
      .map((call) => Math.floor((TEST_NOW.getTime() - Date.parse(call.metaData.started)) / DAY_MS));

  it('holds about the calls asked for, all inside the window, oldest first', () => {
    expect(dataSet.calls.length).toBeGreaterThan(1990);
    expect(dataSet.calls.length).toBeLessThanOrEqual(2000);
    const starts = dataSet.calls.map((call) => Date.parse(call.metaData.started));
    expect(starts.every((t) => t >= TEST_NOW.getTime() - 90 * DAY_MS && t < TEST_NOW.getTime())).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives the customers their cadence: every day, every week, twice, never', () => {
    // TEST_NOW is before business hours, so today's call moves to yesterday: 90 calls in 89 whole
    // days of age. A call imported without participants (about 1 in 12) may name no customer at
    // all, as in Gong, so a few of a customer's calls can be invisible to this search.
    const daily = daysAgoOfCallsOf('Globex');
    expect(daily.length).toBeGreaterThanOrEqual(84);
    expect(daily.length).toBeLessThanOrEqual(90);
    expect(daily.every((age) => age >= 0 && age <= 88)).toBe(true);
    expect(new Set(daily).size).toBeGreaterThanOrEqual(83);
    expect(daysAgoOfCallsOf('Initech').length).toBeGreaterThanOrEqual(11);
    expect(daysAgoOfCallsOf('Initech').length).toBeLessThanOrEqual(13);
    expect(daysAgoOfCallsOf('Hooli').length).toBeGreaterThanOrEqual(1);
    expect(daysAgoOfCallsOf('Hooli').length).toBeLessThanOrEqual(2);
    expect(daysAgoOfCallsOf('Pied Piper')).toEqual([]);
  });
});
