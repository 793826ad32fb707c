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

  it('allows the pages totalRecords implies plus slack for calls added meanwhile', () => {
    expect(maxPagesFor(250, 100)).toBe(5);
    expect(maxPagesFor(100_000, 100)).toBe(1100);
    expect(maxPagesFor(0, 0)).toBe(2);
  });
});
