import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { followPagesResumably } from '../../src/activities/follow-pages-resumably';
import type { GongPage } from '../../src/gong/client';
import { GongApiError } from '../../src/gong/errors';

/** A listing of `pages` pages of numbers; page n's cursor is `c<n>`. */
function pagesOf(pages: number[][]) {
  const requested: (string | undefined)[] = [];
  const loadPage = async (cursor: string | undefined): Promise<GongPage<number>> => {
    requested.push(cursor);
    const index = cursor === undefined ? 0 : Number(cursor.slice(1));
    return {
      items: pages[index] ?? [],
      totalRecords: pages.flat().length,
      pageNumber: index,
      nextCursor: index + 1 < pages.length ? `c${index + 1}` : null,
      requestId: null,
    };
  };
  return { loadPage, requested };
}

const sumListing = (loadPage: (cursor: string | undefined) => Promise<GongPage<number>>) => ({
  what: 'test listing',
  initial: { sum: 0 },
  stateSchema: z.object({ sum: z.number() }),
  loadPage,
  reduce: (state: { sum: number }, page: GongPage<number>) => ({
    sum: state.sum + page.items.reduce((a, b) => a + b, 0),
  }),
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

describe('following a Gong listing resumably', () => {
  it('reads every page and heartbeats the next cursor with the state after each', async () => {
    const { loadPage, requested } = pagesOf([[1, 2], [3], [4]]);
    const env = new MockActivityEnvironment();
    const heartbeats: unknown[] = [];
    env.on('heartbeat', (details: unknown) => heartbeats.push(details));
    const result = await env.run(() => followPagesResumably(sumListing(loadPage)));
    expect(result).toEqual({ state: { sum: 10 }, pagesFetched: 3 });
    expect(requested).toEqual([undefined, 'c1', 'c2']);
    expect(heartbeats).toEqual([
      { cursor: 'c1', pagesFetched: 1, state: { sum: 3 } },
      { cursor: 'c2', pagesFetched: 2, state: { sum: 6 } },
      { cursor: null, pagesFetched: 3, state: { sum: 10 } },
    ]);
  });

  it("a retry resumes from the last heartbeat's cursor instead of the first page", async () => {
    const { loadPage, requested } = pagesOf([[1, 2], [3], [4]]);
    const env = new MockActivityEnvironment({
      heartbeatDetails: { cursor: 'c2', pagesFetched: 2, state: { sum: 6 } },
    });
    const result = await env.run(() => followPagesResumably(sumListing(loadPage)));
    expect(result).toEqual({ state: { sum: 10 }, pagesFetched: 3 });
    expect(requested).toEqual(['c2']);
  });

  it('a malformed heartbeat restarts the listing from the first page instead of corrupting it', async () => {
    const { loadPage, requested } = pagesOf([[1, 2], [3]]);
    const env = new MockActivityEnvironment({
      heartbeatDetails: { cursor: 'c1', pagesFetched: 1, state: { sum: 'not a number' } },
    });
    const result = await env.run(() => followPagesResumably(sumListing(loadPage)));
    expect(result).toEqual({ state: { sum: 6 }, pagesFetched: 2 });
    expect(requested).toEqual([undefined, 'c1']);
  });

  it('an expired cursor restarts the listing from the first page', async () => {
    const { loadPage } = pagesOf([[1, 2], [3]]);
    let expiredOnce = false;
    const flaky = async (cursor: string | undefined) => {
      if (cursor === 'c1' && !expiredOnce) {
        expiredOnce = true;
        throw expiredCursor();
      }
      return loadPage(cursor);
    };
    const env = new MockActivityEnvironment();
    const result = await env.run(() => followPagesResumably(sumListing(flaky)));
    expect(result).toEqual({ state: { sum: 6 }, pagesFetched: 2 });
  });

  it('gives up with the expired-cursor error after three restarts', async () => {
    let requests = 0;
    const alwaysExpired = async (cursor: string | undefined): Promise<GongPage<number>> => {
      requests += 1;
      if (cursor !== undefined) throw expiredCursor();
      return { items: [1], totalRecords: 2, pageNumber: 0, nextCursor: 'c1', requestId: null };
    };
    const env = new MockActivityEnvironment();
    const error = await env
      .run(() => followPagesResumably(sumListing(alwaysExpired)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongApiError);
    expect((error as GongApiError).isCursorExpired).toBe(true);
    // The first listing and three restarts, each a first page and an expired second page.
    expect(requests).toBe(8);
  });
});
