import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scanSlicesResumably, type SlicedScan } from '../../src/activities/scan-slices-resumably';
import type { GongPage } from '../../src/gong/client';
import { GongApiError } from '../../src/gong/errors';
import { GongPagingError } from '../../src/gong/page-guard';
import type { TimeSlice } from '../../src/gong/time-slices';

/** A listing of `pages` pages of numbers; page n's cursor is `c<n>`. */
function pagesOf(pages: number[][]) {
  const requested: (string | undefined)[] = [];
  const loadPage = async (_slice: TimeSlice, cursor: string | undefined): Promise<GongPage<number>> => {
    requested.push(cursor);
    const index = cursor === undefined ? 0 : Number(cursor.slice(1));
    return {
      items: pages[index] ?? [],
      totalRecords: pages.flat().length,
      pageNumber: index,
      nextCursor: index + 1 < pages.length ? `c${index + 1}` : null,
      requestId: null,
      skipped: 0,
    };
  };
  return { loadPage, requested };
}

/** The whole window in one slice, summing what it lists. */
const sumScan = (
  loadPage: SlicedScan<number, { sum: number }>['loadPage'],
): SlicedScan<number, { sum: number }> => ({
  what: 'test listing',
  goal: { window: { fromMs: 0, toMs: 1_000 }, wanted: 5, exhaustive: true },
  initial: { sum: 0 },
  stateSchema: z.object({ sum: z.number() }),
  loadPage,
  reduce: (state, items) => ({ sum: state.sum + items.reduce((a, b) => a + b, 0) }),
  matchesIn: () => 0,
});

const expiredCursor = () =>
  new GongApiError({
    status: 400,
    method: 'POST',
    path: '/v2/calls/extensive',
    errors: ['cursor has expired'],
    requestId: 'r1',
    retryAfterSeconds: null,
  });

describe('scanning a Gong listing resumably', () => {
  it('reads every page and heartbeats a resume point after each', async () => {
    const { loadPage, requested } = pagesOf([[1, 2], [3], [4]]);
    const env = new MockActivityEnvironment();
    const heartbeats: { cursor: string | null; state: { sum: number } }[] = [];
    env.on('heartbeat', (details: { cursor: string | null; state: { sum: number } }) =>
      heartbeats.push(details),
    );
    const result = await env.run(() => scanSlicesResumably(sumScan(loadPage)));
    expect(result).toMatchObject({ state: { sum: 10 }, complete: true, pagesFetched: 3 });
    expect(requested).toEqual([undefined, 'c1', 'c2']);
    expect(heartbeats.map((h) => [h.cursor, h.state.sum])).toEqual([
      ['c1', 3],
      ['c2', 6],
      [null, 10],
    ]);
  });

  it("a retry resumes from the last heartbeat's cursor instead of the first page", async () => {
    const first = pagesOf([[1, 2], [3], [4]]);
    const recorder = new MockActivityEnvironment();
    const heartbeats: unknown[] = [];
    recorder.on('heartbeat', (details: unknown) => heartbeats.push(details));
    await recorder.run(() => scanSlicesResumably(sumScan(first.loadPage)));

    const retry = pagesOf([[1, 2], [3], [4]]);
    const env = new MockActivityEnvironment({ heartbeatDetails: heartbeats[1] });
    const result = await env.run(() => scanSlicesResumably(sumScan(retry.loadPage)));
    expect(result).toMatchObject({ state: { sum: 10 } });
    expect(retry.requested).toEqual(['c2']);
  });

  it('a malformed heartbeat restarts the listing from the first page instead of corrupting it', async () => {
    const { loadPage, requested } = pagesOf([[1, 2], [3]]);
    const env = new MockActivityEnvironment({
      heartbeatDetails: { cursor: 'c1', state: { sum: 'not a number' } },
    });
    const result = await env.run(() => scanSlicesResumably(sumScan(loadPage)));
    expect(result).toMatchObject({ state: { sum: 6 } });
    expect(requested).toEqual([undefined, 'c1']);
  });

  it('an expired cursor restarts its slice from the first page', async () => {
    const { loadPage } = pagesOf([[1, 2], [3]]);
    let expiredOnce = false;
    const flaky: typeof loadPage = async (slice, cursor) => {
      if (cursor === 'c1' && !expiredOnce) {
        expiredOnce = true;
        throw expiredCursor();
      }
      return loadPage(slice, cursor);
    };
    const result = await new MockActivityEnvironment().run(() => scanSlicesResumably(sumScan(flaky)));
    expect(result).toMatchObject({ state: { sum: 6 } });
  });

  it('gives up with the expired-cursor error after three restarts', async () => {
    let requests = 0;
    const alwaysExpired = async (
      _slice: TimeSlice,
      cursor: string | undefined,
    ): Promise<GongPage<number>> => {
      requests += 1;
      if (cursor !== undefined) throw expiredCursor();
      return { items: [1], totalRecords: 2, pageNumber: 0, nextCursor: 'c1', requestId: null, skipped: 0 };
    };
    const error = await new MockActivityEnvironment()
      .run(() => scanSlicesResumably(sumScan(alwaysExpired)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongApiError);
    expect((error as GongApiError).isCursorExpired).toBe(true);
    // The first read and three restarts, each a first page and an expired second page.
    expect(requests).toBe(8);
  });

  it('stops with a paging error when Gong hands back a cursor it already gave', async () => {
    let requests = 0;
    const loop = async (_slice: TimeSlice, cursor: string | undefined): Promise<GongPage<number>> => {
      requests += 1;
      return {
        items: [1],
        totalRecords: 500,
        pageNumber: 0,
        nextCursor: cursor === 'a' ? 'b' : 'a',
        requestId: null,
        skipped: 0,
      };
    };
    const error = await new MockActivityEnvironment()
      .run(() => scanSlicesResumably(sumScan(loop)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongPagingError);
    expect(requests).toBe(3);
  });
});
