import type { CallReference } from '../gong/call-reference';
import { isCallLink } from './call-link';
import { countOf } from './count-of';
import { inertAnswer, inertText } from './inert-markdown';

/** What an answer's account reads of the answer: the public result has these fields and more. */
export interface AnswerAccount {
  answer: string;
  citations: CallReference[];
  callsAnalyzed: readonly unknown[];
  matchedCallCount: number;
  window: { fromDateTime: string; toDateTime: string };
  coverage: { scannedFrom: string; complete: boolean };
  answeredBy: 'openai' | 'extractive' | 'none';
  model?: string;
  /** Why a configured model did not write the answer. */
  modelError?: { message: string };
}

/** Longest Markdown shown as a run's current details; the Web UI is for reading, not archiving. */
const MAX_DETAILS_CHARS = 16_000;

/** How the answer was written, in words a reader understands. */
export function describeAnsweredBy(
  result: Pick<AnswerAccount, 'answeredBy' | 'model' | 'modelError'>,
): string {
  switch (result.answeredBy) {
    case 'openai':
      return `The answer was written by the AI model ${result.model ?? 'configured'} from the calls.`;
    case 'extractive':
      return result.modelError
        ? `The answer quotes the calls word for word because the AI model failed: ${result.modelError.message}`
        : 'The answer quotes the calls word for word (no AI model is configured).';
    case 'none':
      return 'No call was read, so nothing was answered.';
  }
}

/**
 * What was read and how to read more: "Found 12 calls from 2026-01-01 to 2026-03-31 and read the
 * 5 most recent; raise maxCalls to 12 to read them all." When the listing stopped at the most
 * recent matches, it says from when calls were not listed and how to list them all. It names the
 * workflow's inputs, never CLI flags: the CLI adds its own when it prints.
 */
export function describeCallsRead(
  result: Pick<AnswerAccount, 'matchedCallCount' | 'callsAnalyzed' | 'window' | 'coverage'>,
): string {
  const read = result.callsAnalyzed.length;
  if (!result.coverage.complete) {
    const from = result.coverage.scannedFrom.slice(0, 16).replace('T', ' ');
    return (
      `Read the ${read === 1 ? 'most recent' : `${read} most recent`} of at least ` +
      `${countOf(result.matchedCallCount, 'matching call')} from ${from} UTC on; older calls were not ` +
      'listed. Raise maxCalls to read more calls, or set exhaustive to list the whole window.'
    );
  }
  const from = result.window.fromDateTime.slice(0, 10);
  const to = result.window.toDateTime.slice(0, 10);
  const found = `Found ${countOf(result.matchedCallCount, 'call')} from ${from} to ${to}`;
  if (read === 0) return `${found}.`;
  if (read === result.matchedCallCount) return `${found} and read ${read === 1 ? 'it' : 'all of them'}.`;
  return (
    `${found} and read the ${read === 1 ? 'most recent one' : `${read} most recent`}; ` +
    `raise maxCalls to ${Math.min(50, result.matchedCallCount)} to read them all.`
  );
}

/** A source: its title linked to the call when the link goes to Gong, otherwise title and link as text. */
function sourceLine(call: CallReference, index: number): string {
  const day = call.started.slice(0, 10);
  if (!isCallLink(call.url)) {
    return `${index + 1}. ${inertText(call.title)}${call.url ? ` (${inertText(call.url)})` : ''} (${inertText(day)})`;
  }
  const href = encodeURI(call.url).replace(/[()]/g, encodeURIComponent);
  return `${index + 1}. [${inertText(call.title)}](${href}) (${inertText(day)})`;
}

/**
 * The answer as Markdown for the run's current details in the Temporal Web UI: the question, the
 * answer, its numbered sources as links, and how it was answered, so operators read it without
 * unescaping JSON.
 */
export function answerMarkdown(customerName: string, question: string, result: AnswerAccount): string {
  const sources = result.citations.map(sourceLine);
  // Only this frame is Markdown: the question, answer, titles and model messages are inert text.
  const markdown = [
    `**${inertText(question)}** (about "${inertText(customerName)}")`,
    '',
    inertAnswer(result.answer),
    ...(sources.length > 0 ? ['', '**Sources**', '', ...sources] : []),
    '',
    `_${inertText(`${describeCallsRead(result)} ${describeAnsweredBy(result)}`)}_`,
  ].join('\n');
  return markdown.length <= MAX_DETAILS_CHARS
    ? markdown
    : `${markdown.slice(0, MAX_DETAILS_CHARS - 40)}\n\n_(cut: see the run's result)_`;
}
