import { cancellationSignal } from '@temporalio/activity';
import { z } from 'zod';
import type { OlderTitleMatch } from '../wording/older-calls';
import { titleMatches, titleStems } from '../answering/title-match';
import type { ContentSelector } from '../gong/client';
import type { GongExtensiveCall } from '../gong/schemas';
import { crmAccountNames } from '../gong/to-call-content';
import { sliceDateTimes } from '../gong/time-slices';
import { customerMatcher, type MatchReason, type MatchableCall } from '../matching/match-call';
import { shortNameMatcher, type ShortNameMatcher } from '../matching/short-name';
import { keepMostRecent, matchedCallSchema, type MatchedCall } from '../matching/matched-call';
import { keepNearNames, nearNamesSchema } from '../matching/near-names';
import { gongClientFor, type ActivityDeps } from './deps';
import { scanSlicesResumably } from './scan-slices-resumably';

/** Input of {@link createFindCustomerCalls}. */
export interface FindCustomerCallsInput {
  connectionId: string;
  customerName: string;
  fromDateTime: string;
  toDateTime: string;
  maxCalls: number;
  /** List the whole window instead of stopping once the `maxCalls` most recent are sure. */
  exhaustive?: boolean;
  /** The question asked: older matches whose titles hold its words are pointed to. */
  question?: string;
  /**
   * Also return up to this many matches of the part read that are older than the `maxCalls` most
   * recent (`olderMatches`), so a look-back need not list that part again. None when absent.
   */
  keepOlder?: number;
}

/** The customer's most recent calls in the window, and how many matched in the part read. */
export interface FindCustomerCallsResult {
  mostRecent: MatchedCall[];
  matchedCallCount: number;
  scannedCallCount: number;
  /** Calls Gong listed that could not be used (no start time, say) and were left out. Absent when none. */
  skippedCallCount?: number;
  pagesFetched: number;
  /** Every call from `scannedFrom` (inclusive) to the window's end was read. Absent from older workers. */
  scannedFrom?: string;
  /** True when the whole window was read. Absent from older workers, which always read it all. */
  complete?: boolean;
  /** Matches older than `mostRecent` whose titles hold a word of the question, newest first (at most 5). */
  olderTitleMatches?: OlderTitleMatch[];
  /** When nothing matched: names seen in the listing close to the one asked for, closest first. */
  nearNames?: string[];
  /**
   * With `keepOlder`: matches of the part read older than `mostRecent`, newest first (at most
   * `keepOlder`). Absent when none.
   */
  olderMatches?: MatchedCall[];
}

/** Older matches relevant by title a result names: the workflow reads 5 with the newest and points to the rest. */
const MAX_OLDER_TITLE_MATCHES = 10;

/** Titles and parties (with CRM context) of every call: one request per 100 calls, nothing more. */
const LISTING_SELECTOR: ContentSelector = { context: 'Extended', exposedFields: { parties: true } };

const stateSchema = z.object({
  /** The `maxCalls` most recent matches, then up to `keepOlder` older ones, newest first. */
  mostRecent: z.array(matchedCallSchema),
  matchedCallCount: z.number(),
  scannedCallCount: z.number(),
  /** When each match started, to rank the title matches among all matches. */
  matchedStarts: z.array(z.string()).default([]),
  /** Matches whose titles hold a word of the question, most recent first. */
  titleMatches: z.array(matchedCallSchema).default([]),
  // A heartbeat from a worker that did not count skipped calls yet resumes with none.
  skippedCallCount: z.number().int().nonnegative().default(0),
  /** Names close to the customer's, kept while nothing matches; a heartbeat from before has none. */
  nearNames: nearNamesSchema.default([]),
  /**
   * True once a CRM account of another organisation starting with the customer's short name was
   * seen ("Northgate Capital" for "Northgate University"): internal calls no longer match by it.
   */
  shortNameShared: z.boolean().default(false),
});
type MatchingState = z.infer<typeof stateSchema>;

/**
 * Lists the window's calls with their parties newest first, in time slices, keeping only the
 * customer's, and stops once it holds the `maxCalls` most recent: every later call has been
 * seen, so a full listing would pick the same ones. Only the matches leave the activity, never
 * the calls read. Resumes from its heartbeat on retry.
 */
export function createFindCustomerCalls(deps: ActivityDeps) {
  return async function findCustomerCalls(input: FindCustomerCallsInput): Promise<FindCustomerCallsResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const stems = input.question ? titleStems(input.question, input.customerName) : new Set<string>();
    const matchers = {
      withShortName: customerMatcher(input.customerName),
      withoutShortName: customerMatcher(input.customerName, { byShortName: false }),
      shortName: shortNameMatcher(input.customerName),
    };
    const window = { fromMs: Date.parse(input.fromDateTime), toMs: Date.parse(input.toDateTime) };
    const { state, pagesFetched, progress, complete } = await scanSlicesResumably({
      what: 'call listing',
      goal: { window, wanted: input.maxCalls, exhaustive: input.exhaustive ?? false },
      initial: {
        mostRecent: [],
        matchedCallCount: 0,
        scannedCallCount: 0,
        skippedCallCount: 0,
        matchedStarts: [],
        titleMatches: [],
        nearNames: [],
        shortNameShared: false,
      },
      stateSchema,
      loadPage: (slice, cursor) =>
        client.listExtensiveCalls(
          sliceDateTimes(slice, input),
          LISTING_SELECTOR,
          cursor,
          cancellationSignal(),
        ),
      reduce: (matching, calls, skipped) => scanPage(matching, calls, skipped, input, stems, matchers),
      matchesIn: (matching) => matching.matchedCallCount,
    });
    const scannedFrom = complete ? input.fromDateTime : new Date(progress.readFromMs).toISOString();
    const { matchedCallCount, scannedCallCount, skippedCallCount } = state;
    const mostRecent = state.mostRecent.slice(0, input.maxCalls);
    const olderMatches = state.mostRecent.slice(input.maxCalls);
    const olderTitleMatches = olderTitleMatchesOf(state, mostRecent);
    const nearNames = matchedCallCount === 0 ? state.nearNames.map((near) => near.name) : [];
    return {
      mostRecent,
      matchedCallCount,
      scannedCallCount,
      pagesFetched,
      scannedFrom,
      complete,
      ...(skippedCallCount > 0 ? { skippedCallCount } : {}),
      ...(olderTitleMatches.length > 0 ? { olderTitleMatches } : {}),
      ...(nearNames.length > 0 ? { nearNames } : {}),
      ...(olderMatches.length > 0 ? { olderMatches } : {}),
    };
  };
}

/** The title matches not among the most recent, each with its rank among all matches. */
function olderTitleMatchesOf(state: MatchingState, mostRecent: MatchedCall[]): OlderTitleMatch[] {
  const read = new Set(mostRecent.map((call) => call.callId));
  const starts = state.matchedStarts.map((started) => Date.parse(started));
  return state.titleMatches
    .filter((call) => !read.has(call.callId))
    .slice(0, MAX_OLDER_TITLE_MATCHES)
    .map((call) => ({
      callId: call.callId,
      title: call.title,
      started: call.started,
      rank: starts.filter((start) => start >= Date.parse(call.started)).length,
    }));
}

/** How one listing matches the customer: with and without its short name, and the short name itself. */
interface ListingMatchers {
  withShortName: (call: MatchableCall) => MatchReason[];
  withoutShortName: (call: MatchableCall) => MatchReason[];
  shortName: ShortNameMatcher | null;
}

/** True when every party of the call is of our own team, or Gong scopes it as internal. */
function isInternal(call: GongExtensiveCall): boolean {
  const parties = call.parties ?? [];
  return (
    call.metaData.scope === 'Internal' ||
    (parties.length > 0 && parties.every((party) => party.affiliation === 'Internal'))
  );
}

/**
 * `matching` without the calls matched only by the customer's short name, once that name turned out
 * to be another organisation's too.
 */
function withoutShortNameMatches(
  matching: MatchingState,
  matches: ListingMatchers['withoutShortName'],
): MatchingState {
  const byName = (call: MatchedCall) =>
    matches({ title: call.title, participants: [], crmAccounts: [] }).length > 0 ||
    call.matchedOn.some((reason) => reason.field !== 'title');
  const dropped = matching.mostRecent.filter((call) => !byName(call));
  const matchedStarts = [...matching.matchedStarts];
  for (const call of dropped) {
    const at = matchedStarts.indexOf(call.started);
    if (at >= 0) matchedStarts.splice(at, 1);
  }
  return {
    ...matching,
    mostRecent: matching.mostRecent.filter(byName),
    titleMatches: matching.titleMatches.filter(byName),
    matchedCallCount: matching.matchedCallCount - dropped.length,
    matchedStarts,
    shortNameShared: true,
  };
}

function scanPage(
  before: MatchingState,
  calls: GongExtensiveCall[],
  skipped: number,
  input: FindCustomerCallsInput,
  stems: ReadonlySet<string>,
  matchers: ListingMatchers,
): MatchingState {
  let progress = before;
  let { mostRecent, matchedCallCount } = progress;
  let titled = progress.titleMatches;
  let matchedStarts = [...progress.matchedStarts];
  let nearNames = progress.nearNames;
  for (const call of calls) {
    const matchable = {
      title: call.metaData.title ?? null,
      crmAccounts: crmAccountNames(call.context),
      participants: (call.parties ?? []).map((party) => ({
        name: party.name ?? null,
        emailAddress: party.emailAddress ?? null,
        crmAccounts: crmAccountNames(party.context),
      })),
      internal: isInternal(call),
    };
    const { shortName } = matchers;
    if (
      shortName &&
      !progress.shortNameShared &&
      [...matchable.crmAccounts, ...matchable.participants.flatMap((p) => p.crmAccounts)].some((account) =>
        shortName.isOtherOrganisation(account),
      )
    ) {
      progress = withoutShortNameMatches(
        { ...progress, mostRecent, matchedCallCount, titleMatches: titled, matchedStarts },
        matchers.withoutShortName,
      );
      ({ mostRecent, matchedCallCount } = progress);
      titled = progress.titleMatches;
      matchedStarts = [...progress.matchedStarts];
    }
    const matchedOn = (progress.shortNameShared ? matchers.withoutShortName : matchers.withShortName)(
      matchable,
    );
    if (matchedOn.length === 0) {
      // Only useful while nothing matched: a suggestion is offered for a name that found no call.
      if (matchedCallCount === 0) nearNames = keepNearNames(nearNames, matchable, input.customerName);
      continue;
    }
    matchedCallCount += 1;
    const matched = {
      callId: call.metaData.id,
      title: call.metaData.title ?? '(untitled call)',
      started: call.metaData.started,
      url: call.metaData.url ?? '',
      matchedOn,
    };
    // The older matches kept for a look-back ride along, newest first, after the `maxCalls` read.
    mostRecent = keepMostRecent(mostRecent, matched, input.maxCalls + (input.keepOlder ?? 0));
    if (stems.size > 0) matchedStarts.push(matched.started);
    // The read calls can hold title matches too, so as many more are kept as are named.
    if (titleMatches(stems, matched.title)) {
      titled = keepMostRecent(titled, matched, input.maxCalls + MAX_OLDER_TITLE_MATCHES);
    }
  }
  return {
    mostRecent,
    matchedCallCount,
    scannedCallCount: progress.scannedCallCount + calls.length,
    matchedStarts,
    titleMatches: titled,
    skippedCallCount: progress.skippedCallCount + skipped,
    nearNames: matchedCallCount === 0 ? nearNames : [],
    shortNameShared: progress.shortNameShared,
  };
}
