import { activityInfo, cancellationSignal } from '@temporalio/activity';
import type { Answer } from '../answering';
import { hasAiContent } from '../answering/ai-content';
import { readCallContent } from '../gong/read-call-content';
import { gongClientFor, type ActivityDeps } from './deps';
import { assertResultFits } from './assert-result-fits';
import { whileHeartbeating } from './while-heartbeating';
import { readTranscriptsForCalls } from '../gong/read-transcripts';
import type { CallContent } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';

/** Input of {@link createAnswerFromCalls}. */
export interface AnswerFromCallsInput {
  connectionId: string;
  callIds: string[];
  question: string;
  /** The customer as the user named it; absent from runs scheduled before it was passed. */
  customerName?: string;
  /**
   * Also read the transcripts of the calls Gong has summarised (one more Gong request per 100
   * calls). The transcripts of calls Gong has not summarised yet are always read.
   */
  includeTranscripts?: boolean;
}

/**
 * The answer, and which of the asked calls Gong returned content for. `answer.answersQuestion` is
 * false when nothing read bears on the question (every answerer says so).
 */
export interface AnswerFromCallsResult {
  answer: Answer;
  analyzedCallIds: string[];
}

/**
 * Reads Gong's AI content of the calls (one request per 100 ids) and the transcripts (one more
 * request per 100 ids, size-bounded) of those Gong has not summarised yet, or of all of them when
 * asked, and answers from them; when that does not answer, answers in part, or may gain from the
 * transcripts, it reads the other transcripts too and answers again: at most two answers, so at
 * most two model answers, per activity. Reading and answering share
 * one activity so neither content nor transcripts ever enter the workflow history. Heartbeats
 * while Gong and the model work, so a cancellation reaches it promptly.
 */
export function createAnswerFromCalls(deps: ActivityDeps) {
  return async function answerFromCalls(input: AnswerFromCallsInput): Promise<AnswerFromCallsResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const { calls } = await whileHeartbeating({ reading: input.callIds.length }, () =>
      readCallContent(client, input.callIds, { signal: cancellationSignal() }),
    );
    // A call without AI content yet is answered from its transcript rather than silently skipped.
    const toTranscribe = input.includeTranscripts ? calls : calls.filter((call) => !hasAiContent(call));
    const readTranscripts = (of: readonly CallContent[]) =>
      whileHeartbeating({ readingTranscripts: of.length }, () =>
        readTranscriptsForCalls(client, of, cancellationSignal()),
      );
    let transcripts = toTranscribe.length > 0 ? await readTranscripts(toTranscribe) : undefined;
    // The attempt must end within its start-to-close timeout, however long reading Gong took.
    const info = activityInfo();
    const deadlineMs = info.currentAttemptScheduledTimestampMs + info.startToCloseTimeoutMs;
    const answerFrom = (read: readonly CallTranscript[] | undefined, failed?: Answer['modelError']) =>
      whileHeartbeating({ answering: calls.length }, () =>
        deps.answerer.answer(input.question, calls, cancellationSignal(), read, {
          deadlineMs,
          ...(input.customerName === undefined ? {} : { customerName: input.customerName }),
          ...(failed === undefined ? {} : { modelFailed: failed }),
        }),
      );
    let answer = await answerFrom(transcripts);
    // Gong's summary leaves out much of what was said (a rival named in passing, a worry voiced
    // once): when it does not answer, answers only in part, or says the transcripts may add to it,
    // the transcripts not read yet are read (one more request per 100 calls) and it answers once
    // more, before the workflow turns to older calls. With a model that is a second model answer,
    // within the same activity deadline; after the model failed and its fallback answered, the
    // fallback answers again without asking the model, so the answer is as full as without a model.
    const unread = calls.filter((call) => !toTranscribe.includes(call));
    const again =
      answer.answersQuestion === false || answer.partial === true || answer.transcriptsMayAdd === true;
    if (again && unread.length > 0) {
      transcripts = [...(transcripts ?? []), ...(await readTranscripts(unread))];
      answer = await answerFrom(transcripts, answer.modelError);
    }
    const result = { answer, analyzedCallIds: calls.map((call) => call.callId) };
    assertResultFits(result, 'The answer', 'Ask about fewer calls (a shorter range or a narrower question).');
    return result;
  };
}
