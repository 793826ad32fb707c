import { activityInfo, heartbeat, log } from '@temporalio/activity';
import { z } from 'zod';
import type { GongPage } from '../gong/client';
import { GongApiError } from '../gong/errors';
import { followPage, NEW_PAGE_TRAIL, pageTrailSchema } from '../gong/page-guard';
import {
  isWindowRead,
  planNextSlice,
  startOfScan,
  type SliceScanGoal,
  type SliceScanProgress,
  type TimeSlice,
} from '../gong/time-slices';
import { whileHeartbeating } from './while-heartbeating';

/** An expired cursor restarts its slice; this many restarts in one attempt mean something is wrong. */
const MAX_LISTING_RESTARTS = 3;

/** Options of {@link scanSlicesResumably}. */
export interface SlicedScan<T, S> {
  /** What is listed, for the logs. */
  what: string;
  goal: SliceScanGoal;
  /** The accumulated state before the first page; keep it small, it travels in every heartbeat. */
  initial: S;
  /** Validates the state found in a heartbeat, so a malformed one restarts instead of corrupting. */
  stateSchema: z.ZodType<S>;
  loadPage: (slice: TimeSlice, cursor: string | undefined) => Promise<GongPage<T>>;
  /** Folds one page's items, and the count of its records that could not be used, into the state. */
  reduce: (state: S, items: T[], skipped: number) => S;
  /** How many matches the state holds in all, for deciding when the scan is sure. */
  matchesIn: (state: S) => number;
  /**
   * Read the whole window's first page before any slice: when its `totalRecords` fits in
   * `goal.wanted` the window is read to its end as one slice, otherwise that page is dropped and
   * the slices are sized from the count (a plain listing with a limit).
   */
  countFirst?: boolean;
  /**
   * The state is too large for heartbeats (a listing of up to 2,000 calls): they carry none, and
   * a retry reads the part already read again, as one slice, which costs at most the result's pages.
   */
  rereadOnResume?: boolean;
}

/** What a sliced scan read, and what it kept. */
export interface SlicedScanResult<S> {
  state: S;
  /** Every call in `[readFromMs, window.toMs)` was read. */
  progress: SliceScanProgress;
  /** True when the whole window was read. */
  complete: boolean;
  pagesFetched: number;
  /** What Gong reported for the whole window, when the scan read its first page ({@link SlicedScan.countFirst}). */
  callsInWindow: number | null;
}

const timeSliceSchema = z.object({ fromMs: z.number().int(), toMs: z.number().int() });
const scanProgressSchema = z.object({
  readFromMs: z.number().int(),
  callsRead: z.number().int().nonnegative(),
  matches: z.number().int().nonnegative(),
});

/**
 * Reads a window newest first in time slices planned by {@link planNextSlice}, each slice page by
 * page, and stops once the goal is sure. After each page it heartbeats a resume point (the part
 * read, the slice being read and its cursor, and the small state), never the calls listed, so a
 * retry on another worker resumes from the last page. An expired cursor restarts its slice.
 */
export async function scanSlicesResumably<T, S>(scan: SlicedScan<T, S>): Promise<SlicedScanResult<S>> {
  const resumePointSchema = z.object({
    scanned: scanProgressSchema,
    slice: timeSliceSchema.nullable(),
    cursor: z.string().nullable(),
    /** The slice's pages so far, so a resumed slice still stops on a repeated cursor or past its cap. */
    trail: pageTrailSchema,
    sliceCalls: z.number().int().nonnegative(),
    pagesFetched: z.number().int().nonnegative(),
    state: scan.stateSchema,
    /** The state before the slice, to restart it when its cursor expires. */
    stateBeforeSlice: scan.stateSchema,
    callsInWindow: z.number().int().nonnegative().nullable(),
  });
  type ResumePoint = z.infer<typeof resumePointSchema>;

  const resumed = resumePointSchema.safeParse(activityInfo().heartbeatDetails);
  const start: ResumePoint = {
    scanned: startOfScan(scan.goal),
    slice: null,
    cursor: null,
    trail: NEW_PAGE_TRAIL,
    sliceCalls: 0,
    pagesFetched: 0,
    state: scan.initial,
    stateBeforeSlice: scan.initial,
    callsInWindow: null,
  };
  let point: ResumePoint = !resumed.success
    ? start
    : scan.rereadOnResume
      ? {
          ...start,
          // The part read and the slice being read, again, as one slice from the window's end.
          slice: rereadSlice(scan.goal.window, resumed.data.slice?.fromMs ?? resumed.data.scanned.readFromMs),
          pagesFetched: resumed.data.pagesFetched,
          callsInWindow: resumed.data.callsInWindow,
        }
      : resumed.data;
  /** What a heartbeat carries: without the state when it is re-read on resume. */
  const checkpoint = (at: ResumePoint): ResumePoint =>
    scan.rereadOnResume ? { ...at, state: scan.initial, stateBeforeSlice: scan.initial } : at;
  const goal = (): SliceScanGoal =>
    point.callsInWindow === null ? scan.goal : { ...scan.goal, callsInWindow: point.callsInWindow };
  if (resumed.success) {
    log.info(`Resuming the ${scan.what} from its heartbeat`, {
      pagesFetched: point.pagesFetched,
      readFrom: new Date(point.scanned.readFromMs).toISOString(),
    });
  }
  let restarts = 0;

  for (;;) {
    let slice = point.slice;
    if (slice === null) {
      const counting = scan.countFirst === true && point.callsInWindow === null;
      slice = counting ? scan.goal.window : planNextSlice(goal(), point.scanned);
      if (slice === null) break;
      point = {
        ...point,
        slice,
        cursor: null,
        trail: NEW_PAGE_TRAIL,
        sliceCalls: 0,
        stateBeforeSlice: point.state,
      };
    }
    let page: GongPage<T>;
    try {
      const current = point;
      page = await whileHeartbeating(checkpoint(current), () =>
        scan.loadPage(slice, current.cursor ?? undefined),
      );
    } catch (error) {
      if (!(error instanceof GongApiError && error.isCursorExpired) || restarts >= MAX_LISTING_RESTARTS)
        throw error;
      restarts += 1;
      log.warn(`Gong cursor expired; restarting the slice of the ${scan.what}`, { restarts });
      point = { ...point, cursor: null, trail: NEW_PAGE_TRAIL, sliceCalls: 0, state: point.stateBeforeSlice };
      continue;
    }
    const trail = followPage(point.trail, page, point.cursor ?? undefined, scan.what);
    const pagesFetched = point.pagesFetched + 1;
    if (scan.countFirst && point.callsInWindow === null) {
      point = { ...point, callsInWindow: page.totalRecords };
      if (page.totalRecords > scan.goal.wanted) {
        // More calls than wanted: drop the page, and read newest first in slices sized from the count.
        point = { ...point, slice: null, cursor: null, trail: NEW_PAGE_TRAIL, pagesFetched };
        heartbeat(checkpoint(point));
        continue;
      }
    }
    if (page.skipped > 0) {
      log.warn(`Left out calls Gong listed that could not be used, in the ${scan.what}`, {
        skipped: page.skipped,
      });
    }
    const state = scan.reduce(point.state, page.items, page.skipped);
    const sliceCalls = point.sliceCalls + page.items.length;
    point = page.nextCursor
      ? { ...point, cursor: page.nextCursor, trail, sliceCalls, pagesFetched, state }
      : {
          ...point,
          scanned: {
            readFromMs: slice.fromMs,
            callsRead: point.scanned.callsRead + sliceCalls,
            matches: scan.matchesIn(state),
          },
          slice: null,
          cursor: null,
          trail: NEW_PAGE_TRAIL,
          sliceCalls: 0,
          pagesFetched,
          state,
        };
    heartbeat(checkpoint(point));
  }
  return {
    state: point.state,
    progress: point.scanned,
    complete: isWindowRead(scan.goal, point.scanned),
    pagesFetched: point.pagesFetched,
    callsInWindow: point.callsInWindow,
  };
}

/** `[fromMs, window's end)`, or null when nothing was read yet. */
function rereadSlice(window: TimeSlice, fromMs: number): TimeSlice | null {
  return fromMs < window.toMs ? { fromMs, toMs: window.toMs } : null;
}
