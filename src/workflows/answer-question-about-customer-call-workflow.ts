import {
  metricMeter,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import { answerMarkdown } from '../wording/answer-markdown';
import { countOf } from '../wording/count-of';
import { kindOfTypedQuestion } from '../wording/typed-question';
import { buildNoCallsFoundAnswer } from '../wording/no-calls-answer';
import { nearNameNote } from '../wording/no-calls-answer';
import { lookBackNote, olderCallsNote } from '../wording/older-calls';
import {
  type AnswerCoverage,
  type AnswerQuestionInput,
  type AnswerQuestionProgress,
  type AnswerQuestionResult,
} from '../api/answer-question';
import type { CallReference, MatchedCall } from '../api/calls';
import { answerProgressQuery } from '../api/queries';
import { answeringActivityOptions, listingActivityOptions } from './activity-options';
import { readAnswerFromCallsResult } from './answer-from-calls-result';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { findCustomerCalls } = proxyActivities<GongActivities>(listingActivityOptions);
const { answerFromCalls } = proxyActivities<GongActivities>(answeringActivityOptions);

const DAY_MS = 24 * 60 * 60 * 1000;

/** The most older calls a look-back reads: one Gong content request. */
const OLDER_CALLS_READ = 100;

/**
 * Runs recorded before the look-back never read older calls; the marker keeps their replays on
 * the path they took, whatever their answer said.
 */
const LOOK_BACK_PATCH = 'read-older-calls-when-the-newest-do-not-answer';
/** Runs recorded before older calls named by title were read with the newest keep their path. */
const TITLED_PATCH = 'read-older-calls-whose-titles-hold-the-question';
/**
 * Runs recorded before a look-back answered from the newest and older calls together (and read
 * older calls when the newest answered only in part) keep their path.
 */
const TOGETHER_PATCH = 'answer-from-the-newest-and-older-calls-together';
/** Older matching calls read with the newest because their titles hold the question's words. */
const TITLED_READ = 5;
/**
 * Runs recorded before a name that found no calls was answered for the one near name seen in the
 * listing keep their path (they only suggested it).
 */
const NEAR_NAME_PATCH = 'answer-for-the-one-near-name';

/** `gong_answers_total` by status (`answered`, `no_calls_found`, `failed`); skipped on replay. */
function countAnswer(status: AnswerQuestionResult['status'] | 'failed'): void {
  metricMeter.createCounter('gong_answers_total', '{answer}', 'Answer runs by outcome').add(1, { status });
}

/**
 * Answers a question about a customer's recent Gong calls: finds the calls of the last
 * `lookbackDays` whose title or participants name the customer, reads Gong's AI content of
 * the `maxCalls` most recent (and their transcripts with `includeTranscripts`), and answers
 * citing the calls it used. The run's current details show the answer as Markdown.
 */
export async function answerQuestionAboutCustomerCall(
  input: AnswerQuestionInput,
): Promise<AnswerQuestionResult> {
  const { connectionId, customerName, question, maxCalls, lookbackDays, exhaustive, includeTranscripts } =
    parseInput('answerQuestionAboutCustomerCall', input);
  const progress: AnswerQuestionProgress = {
    stage: 'listing',
    callsScanned: 0,
    callsMatched: 0,
    callsAnalyzed: 0,
  };
  setHandler(answerProgressQuery, () => progress);

  // The window ends when the run started, so a replay or a retried task sees the same window.
  const now = workflowInfo().runStartTime.getTime();
  const window = {
    fromDateTime: new Date(now - lookbackDays * DAY_MS).toISOString(),
    toDateTime: new Date(now).toISOString(),
  };

  try {
    setCurrentDetails(
      `Looking for calls with "${customerName}" from ${window.fromDateTime.slice(0, 10)} to ${window.toDateTime.slice(0, 10)}`,
    );
    const findCalls = (name: string) =>
      findCustomerCalls.executeWithOptions(
        // Summaries name neither the customer nor the question: without a codec the UI shows them.
        { summary: `Find the customer's calls in the last ${lookbackDays} days` },
        [
          {
            connectionId,
            customerName: name,
            question,
            maxCalls,
            ...window,
            ...(exhaustive ? { exhaustive } : {}),
            keepOlder: OLDER_CALLS_READ,
          },
        ],
      );
    let found = await findCalls(customerName);
    // A name that found no calls, with one customer name seen in the window near it ("Northgate
    // Univeristy": Northgate University), is answered for that name, saying so: one more listing.
    let answeredFor: string | null = null;
    const [nearName, ...otherNearNames] = found.nearNames ?? [];
    if (
      found.mostRecent.length === 0 &&
      nearName !== undefined &&
      otherNearNames.length === 0 &&
      patched(NEAR_NAME_PATCH)
    ) {
      setCurrentDetails(`No calls with "${customerName}"; looking for calls with "${nearName}"`);
      const near = await findCalls(nearName);
      if (near.mostRecent.length > 0) {
        found = { ...near, nearNames: [nearName] };
        answeredFor = nearName;
      }
    }
    const customer = answeredFor ?? customerName;
    Object.assign(progress, { callsScanned: found.scannedCallCount, callsMatched: found.matchedCallCount });
    let matchedCallCount = found.matchedCallCount;
    let coverage: AnswerCoverage = {
      // A listing from before slicing reports neither: it read the whole window.
      scannedFrom: found.scannedFrom ?? window.fromDateTime,
      scannedTo: window.toDateTime,
      callsScanned: found.scannedCallCount,
      complete: found.complete ?? true,
      ...(found.skippedCallCount ? { callsSkipped: found.skippedCallCount } : {}),
    };

    if (found.mostRecent.length === 0) {
      progress.stage = 'done';
      const result: Omit<AnswerQuestionResult, 'markdown'> = {
        status: 'no_calls_found',
        answer: buildNoCallsFoundAnswer({ customerName, ...window, nearNames: found.nearNames ?? [] }),
        ...(found.nearNames?.length ? { nearNames: found.nearNames } : {}),
        citations: [],
        callsAnalyzed: [],
        matchedCallCount: 0,
        window,
        coverage,
        answeredBy: 'none',
      };
      const markdown = answerMarkdown(customerName, question, result);
      setCurrentDetails(markdown);
      countAnswer(result.status);
      return { markdown, ...result };
    }

    progress.stage = 'answering';
    /** Reads `calls` (AI content, transcripts where needed) and answers from them, in one activity. */
    const readAndAnswer = async (calls: readonly MatchedCall[], noun: 'call' | 'older call') => {
      const reading = `${countOf(calls.length, noun)}${includeTranscripts ? ' with transcripts' : ''}`;
      setCurrentDetails(`Reading ${reading} and answering`);
      return readAnswerFromCallsResult(
        await answerFromCalls.executeWithOptions(
          { summary: `Read ${reading} and answer the ${kindOfTypedQuestion(question)} question` },
          [
            {
              connectionId,
              question,
              customerName,
              callIds: calls.map((call) => call.callId),
              ...(includeTranscripts ? { includeTranscripts } : {}),
            },
          ],
        ),
      );
    };
    // An older call whose title holds the question's words ("the security review", "pricing") is
    // what the question is about: it is read with the newest, in the same content request.
    const titled = new Set((found.olderTitleMatches ?? []).map((call) => call.callId));
    const named =
      titled.size > 0 && patched(TITLED_PATCH)
        ? (found.olderMatches ?? []).filter((call) => titled.has(call.callId)).slice(0, TITLED_READ)
        : [];
    const first = [...found.mostRecent, ...named];
    const newest = await readAndAnswer(first, 'call');
    let analyzed = first.filter((call) => newest.analyzedCallIds.includes(call.callId));
    progress.callsAnalyzed = analyzed.length;
    let { answer } = newest;
    let answeredFrom = analyzed;
    let lookBack: string | null = null;

    // Nothing the newest calls say bears on the question, or they answer a question about the
    // customer's history (the concerns raised, the rivals named) only in part: read the older
    // matches of the window, listing on only as far as needed to hold one content request's worth.
    const partly = newest.answer.answersQuestion !== false && newest.answer.partial === true;
    if (
      (newest.answer.answersQuestion === false || (partly && patched(TOGETHER_PATCH))) &&
      patched(LOOK_BACK_PATCH)
    ) {
      let older = (found.olderMatches ?? []).filter((call) => !named.includes(call));
      if (older.length < OLDER_CALLS_READ && !coverage.complete) {
        setCurrentDetails(`Looking for older calls with "${customer}"`);
        const rest = await findCustomerCalls.executeWithOptions(
          { summary: `Find the customer's older calls in the last ${lookbackDays} days` },
          [
            {
              connectionId,
              customerName: customer,
              maxCalls: OLDER_CALLS_READ - older.length,
              fromDateTime: window.fromDateTime,
              // The part already read ends where the rest of the window begins.
              toDateTime: coverage.scannedFrom,
            },
          ],
        );
        older = [...older, ...rest.mostRecent];
        matchedCallCount += rest.matchedCallCount;
        progress.callsScanned += rest.scannedCallCount;
        progress.callsMatched = matchedCallCount;
        const skipped = (coverage.callsSkipped ?? 0) + (rest.skippedCallCount ?? 0);
        coverage = {
          scannedFrom: rest.scannedFrom ?? window.fromDateTime,
          scannedTo: window.toDateTime,
          callsScanned: coverage.callsScanned + rest.scannedCallCount,
          complete: rest.complete ?? true,
          ...(skipped ? { callsSkipped: skipped } : {}),
        };
      }
      if (older.length > 0) {
        // The newest and the older calls are answered from together, in one content request, so
        // what the newest said stays in the answer, newest call first.
        const together = patched(TOGETHER_PATCH);
        const fromOlder = together
          ? await readAndAnswer([...analyzed, ...older.slice(0, OLDER_CALLS_READ - analyzed.length)], 'call')
          : await readAndAnswer(older, 'older call');
        const olderAnalyzed = older.filter((call) => fromOlder.analyzedCallIds.includes(call.callId));
        analyzed = [...analyzed, ...olderAnalyzed];
        progress.callsAnalyzed = analyzed.length;
        // The answer says what the calls hold, or that they hold nothing either.
        answer = fromOlder.answer;
        answeredFrom = together ? analyzed : olderAnalyzed;
        lookBack = lookBackNote({
          newestRead: found.mostRecent.length,
          partly,
          olderRead: olderAnalyzed.length,
          cited:
            fromOlder.answer.answersQuestion === false
              ? []
              : citedCalls(fromOlder.answer.citedCallIds, olderAnalyzed),
        });
      }
    }

    const citations = citedCalls(answer.citedCallIds, answeredFrom);
    progress.stage = 'done';
    // Older matches whose titles hold the question's words and were not read: said in the answer, whoever wrote it.
    const readIds = new Set(analyzed.map((call) => call.callId));
    const pointer = olderCallsNote(
      (found.olderTitleMatches ?? []).filter((call) => !readIds.has(call.callId)),
    );
    const result: Omit<AnswerQuestionResult, 'markdown'> = {
      status: 'answered',
      answer: [
        answeredFor === null ? null : nearNameNote(customerName, answeredFor),
        lookBack,
        answer.answer,
        pointer,
      ]
        .filter((text) => text !== null)
        .join('\n\n'),
      ...(answeredFor === null ? {} : { nearNames: [answeredFor], answeredFor }),
      citations,
      callsAnalyzed: analyzed,
      matchedCallCount,
      window,
      coverage,
      answeredBy: answer.answeredBy,
      ...(answer.model ? { model: answer.model } : {}),
      ...(answer.modelError ? { modelError: answer.modelError } : {}),
      ...(answer.contentTrimmed ? { contentTrimmed: true } : {}),
    };
    // The answer and its numbered sources as Markdown, in the result too (first, so the Web UI's
    // result panel opens on it), readable both while the run is open and once it has completed.
    const markdown = answerMarkdown(customerName, question, result);
    setCurrentDetails(markdown);
    countAnswer(result.status);
    return { markdown, ...result };
  } catch (error) {
    countAnswer('failed');
    rethrowCause(error);
  }
}

/** The calls `ids` name, in their order, as the references a result cites. */
function citedCalls(ids: readonly string[], calls: readonly MatchedCall[]): CallReference[] {
  const byId = new Map(calls.map((call) => [call.callId, call]));
  return ids.flatMap((id) => {
    const call = byId.get(id);
    return call ? [{ callId: call.callId, title: call.title, started: call.started, url: call.url }] : [];
  });
}
