import { activityInfo, cancellationSignal, heartbeat, log } from '@temporalio/activity';
import { z } from 'zod';
import { keepMostRecentCalls, toCallSummary, type CallSummary } from '../gong/call-summary';
import { GongApiError } from '../gong/errors';
import { gongClientFor, type ActivityDeps } from './deps';

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

const MAX_LISTING_RESTARTS = 3;

const progressSchema = z.object({
  cursor: z.string().nullable(),
  calls: z.array(z.custom<CallSummary>()),
  totalRecords: z.number(),
  listedCallCount: z.number(),
  pagesFetched: z.number(),
});
type ListingProgress = z.infer<typeof progressSchema>;

const START: ListingProgress = {
  cursor: null,
  calls: [],
  totalRecords: 0,
  listedCallCount: 0,
  pagesFetched: 0,
};

/**
 * Follows every page of `GET /v2/calls` for the range. Gong lists oldest first, so the most
 * recent calls are on the last pages: every page is read, keeping only the `limit` most recent.
 * Heartbeats the next cursor and the calls kept so far, so a retry resumes from the last page;
 * an expired cursor restarts the listing. Gong's 404 "No calls found" is an empty range.
 */
export function createListCallsInRange(deps: ActivityDeps) {
  return async function listCallsInRange(input: ListCallsInRangeInput): Promise<ListCallsInRangeResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const resumed = progressSchema.safeParse(activityInfo().heartbeatDetails);
    let progress: ListingProgress = resumed.success ? resumed.data : START;
    if (resumed.success)
      log.info('Resuming call search from heartbeat', { pagesFetched: progress.pagesFetched });
    const filter = {
      fromDateTime: input.fromDateTime,
      toDateTime: input.toDateTime,
      workspaceId: input.workspaceId,
    };
    let restarts = 0;

    while (!(progress.pagesFetched > 0 && progress.cursor === null)) {
      let page;
      try {
        page = await client.listCalls(filter, progress.cursor ?? undefined, cancellationSignal());
      } catch (error) {
        if (!(error instanceof GongApiError && error.isCursorExpired) || restarts >= MAX_LISTING_RESTARTS)
          throw error;
        restarts += 1;
        log.warn('Gong cursor expired; restarting the call search', { restarts });
        progress = START;
        continue;
      }
      progress = {
        cursor: page.nextCursor,
        calls: keepMostRecentCalls(progress.calls, page.items.map(toCallSummary), input.limit),
        totalRecords: progress.pagesFetched === 0 ? page.totalRecords : progress.totalRecords,
        listedCallCount: progress.listedCallCount + page.items.length,
        pagesFetched: progress.pagesFetched + 1,
      };
      heartbeat(progress);
    }
    return {
      calls: progress.calls,
      totalRecords: progress.totalRecords,
      listedCallCount: progress.listedCallCount,
      pagesFetched: progress.pagesFetched,
    };
  };
}
