import type { CallReference } from '../gong/call-reference';
import { countOf } from '../text/count-of';

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
}

/** Longest Markdown shown as a run's current details; the Web UI is for reading, not archiving. */
const MAX_DETAILS_CHARS = 16_000;

/** How the answer was written, in words a reader understands. */
export function describeAnsweredBy(result: Pick<AnswerAccount, 'answeredBy' | 'model'>): string {
  switch (result.answeredBy) {
    case 'openai':
      return `The answer was written by the AI model ${result.model ?? 'configured'} from the calls.`;
    case 'extractive':
      return 'The answer quotes the calls word for word (no AI model is configured).';
    case 'none':
      return 'No call was read, so nothing was answered.';
  }
}

/**
 * Which calls were found and read: "Found 12 calls from 2026-01-01 to 2026-03-31 and read the 5
 * most recent." When reading stopped early because older calls could not change which calls were
 * analysed, it says so and from when the calls were not read.
 */
export function describeCallsRead(
  result: Pick<AnswerAccount, 'matchedCallCount' | 'callsAnalyzed' | 'window' | 'coverage'>,
): string {
  const read = result.callsAnalyzed.length;
  if (!result.coverage.complete) {
    const from = result.coverage.scannedFrom.slice(0, 16).replace('T', ' ');
    return (
      `Read the ${read === 1 ? 'most recent' : `${read} most recent`} of at least ` +
      `${countOf(result.matchedCallCount, 'matching call')}; calls before ${from} UTC were not read ` +
      '(they could not change which calls were analysed).'
    );
  }
  const from = result.window.fromDateTime.slice(0, 10);
  const to = result.window.toDateTime.slice(0, 10);
  const found = `Found ${countOf(result.matchedCallCount, 'call')} from ${from} to ${to}`;
  if (read === 0) return `${found}.`;
  if (read === result.matchedCallCount) return `${found} and read ${read === 1 ? 'it' : 'all of them'}.`;
  return `${found} and read the ${read === 1 ? 'most recent one' : `${read} most recent`}.`;
}

/** `[`, `]`, `(`, `)` and `*` would turn a call title into Markdown syntax. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]()*_`])/g, '\\$1');
}

/**
 * The answer as Markdown for the run's current details in the Temporal Web UI: the question, the
 * answer, its numbered sources as links, and how it was answered, so operators read it without
 * unescaping JSON.
 */
export function answerMarkdown(customerName: string, question: string, result: AnswerAccount): string {
  const sources = result.citations.map(
    (call, index) =>
      `${index + 1}. [${escapeMarkdown(call.title)}](${encodeURI(call.url).replace(/[()]/g, encodeURIComponent)}) (${call.started.slice(0, 10)})`,
  );
  const markdown = [
    `**${escapeMarkdown(question)}** (about "${escapeMarkdown(customerName)}")`,
    '',
    result.answer,
    ...(sources.length > 0 ? ['', '**Sources**', '', ...sources] : []),
    '',
    `_${describeCallsRead(result)} ${describeAnsweredBy(result)}_`,
  ].join('\n');
  return markdown.length <= MAX_DETAILS_CHARS
    ? markdown
    : `${markdown.slice(0, MAX_DETAILS_CHARS - 40)}\n\n_(cut: see the run's result)_`;
}
