import {
  metricMeter,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import { answerMarkdown } from '../wording/answer-markdown';
import { countOf } from '../wording/count-of';
import { kindOfQuestion } from '../wording/question-kind';
import { buildNoCallsFoundAnswer } from '../wording/no-calls-answer';
import { olderCallsNote } from '../wording/older-calls';
import {
  type AnswerQuestionInput,
  type AnswerQuestionProgress,
  type AnswerQuestionResult,
} from '../api/answer-question';
import type { CallReference } from '../api/calls';
import { answerProgressQuery } from '../api/queries';
import { answeringActivityOptions, listingActivityOptions } from './activity-options';
import { readAnswerFromCallsResult } from './answer-from-calls-result';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { findCustomerCalls } = proxyActivities<GongActivities>(listingActivityOptions);
const { answerFromCalls } = proxyActivities<GongActivities>(answeringActivityOptions);

const DAY_MS = 24 * 60 * 60 * 1000;

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
    const found = await findCustomerCalls.executeWithOptions(
      // Summaries name neither the customer nor the question: without a codec the UI shows them.
      { summary: `Find the customer's calls in the last ${lookbackDays} days` },
      [{ connectionId, customerName, question, maxCalls, ...window, ...(exhaustive ? { exhaustive } : {}) }],
    );
    Object.assign(progress, { callsScanned: found.scannedCallCount, callsMatched: found.matchedCallCount });
    const coverage = {
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
    const reading = `${countOf(found.mostRecent.length, 'call')}${includeTranscripts ? ' with transcripts' : ''}`;
    setCurrentDetails(`Reading ${reading} and answering`);
    const { answer, analyzedCallIds } = readAnswerFromCallsResult(
      await answerFromCalls.executeWithOptions(
        { summary: `Read ${reading} and answer the ${kindOfQuestion(question)} question` },
        [
          {
            connectionId,
            question,
            callIds: found.mostRecent.map((call) => call.callId),
            ...(includeTranscripts ? { includeTranscripts } : {}),
          },
        ],
      ),
    );
    progress.callsAnalyzed = analyzedCallIds.length;

    const analyzed = found.mostRecent.filter((call) => analyzedCallIds.includes(call.callId));
    const byId = new Map(analyzed.map((call) => [call.callId, call]));
    const citations: CallReference[] = answer.citedCallIds.flatMap((id) => {
      const call = byId.get(id);
      return call ? [{ callId: call.callId, title: call.title, started: call.started, url: call.url }] : [];
    });
    progress.stage = 'done';
    // Older matches whose titles hold the question's words: said in the answer, whoever wrote it.
    const pointer = olderCallsNote(found.olderTitleMatches ?? []);
    const result: Omit<AnswerQuestionResult, 'markdown'> = {
      status: 'answered',
      answer: pointer ? `${answer.answer}\n\n${pointer}` : answer.answer,
      citations,
      callsAnalyzed: analyzed,
      matchedCallCount: found.matchedCallCount,
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
