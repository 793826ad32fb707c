import { z } from 'zod';
import { FailureTypes } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';

/**
 * Guards a Gong listing against paging without end: a Gong (or something posing as it) that
 * keeps answering with a cursor already followed, or that keeps handing out new cursors long
 * after the records it announced are listed, would otherwise burn the account's daily quota.
 */

/** Cursors remembered to spot a repeat; a cycle longer than this is stopped by the page cap. */
const REMEMBERED_CURSORS = 20;

/** A listing followed a cursor already seen, or went past its page cap. Retrying cannot help. */
export class GongPagingError extends GongWorkerError {
  override readonly name = 'GongPagingError';
  override readonly failureType = FailureTypes.gongPaging;
  constructor(
    readonly what: string,
    reason: string,
  ) {
    super(
      `Stopped the Gong ${what}: ${reason}. Gong's paging did not come to an end, so no more pages are requested.`,
    );
  }
}

/** How far a listing has got; small and plain so it can travel in a heartbeat. */
export interface PageTrail {
  /** Pages read so far. */
  pages: number;
  /** The most pages the listing may take, set by its first page; null before it. */
  maxPages: number | null;
  /** The last cursors followed, oldest first. */
  recentCursors: string[];
}

/** Validates a {@link PageTrail} read back from a heartbeat. */
export const pageTrailSchema: z.ZodType<PageTrail> = z.object({
  pages: z.number().int().nonnegative(),
  maxPages: z.number().int().positive().nullable(),
  recentCursors: z.array(z.string()),
});

/** The trail of a listing that has not read a page yet. */
export const NEW_PAGE_TRAIL: PageTrail = { pages: 0, maxPages: null, recentCursors: [] };

/** Gong's page size; a first page that holds fewer (or none) must not widen the cap. */
const GONG_PAGE_SIZE = 100;

/**
 * The most pages a listing of `totalRecords` may take at Gong's page size, plus slack for
 * records added while the listing runs.
 */
export function maxPagesFor(totalRecords: number): number {
  const expected = Math.ceil(totalRecords / GONG_PAGE_SIZE);
  return expected + Math.max(2, Math.ceil(expected * 0.1));
}

/** What the guard reads of a page. */
export interface GuardedPage {
  items: readonly unknown[];
  /** Records of the page that could not be used: the page was not empty. */
  skipped?: number;
  totalRecords: number;
  nextCursor: string | null;
}

/**
 * Records that `page` was read with `requestedCursor` and returns the new trail. Throws
 * {@link GongPagingError} when the page's next cursor was already followed, when an empty page
 * still has a next cursor, or when following it would go past the page cap derived from the
 * first page's `totalRecords`.
 */
export function followPage(
  trail: PageTrail,
  page: GuardedPage,
  requestedCursor: string | undefined,
  what: string,
): PageTrail {
  const recentCursors =
    requestedCursor === undefined
      ? trail.recentCursors
      : [...trail.recentCursors, requestedCursor].slice(-REMEMBERED_CURSORS);
  const pages = trail.pages + 1;
  const maxPages = trail.maxPages ?? maxPagesFor(page.totalRecords);
  if (page.nextCursor !== null) {
    if (page.items.length + (page.skipped ?? 0) === 0) {
      throw new GongPagingError(what, `page ${pages} was empty but had a next page`);
    }
    if (recentCursors.includes(page.nextCursor)) {
      throw new GongPagingError(what, `page ${pages} returned the cursor of a page already read`);
    }
    if (pages >= maxPages) {
      throw new GongPagingError(
        what,
        `page ${pages} still had a next page, but ${page.totalRecords} records fit in ${maxPages} pages`,
      );
    }
  }
  return { pages, maxPages, recentCursors };
}
