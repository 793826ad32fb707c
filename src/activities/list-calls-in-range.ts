import { cancellationSignal } from '@temporalio/activity';
import { z } from 'zod';
import {
  callSummarySchema,
  keepMostRecentCalls,
  toCallSummary,
  type CallSummary,
} from '../gong/call-summary';
import { sliceDateTimes } from '../gong/time-slices';
import { gongClientFor, type ActivityDeps } from './deps';
import { scanSlicesResumably } from './scan-slices-resumably';

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

const stateSchema = z.object({ calls: z.array(callSummarySchema), listed: z.number().int().nonnegative() });

/**
 * Lists the `limit` most recent calls of a range (`GET /v2/calls`) with the answer's resumable
 * slice scan: the first page of the whole range says how many calls it holds; when they all fit
 * in `limit` its pages are followed to the end, otherwise the range is read newest first in time
 * slices sized from that count, and the listing stops once it holds `limit` calls, all more
 * recent than any call left unread. Gong's 404 "No calls found" is an empty range.
 */
export function createListCallsInRange(deps: ActivityDeps) {
  return async function listCallsInRange(input: ListCallsInRangeInput): Promise<ListCallsInRangeResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const window = { fromMs: Date.parse(input.fromDateTime), toMs: Date.parse(input.toDateTime) };
    const { state, pagesFetched, callsInWindow } = await scanSlicesResumably({
      what: 'call search',
      goal: { window, wanted: input.limit, everyCallMatches: true },
      initial: { calls: [] as CallSummary[], listed: 0 },
      stateSchema,
      loadPage: (slice, cursor) =>
        client.listCalls(
          { ...sliceDateTimes(slice, input), workspaceId: input.workspaceId },
          cursor,
          cancellationSignal(),
        ),
      reduce: (kept, page) => ({
        calls: keepMostRecentCalls(kept.calls, page.map(toCallSummary), input.limit),
        listed: kept.listed + page.length,
      }),
      matchesIn: (kept) => kept.listed,
      countFirst: true,
      rereadOnResume: true,
    });
    return {
      calls: state.calls,
      totalRecords: callsInWindow ?? state.listed,
      listedCallCount: state.listed,
      pagesFetched,
    };
  };
}
