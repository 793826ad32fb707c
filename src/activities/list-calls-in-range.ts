import { activityInfo, cancellationSignal, heartbeat, log } from '@temporalio/activity';
import { z } from 'zod';
import { keepMostRecentCalls, toCallSummary, type CallSummary } from '../gong/call-summary';
import type { GongPage } from '../gong/client';
import { GongApiError } from '../gong/errors';
import type { GongCallMetaData } from '../gong/schemas';
import {
  planNextSlice,
  sliceDateTimes,
  startOfScan,
  type SliceScanGoal,
  type TimeSlice,
} from '../gong/time-slices';
import { gongClientFor, type ActivityDeps } from './deps';
import { followPage, NEW_PAGE_TRAIL } from '../gong/page-guard';
import { MAX_LISTING_RESTARTS } from './scan-slices-resumably';
import { whileHeartbeating } from './while-heartbeating';

/** Input of {@link createListCallsInRange}. `toDateTime` is exclusive. */
export interface ListCallsInRangeInput {
  connectionId: string;
  fromDateTime: string;
  toDateTime: string;
  workspaceId?: string;
  /** How many of the most recent calls to keep. */
  limit: number;
}

/** The range's `limit` most recent calls, most recent first, and how many there were. */
export interface ListCallsInRangeResult {
  calls: CallSummary[];
  /** What Gong reported in `records.totalRecords` for the whole range. */
  totalRecords: number;
  /** Calls actually listed, page by page; more than `limit` means some were left out. */
  listedCallCount: number;
  pagesFetched: number;
}

/**
 * Where a retry resumes: how many calls the range holds, and the start of the part being read.
 * The calls found so far are not in it (up to 2,000 of them would travel in every heartbeat):
 * a retry reads that part again, which costs at most the pages of the result.
 */
const resumePointSchema = z.object({
  totalRecords: z.number().int().nonnegative(),
  readFromMs: z.number().int(),
});
type ResumePoint = z.infer<typeof resumePointSchema>;

/**
 * Lists the `limit` most recent calls of a range (`GET /v2/calls`). The first page of the whole
 * range says how many calls it holds: when they all fit in `limit`, its pages are followed to the
 * end; otherwise the range is read newest first in time slices sized from that count, and the
 * listing stops once it holds `limit` calls, all more recent than any call left unread. Gong's
 * 404 "No calls found" is an empty range.
 */
export function createListCallsInRange(deps: ActivityDeps) {
  return async function listCallsInRange(input: ListCallsInRangeInput): Promise<ListCallsInRangeResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const window: TimeSlice = { fromMs: Date.parse(input.fromDateTime), toMs: Date.parse(input.toDateTime) };
    let pagesFetched = 0;
    let resumePoint: ResumePoint | null = null;

    /** Reads one slice to its end, keeping its `limit` most recent calls; restarts it if a cursor expires. */
    const readSlice = async (
      slice: TimeSlice,
      goOn: (firstPage: GongPage<GongCallMetaData>) => boolean = () => true,
    ): Promise<{ calls: CallSummary[]; listed: number; totalRecords: number } | null> => {
      let restarts = 0;
      let cursor: string | undefined;
      let calls: CallSummary[] = [];
      let listed = 0;
      // Within one attempt only: a retry re-reads its slice from the start.
      let trail = NEW_PAGE_TRAIL;
      for (;;) {
        let page: GongPage<GongCallMetaData>;
        try {
          page = await whileHeartbeating(resumePoint, () =>
            client.listCalls(
              { ...sliceDateTimes(slice, input), workspaceId: input.workspaceId },
              cursor,
              cancellationSignal(),
            ),
          );
        } catch (error) {
          if (!(error instanceof GongApiError && error.isCursorExpired) || restarts >= MAX_LISTING_RESTARTS)
            throw error;
          restarts += 1;
          log.warn('Gong cursor expired; restarting the slice of the call search', { restarts });
          [cursor, calls, listed, trail] = [undefined, [], 0, NEW_PAGE_TRAIL];
          continue;
        }
        trail = followPage(trail, page, cursor, 'call search');
        pagesFetched += 1;
        if (page.skipped > 0)
          log.warn('Left out calls Gong listed that could not be used', { skipped: page.skipped });
        if (cursor === undefined && !goOn(page)) return null;
        calls = keepMostRecentCalls(calls, page.items.map(toCallSummary), input.limit);
        listed += page.items.length;
        heartbeat(resumePoint);
        if (!page.nextCursor) return { calls, listed, totalRecords: page.totalRecords };
        cursor = page.nextCursor;
      }
    };

    const resumed = resumePointSchema.safeParse(activityInfo().heartbeatDetails);
    let totalRecords: number;
    let firstSlice: TimeSlice | null = null;
    if (resumed.success) {
      log.info('Resuming the call search from its heartbeat', {
        readFrom: new Date(resumed.data.readFromMs).toISOString(),
      });
      totalRecords = resumed.data.totalRecords;
      firstSlice = { fromMs: resumed.data.readFromMs, toMs: window.toMs };
    } else {
      // The whole range's first page: its count decides between a full listing and slices.
      let count = 0;
      const whole = await readSlice(window, (page) => {
        count = page.totalRecords;
        resumePoint = { totalRecords: count, readFromMs: window.fromMs };
        return count <= input.limit;
      });
      if (whole) {
        return { calls: whole.calls, totalRecords: count, listedCallCount: whole.listed, pagesFetched };
      }
      totalRecords = count;
    }

    const goal: SliceScanGoal = {
      window,
      wanted: input.limit,
      everyCallMatches: true,
      callsInWindow: totalRecords,
    };
    let progress = startOfScan(goal);
    let calls: CallSummary[] = [];
    for (;;) {
      const slice = firstSlice ?? planNextSlice(goal, progress);
      firstSlice = null;
      if (slice === null) break;
      resumePoint = { totalRecords, readFromMs: slice.fromMs };
      const read = await readSlice(slice);
      if (read === null) break;
      calls = keepMostRecentCalls(calls, read.calls, input.limit);
      progress = {
        readFromMs: slice.fromMs,
        callsRead: progress.callsRead + read.listed,
        matches: progress.matches + read.listed,
      };
    }
    return { calls, totalRecords, listedCallCount: progress.callsRead, pagesFetched };
  };
}
