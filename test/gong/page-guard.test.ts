import { describe, expect, it } from 'vitest';
import { followPage, GongPagingError, maxPagesFor, NEW_PAGE_TRAIL } from '../../src/gong/page-guard';

const items = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('the guard against endless Gong paging', () => {
  it('lets a listing follow new cursors up to its last page', () => {
    let trail = followPage(
      NEW_PAGE_TRAIL,
      { items: items(100), totalRecords: 250, nextCursor: 'a' },
      undefined,
      'x',
    );
    trail = followPage(trail, { items: items(100), totalRecords: 250, nextCursor: 'b' }, 'a', 'x');
    trail = followPage(trail, { items: items(50), totalRecords: 250, nextCursor: null }, 'b', 'x');
    expect(trail.pages).toBe(3);
  });

  it('refuses a cursor that was already followed, even a few pages back', () => {
    let trail = followPage(
      NEW_PAGE_TRAIL,
      { items: items(1), totalRecords: 9, nextCursor: 'a' },
      undefined,
      'x',
    );
    trail = followPage(trail, { items: items(1), totalRecords: 9, nextCursor: 'b' }, 'a', 'x');
    expect(() => followPage(trail, { items: items(1), totalRecords: 9, nextCursor: 'a' }, 'b', 'x')).toThrow(
      GongPagingError,
    );
  });

  it("allows the pages totalRecords implies at Gong's 100 a page, plus slack for calls added meanwhile", () => {
    expect(maxPagesFor(250)).toBe(5);
    expect(maxPagesFor(100_000)).toBe(1100);
    expect(maxPagesFor(0)).toBe(2);
  });

  it('refuses an empty page that still hands out a next cursor', () => {
    expect(() =>
      followPage(NEW_PAGE_TRAIL, { items: [], totalRecords: 100_000, nextCursor: 'fresh' }, undefined, 'x'),
    ).toThrow(/page 1 was empty but had a next page/);
  });

  it("sizes the page cap with Gong's page size, not with a small first page", () => {
    let trail = NEW_PAGE_TRAIL;
    let failure: unknown;
    try {
      for (let page = 1; page <= 20; page += 1) {
        trail = followPage(
          trail,
          { items: items(1), totalRecords: 500, nextCursor: `c${page}` },
          trail.recentCursors.at(-1),
          'x',
        );
      }
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(GongPagingError);
    expect(trail.pages).toBe(6);
  });
});
