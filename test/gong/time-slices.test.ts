import { describe, expect, it } from 'vitest';
import {
  CALLS_PER_PAGE,
  isScanDone,
  planNextSlice,
  sliceDateTimes,
  startOfScan,
  type SliceScanGoal,
  type TimeSlice,
} from '../../src/gong/time-slices';

const DAY_MS = 86_400_000;
const END = Date.parse('2026-11-28T17:23:00.000Z');
const WINDOW: TimeSlice = { fromMs: END - 90 * DAY_MS, toMs: END };

/** `count` calls evenly spread over the window; `matching(i)` says which are the customer's. */
function account(count: number, matching: (startedMs: number) => boolean) {
  const step = (WINDOW.toMs - WINDOW.fromMs) / count;
  return Array.from({ length: count }, (_, i) => {
    const startedMs = Math.floor(WINDOW.fromMs + i * step);
    return { startedMs, matches: matching(startedMs) };
  });
}

/** In an account of `count` calls, a customer with a call every `days` days, the last one 5 hours ago. */
function everyDays(days: number, count: number) {
  return (startedMs: number) => {
    const age = END - 5 * 3_600_000 - startedMs;
    return age >= 0 && age % (days * DAY_MS) < (90 * DAY_MS) / count;
  };
}

/** Runs the planner over an account the way the activity does, one whole slice at a time. */
function scan(calls: { startedMs: number; matches: boolean }[], goal: SliceScanGoal) {
  let progress = startOfScan(goal);
  const slices: (TimeSlice & { calls: number })[] = [];
  let pages = 0;
  for (let slice = planNextSlice(goal, progress); slice; slice = planNextSlice(goal, progress)) {
    const inSlice = calls.filter((c) => c.startedMs >= slice.fromMs && c.startedMs < slice.toMs);
    pages += Math.max(1, Math.ceil(inSlice.length / CALLS_PER_PAGE));
    slices.push({ ...slice, calls: inSlice.length });
    progress = {
      readFromMs: slice.fromMs,
      callsRead: progress.callsRead + inSlice.length,
      matches: progress.matches + inSlice.filter((c) => c.matches).length,
    };
  }
  return { slices, pages, progress };
}

describe('planning a newest-first scan in time slices', () => {
  it('starts with the last day of the window, ending at its end', () => {
    const goal = { window: WINDOW, wanted: 5 };
    expect(planNextSlice(goal, startOfScan(goal))).toEqual({ fromMs: END - DAY_MS, toMs: END });
  });

  it('reads slices that tile the window newest first, without gap or overlap, down to its start', () => {
    const { slices } = scan(
      account(20_000, () => false),
      { window: WINDOW, wanted: 5 },
    );
    expect(slices[0]?.toMs).toBe(WINDOW.toMs);
    slices.slice(1).forEach((slice, i) => expect(slice.toMs).toBe(slices[i]?.fromMs));
    expect(slices.at(-1)?.fromMs).toBe(WINDOW.fromMs);
  });

  it('costs a customer who never called at most 5 requests more than one full listing', () => {
    const calls = account(20_000, () => false);
    const { pages, slices } = scan(calls, { window: WINDOW, wanted: 5 });
    expect(pages).toBeLessThanOrEqual(20_000 / CALLS_PER_PAGE + 5);
    expect(slices.length).toBeLessThanOrEqual(6);
  });

  it('stops once it holds the wanted matches, having read only the days they need', () => {
    const calls = account(20_000, everyDays(1, 20_000));
    const { progress, pages } = scan(calls, { window: WINDOW, wanted: 5 });
    expect(progress.matches).toBeGreaterThanOrEqual(5);
    // The 5th most recent daily call is 4 days and 5 hours old: about 940 calls, 10 pages.
    expect(END - progress.readFromMs).toBeGreaterThanOrEqual(4 * DAY_MS + 5 * 3_600_000);
    expect(pages).toBeLessThanOrEqual(16);
  });

  it('reads the whole window when fewer matches than wanted exist', () => {
    const calls = account(1000, everyDays(45, 1000));
    const goal = { window: WINDOW, wanted: 5 };
    const { progress } = scan(calls, goal);
    expect(progress).toEqual({ readFromMs: WINDOW.fromMs, callsRead: 1000, matches: 2 });
    expect(isScanDone(goal, progress)).toBe(true);
  });

  it('grows the slices while they are empty: the read part is eight times longer each time', () => {
    const goal = { window: WINDOW, wanted: 5 };
    const afterEmptyDay = { readFromMs: END - DAY_MS, callsRead: 0, matches: 0 };
    expect(planNextSlice(goal, afterEmptyDay)).toEqual({ fromMs: END - 8 * DAY_MS, toMs: END - DAY_MS });
  });

  it('reads an empty window in three requests: one day, a week, then the rest', () => {
    const { slices, pages } = scan([], { window: WINDOW, wanted: 5 });
    expect(pages).toBe(3);
    expect(slices.at(-1)?.fromMs).toBe(WINDOW.fromMs);
  });

  it('reads a window sparser than a page a slice in one last slice down to its start', () => {
    const goal = { window: WINDOW, wanted: 5 };
    const { slices } = scan(
      account(40, () => false),
      goal,
    );
    expect(slices.map((s) => s.calls).reduce((a, b) => a + b)).toBe(40);
    expect(slices.length).toBeLessThanOrEqual(4);
  });

  it('lists the whole window in one slice when asked to be exhaustive', () => {
    const goal = { window: WINDOW, wanted: 5, exhaustive: true };
    expect(planNextSlice(goal, startOfScan(goal))).toEqual(WINDOW);
    expect(planNextSlice(goal, { readFromMs: WINDOW.fromMs, callsRead: 10, matches: 0 })).toBeNull();
  });

  it('sizes the first slice of a limited listing from the calls the window holds', () => {
    const calls = account(20_000, () => true);
    const goal = { window: WINDOW, wanted: 500, everyCallMatches: true, callsInWindow: 20_000 };
    const { slices, progress } = scan(calls, goal);
    expect(slices).toHaveLength(1);
    expect(progress.callsRead).toBeGreaterThanOrEqual(500);
    expect(progress.callsRead).toBeLessThanOrEqual(600);
  });

  it('keeps slice boundaries on whole seconds and the window bounds as the caller wrote them', () => {
    const window = { fromDateTime: '2026-08-30T17:23:00.123Z', toDateTime: '2026-11-28T17:23:00.456Z' };
    const goal = {
      window: { fromMs: Date.parse(window.fromDateTime), toMs: Date.parse(window.toDateTime) },
      wanted: 5,
    };
    const first = planNextSlice(goal, startOfScan(goal));
    expect(first && sliceDateTimes(first, window)).toEqual({
      fromDateTime: '2026-11-27T17:23:00.000Z',
      toDateTime: window.toDateTime,
    });
  });
});
