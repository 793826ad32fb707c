import { cancellationSignal } from '@temporalio/activity';
import { z } from 'zod';
import type { ContentSelector } from '../gong/client';
import type { GongExtensiveCall } from '../gong/schemas';
import { crmAccountNames } from '../gong/to-call-content';
import { matchCall } from '../matching/match-call';
import { keepMostRecent, matchedCallSchema, type MatchedCall } from '../matching/matched-call';
import { gongClientFor, type ActivityDeps } from './deps';
import { followPagesResumably } from './follow-pages-resumably';

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

const stateSchema = z.object({
  mostRecent: z.array(matchedCallSchema),
  matchedCallCount: z.number(),
  scannedCallCount: z.number(),
});
type MatchingState = z.infer<typeof stateSchema>;

/**
 * Lists the window's calls with their parties, page by page, keeping only the customer's: only
 * the matches leave the activity, never the whole window. Resumes from its heartbeat on retry.
 */
export function createFindCustomerCalls(deps: ActivityDeps) {
  return async function findCustomerCalls(input: FindCustomerCallsInput): Promise<FindCustomerCallsResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const filter = { fromDateTime: input.fromDateTime, toDateTime: input.toDateTime };
    const { state, pagesFetched } = await followPagesResumably({
      what: 'call listing',
      initial: { mostRecent: [], matchedCallCount: 0, scannedCallCount: 0 },
      stateSchema,
      loadPage: (cursor) => client.listExtensiveCalls(filter, LISTING_SELECTOR, cursor, cancellationSignal()),
      reduce: (progress, page) => scanPage(progress, page.items, input),
    });
    return { ...state, pagesFetched };
  };
}

function scanPage(
  progress: MatchingState,
  calls: GongExtensiveCall[],
  input: FindCustomerCallsInput,
): MatchingState {
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
    mostRecent = keepMostRecent(
      mostRecent,
      {
        callId: call.metaData.id,
        title: call.metaData.title ?? '(untitled call)',
        started: call.metaData.started,
        url: call.metaData.url ?? '',
        matchedOn,
      },
      input.maxCalls,
    );
  }
  return { mostRecent, matchedCallCount, scannedCallCount: progress.scannedCallCount + calls.length };
}
