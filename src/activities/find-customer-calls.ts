import { activityInfo, cancellationSignal, heartbeat, log } from '@temporalio/activity';
import { z } from 'zod';
import type { ContentSelector } from '../gong/client';
import { GongApiError } from '../gong/errors';
import { crmAccountNames } from '../gong/to-call-content';
import type { GongExtensiveCall } from '../gong/schemas';
import { matchCall } from '../matching/match-call';
import { keepMostRecent, type MatchedCall } from '../matching/matched-call';
import { gongClientFor, type ActivityDeps } from './deps';

/** Input of {@link createFindCustomerCalls}. */
export interface FindCustomerCallsInput {
  connectionId: string;
  customerName: string;
  fromDateTime: string;
  toDateTime: string;
  maxCalls: number;
}

/** The customer's most recent calls in the window, and how many matched in all. */
export interface FindCustomerCallsResult {
  mostRecent: MatchedCall[];
  matchedCallCount: number;
  scannedCallCount: number;
  pagesFetched: number;
}

/** Titles and parties (with CRM context) of every call: one request per 100 calls, nothing more. */
const LISTING_SELECTOR: ContentSelector = { context: 'Extended', exposedFields: { parties: true } };
const MAX_LISTING_RESTARTS = 3;

const progressSchema = z.object({
  cursor: z.string().nullable(),
  mostRecent: z.array(z.custom<MatchedCall>()),
  matchedCallCount: z.number(),
  scannedCallCount: z.number(),
  pagesFetched: z.number(),
});
type ListingProgress = z.infer<typeof progressSchema>;

const START: ListingProgress = {
  cursor: null,
  mostRecent: [],
  matchedCallCount: 0,
  scannedCallCount: 0,
  pagesFetched: 0,
};

/**
 * Lists the window's calls with their parties, page by page, keeping only the customer's.
 * Heartbeats the next cursor and the matches so far, so a retry on another worker resumes
 * from the last page; an expired cursor restarts the listing from the start.
 */
export function createFindCustomerCalls(deps: ActivityDeps) {
  return async function findCustomerCalls(input: FindCustomerCallsInput): Promise<FindCustomerCallsResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const resumed = progressSchema.safeParse(activityInfo().heartbeatDetails);
    let progress: ListingProgress = resumed.success ? resumed.data : START;
    if (resumed.success)
      log.info('Resuming call listing from heartbeat', { pagesFetched: progress.pagesFetched });
    const filter = { fromDateTime: input.fromDateTime, toDateTime: input.toDateTime };
    let restarts = 0;

    while (!(progress.pagesFetched > 0 && progress.cursor === null)) {
      let page;
      try {
        page = await client.listExtensiveCalls(
          filter,
          LISTING_SELECTOR,
          progress.cursor ?? undefined,
          cancellationSignal(),
        );
      } catch (error) {
        if (!(error instanceof GongApiError && error.isCursorExpired) || restarts >= MAX_LISTING_RESTARTS)
          throw error;
        restarts += 1;
        log.warn('Gong cursor expired; restarting the listing', { restarts });
        progress = START;
        continue;
      }
      progress = scanPage(progress, page.items, input);
      progress = { ...progress, cursor: page.nextCursor, pagesFetched: progress.pagesFetched + 1 };
      heartbeat(progress);
    }
    return {
      mostRecent: progress.mostRecent,
      matchedCallCount: progress.matchedCallCount,
      scannedCallCount: progress.scannedCallCount,
      pagesFetched: progress.pagesFetched,
    };
  };
}

function scanPage(
  progress: ListingProgress,
  calls: GongExtensiveCall[],
  input: FindCustomerCallsInput,
): ListingProgress {
  let { mostRecent, matchedCallCount } = progress;
  for (const call of calls) {
    const matchedOn = matchCall(
      {
        title: call.metaData.title ?? null,
        crmAccounts: crmAccountNames(call.context),
        participants: (call.parties ?? []).map((party) => ({
          name: party.name ?? null,
          emailAddress: party.emailAddress ?? null,
          crmAccounts: crmAccountNames(party.context),
        })),
      },
      input.customerName,
    );
    if (matchedOn.length === 0) continue;
    matchedCallCount += 1;
    const matched: MatchedCall = {
      callId: call.metaData.id,
      title: call.metaData.title ?? '(untitled call)',
      started: call.metaData.started,
      url: call.metaData.url ?? '',
      matchedOn,
    };
    mostRecent = keepMostRecent(mostRecent, matched, input.maxCalls);
  }
  return {
    ...progress,
    mostRecent,
    matchedCallCount,
    scannedCallCount: progress.scannedCallCount + calls.length,
  };
}
