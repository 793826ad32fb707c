import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimUser, createDataSet, startGongSimulator, type GongSimulator } from '../../tools/simulator';
import { callSim, listOf, recordsOf, TEST_NOW } from './helpers';

describe('GET /v2/users', () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startGongSimulator({
      dataSet: createDataSet({ seed: 7, now: TEST_NOW }),
      requestsPerSecond: 1000,
    });
  });
  afterAll(() => sim.stop());

  it('lists the sales team on one page without a cursor', async () => {
    const res = await callSim(sim, '/v2/users');
    expect(res.status).toBe(200);
    expect(recordsOf(res)).toEqual({ totalRecords: 12, currentPageSize: 12, currentPageNumber: 0 });
    const users = listOf(res, 'users');
    expect(users.every((u) => String(u.emailAddress).endsWith('@northwind-analytics.com'))).toBe(true);
  });

  it('sends null for missing values and fields the spec does not list', async () => {
    const users = listOf(await callSim(sim, '/v2/users'), 'users');
    expect(users.some((u) => u.phoneNumber === null)).toBe(true);
    expect(users.some((u) => u.managerId === null)).toBe(true);
    expect(users.every((u) => Array.isArray(u.conferencingProviders))).toBe(true);
  });

  it('pages 250 users in pages of 100, following records.cursor', async () => {
    const saved = sim.dataSet.users;
    sim.dataSet.users = Array.from({ length: 250 }, (_, i) =>
      buildSimUser({ id: String(1_000_000 + i), firstName: `User${i}`, lastName: 'Test' }),
    );
    try {
      const seen: string[] = [];
      const pages: number[] = [];
      let cursor: string | undefined;
      do {
        const res = await callSim(sim, `/v2/users${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.status).toBe(200);
        const records = recordsOf(res);
        pages.push(records.currentPageNumber);
        expect(records.totalRecords).toBe(250);
        seen.push(...listOf(res, 'users').map((u) => String(u.id)));
        cursor = records.cursor;
      } while (cursor);
      expect(pages).toEqual([0, 1, 2]);
      expect(seen).toEqual(sim.dataSet.users.map((u) => u.id));
    } finally {
      sim.dataSet.users = saved;
    }
  });
});
