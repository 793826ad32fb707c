import { cancellationSignal } from '@temporalio/activity';
import { z } from 'zod';
import {
  callSummarySchema,
  keepMostRecentCalls,
  toCallSummary,
  type CallSummary,
} from '../gong/call-summary';
import { gongClientFor, type ActivityDeps } from './deps';
import { followPagesResumably } from './follow-pages-resumably';

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
  /** What Gong reported in `records.totalRecords`. */
  totalRecords: number;
  /** Calls actually listed, page by page; more than `limit` means some were left out. */
  listedCallCount: number;
  pagesFetched: number;
}

const stateSchema = z.object({
  calls: z.array(callSummarySchema),
  totalRecords: z.number(),
  listedCallCount: z.number(),
});

/**
 * Follows every page of `GET /v2/calls` for the range. Gong lists oldest first, so the most
 * recent calls are on the last pages: every page is read, keeping only the `limit` most recent.
 * Resumes from its heartbeat on retry. Gong's 404 "No calls found" is an empty range.
 */
export function createListCallsInRange(deps: ActivityDeps) {
  return async function listCallsInRange(input: ListCallsInRangeInput): Promise<ListCallsInRangeResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const filter = {
      fromDateTime: input.fromDateTime,
      toDateTime: input.toDateTime,
      workspaceId: input.workspaceId,
    };
    const { state, pagesFetched } = await followPagesResumably({
      what: 'call search',
      initial: { calls: [], totalRecords: 0, listedCallCount: 0 },
      stateSchema,
      loadPage: (cursor) => client.listCalls(filter, cursor, cancellationSignal()),
      reduce: (progress, page) => ({
        calls: keepMostRecentCalls(progress.calls, page.items.map(toCallSummary), input.limit),
        totalRecords: page.pageNumber === 0 ? page.totalRecords : progress.totalRecords,
        listedCallCount: progress.listedCallCount + page.items.length,
      }),
    });
    return { ...state, pagesFetched };
  };
}
