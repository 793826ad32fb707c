/**
 * Planning of a newest-first scan of a time window in slices. Gong lists a date range oldest
 * first, 100 calls a page, so the most recent calls of a range are only known once the whole
 * range has been read. Reading the window in slices from the newest backwards, each slice
 * completely, lets a scan stop as soon as it holds the calls it wants: every call after the
 * last slice's start has been seen. Slices are sized from how many calls the earlier slices
 * held (Gong's `records.totalRecords`), so each is about the pages the scan still needs.
 *
 * Pure: times are epoch milliseconds, `from` inclusive and `to` exclusive, as Gong filters.
 */

/** Gong's fixed page size for call listings. */
export const CALLS_PER_PAGE = 100;

const DAY_MS = 86_400_000;

/** While no call has been seen, each slice makes the read part this many times longer. */
const EMPTY_GROWTH = 8;

/** While no call matched, each slice makes the number of calls read this many times larger. */
const UNMATCHED_GROWTH = 6;

/**
 * A slice aims at this share of the calls the match rate so far predicts: a rate from a few
 * matches is rough, and reading too far back costs more pages than one more, shorter slice.
 */
const PREDICTION_SHARE = 0.7;

/** A slice aims this many calls short of filling its last page, so a denser slice rarely costs one more. */
const PAGE_SLACK = 10;

/** A limit-bound listing aims this much past the calls it misses, so one more slice is rarely needed. */
const LIMIT_MARGIN = 1.1;

/** A remainder of the window shorter than this share of the next slice is read with it. */
const TAIL_ABSORB = 0.5;

/** A half-open time range `[fromMs, toMs)`. */
export interface TimeSlice {
  fromMs: number;
  toMs: number;
}

/** What a scan wants from a window. */
export interface SliceScanGoal {
  /** The window: `fromMs` inclusive, `toMs` exclusive. */
  window: TimeSlice;
  /** The scan is sure once it holds this many matching calls. */
  wanted: number;
  /** Every call matches (a plain listing with a limit), so the read count predicts exactly. */
  everyCallMatches?: boolean;
  /** How many calls the whole window holds, when already known: sizes the first slice. */
  callsInWindow?: number;
  /** One slice covering the whole window: the full listing. */
  exhaustive?: boolean;
  /** Width of the first slice when nothing is known; default one day (at most the window). */
  firstSliceMs?: number;
}

/** What a newest-first scan has read so far: every call in `[readFromMs, window.toMs)`. */
export interface SliceScanProgress {
  /** Start of the part read; the window's end before the first slice. */
  readFromMs: number;
  /** Calls listed in the part read. */
  callsRead: number;
  /** Calls of the part read that matched. */
  matches: number;
}

/** Progress of a scan that has read nothing yet. */
export function startOfScan(goal: SliceScanGoal): SliceScanProgress {
  return { readFromMs: goal.window.toMs, callsRead: 0, matches: 0 };
}

/**
 * True once the scan can stop: it holds `wanted` matches, all of them more recent than any
 * call not read, or it has read the whole window.
 */
export function isScanDone(goal: SliceScanGoal, progress: SliceScanProgress): boolean {
  return progress.matches >= goal.wanted || progress.readFromMs <= goal.window.fromMs;
}

/** True when the whole window has been read. */
export function isWindowRead(goal: SliceScanGoal, progress: SliceScanProgress): boolean {
  return progress.readFromMs <= goal.window.fromMs;
}

/**
 * The next slice to read, just before the part already read, or null when the scan is done.
 * Its width aims at the calls the scan still needs: at the rate the part read matched, or, while
 * nothing matched, at a few times the calls read so far, so that a window without any match is
 * read in a handful of slices and costs only a few requests more than one full listing.
 */
export function planNextSlice(goal: SliceScanGoal, progress: SliceScanProgress): TimeSlice | null {
  if (isScanDone(goal, progress)) return null;
  const { window } = goal;
  const sliceTo = progress.readFromMs;
  const whole: TimeSlice = { fromMs: window.fromMs, toMs: sliceTo };
  if (goal.exhaustive) return whole;

  const width = sliceWidth(goal, progress);
  let fromMs = sliceTo - width;
  if (fromMs - window.fromMs < width * TAIL_ABSORB) return whole;
  // Whole seconds keep the boundaries readable in logs and in Gong's request records.
  fromMs = Math.floor(fromMs / 1000) * 1000;
  if (fromMs <= window.fromMs) return whole;
  if (fromMs >= sliceTo) fromMs = Math.max(window.fromMs, sliceTo - 1000);
  return { fromMs, toMs: sliceTo };
}

function sliceWidth(goal: SliceScanGoal, progress: SliceScanProgress): number {
  const windowMs = goal.window.toMs - goal.window.fromMs;
  const readMs = goal.window.toMs - progress.readFromMs;

  if (progress.callsRead === 0) {
    if (goal.callsInWindow !== undefined && goal.callsInWindow > 0 && readMs === 0) {
      const perMs = goal.callsInWindow / windowMs;
      return callsToWidth(callsStillNeeded(goal, progress, goal.callsInWindow), perMs);
    }
    // Nothing seen yet: no rate to size from, so grow the read part geometrically.
    const first = Math.min(goal.firstSliceMs ?? DAY_MS, windowMs);
    return Math.max(first, readMs * (EMPTY_GROWTH - 1));
  }
  const perMs = progress.callsRead / readMs;
  return callsToWidth(callsStillNeeded(goal, progress, progress.callsRead), perMs);
}

/** Calls the scan expects to read before it holds `wanted` matches. */
function callsStillNeeded(goal: SliceScanGoal, progress: SliceScanProgress, seen: number): number {
  const missing = goal.wanted - progress.matches;
  if (goal.everyCallMatches) return missing * LIMIT_MARGIN;
  if (progress.matches === 0) return Math.max(seen, 1) * (UNMATCHED_GROWTH - 1);
  return (PREDICTION_SHARE * missing * progress.callsRead) / progress.matches;
}

/**
 * A width expected to hold at least `calls` calls, stretched to just under the end of the last
 * page they start: a page costs one request however full it is.
 */
function callsToWidth(calls: number, perMs: number): number {
  const pages = Math.max(1, Math.ceil(calls / CALLS_PER_PAGE));
  return Math.max(calls, pages * CALLS_PER_PAGE - PAGE_SLACK) / perMs;
}

/**
 * A slice as Gong's `fromDateTime`/`toDateTime` filter. The window's own bounds are passed as
 * the caller wrote them, so a slice that is the whole window sends exactly the caller's filter.
 */
export function sliceDateTimes(
  slice: TimeSlice,
  window: { fromDateTime: string; toDateTime: string },
): { fromDateTime: string; toDateTime: string } {
  const iso = (ms: number, given: string) => (ms === Date.parse(given) ? given : new Date(ms).toISOString());
  return {
    fromDateTime: iso(slice.fromMs, window.fromDateTime),
    toDateTime: iso(slice.toMs, window.toDateTime),
  };
}
