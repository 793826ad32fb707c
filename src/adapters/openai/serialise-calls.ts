import type { CallContent, CallParticipant, ContentSection } from '../../gong/call-content-model';
import type { CallTranscript } from '../../gong/call-transcript';
import { callDate } from '../../answering/call-date';
import type { CallPassage } from '../../answering/call-passages';

/** Opening delimiter of the call data in a prompt; everything up to the closing one is untrusted. */
export const UNTRUSTED_DATA_OPEN = '<untrusted_call_data>';
/** Closing delimiter of the call data in a prompt. */
export const UNTRUSTED_DATA_CLOSE = '</untrusted_call_data>';

const TRUNCATED = '[truncated]';

/**
 * Call content comes from customers' words, so it may contain text shaped like our delimiters;
 * escaping angle brackets means no data can close the untrusted block and pose as instructions.
 */
function escapeData(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function describeParticipant(participant: CallParticipant): string {
  const name = participant.name ?? participant.emailAddress ?? 'unknown';
  const details = [
    participant.title,
    participant.affiliation,
    ...participant.crmAccounts.map((account) => `account ${account}`),
  ].filter((detail): detail is string => Boolean(detail));
  return details.length > 0 ? `${name} (${details.join(', ')})` : name;
}

function sectionLines(label: string, sections: ContentSection[]): string[] {
  return sections.flatMap((section) => [
    `${label} - ${section.title}:`,
    ...section.items.map((item) => `- ${item}`),
  ]);
}

function listLines(label: string, items: string[]): string[] {
  return items.length > 0 ? [`${label}:`, ...items.map((item) => `- ${item}`)] : [];
}

/** What was said, one line per speaker turn: `Name: words`. */
function transcriptLines(transcript: CallTranscript | undefined): string[] {
  if (!transcript || transcript.sentences.length === 0) return [];
  const turns: { speaker: string; texts: string[] }[] = [];
  for (const sentence of transcript.sentences) {
    const speaker = sentence.speakerName ?? 'unknown speaker';
    const last = turns.at(-1);
    if (last && last.speaker === speaker) last.texts.push(sentence.text);
    else turns.push({ speaker, texts: [sentence.text] });
  }
  return ['transcript:', ...turns.map((turn) => `${turn.speaker}: ${turn.texts.join(' ')}`)];
}

/**
 * The call's content as short labelled lines, most useful first so truncation drops the least
 * useful: the transcript, when given, comes last.
 */
function callLines(call: CallContent, transcript?: CallTranscript): string[] {
  const outcome = call.callOutcome;
  return [
    `title: ${call.title}`,
    `date: ${callDate(call.started)}`,
    ...(call.participants.length > 0
      ? [`participants: ${call.participants.map(describeParticipant).join('; ')}`]
      : []),
    ...(call.brief ? [`brief: ${call.brief}`] : []),
    ...listLines('key points', call.keyPoints),
    ...sectionLines('outline', call.outline),
    ...sectionLines('highlights', call.highlights),
    ...(outcome ? [`outcome: ${outcome.name}${outcome.category ? ` (${outcome.category})` : ''}`] : []),
    ...listLines('action items', call.pointsOfInterest?.actionItems ?? []),
    ...transcriptLines(transcript),
  ].map(escapeData);
}

/** The opening tag of the call numbered `label`; the model cites calls by these numbers. */
function openTag(label: string): string {
  return `<call number="${label}">`;
}

/** Calls as a prompt shows them: the whole block, and each call's part of it. */
export interface SerialisedCalls {
  block: string;
  /** Each call's text as the model is shown it, by call id: what a claim citing the call is checked against. */
  byCall: Map<string, string>;
}

/** `parts` (one per call, in order) inside the untrusted-data delimiters. */
function delimited(calls: readonly CallContent[], parts: readonly string[]): SerialisedCalls {
  return {
    block: [UNTRUSTED_DATA_OPEN, ...parts, UNTRUSTED_DATA_CLOSE].join('\n'),
    byCall: new Map(calls.map((call, index) => [call.callId, parts[index] ?? ''])),
  };
}

/**
 * Serialises calls compactly inside the untrusted-data delimiters, numbered `1`..`n` in the given
 * order. A call's transcript, when given, follows its AI content.
 */
export function serialiseCalls(
  calls: CallContent[],
  transcripts: readonly CallTranscript[] = [],
): SerialisedCalls {
  const transcriptOf = new Map(transcripts.map((t) => [t.callId, t]));
  return delimited(
    calls,
    calls.map((call, index) =>
      [openTag(String(index + 1)), ...callLines(call, transcriptOf.get(call.callId)), '</call>'].join('\n'),
    ),
  );
}

/** A call's identifying lines, each cut to a share of `budget` so a long participant list cannot fill it. */
function headerLines(call: CallContent, budget: number): string[] {
  const lines = callLines(call).slice(0, call.participants.length > 0 ? 3 : 2);
  return lines.map((line) => (line.length > budget ? `${line.slice(0, budget)}${TRUNCATED}` : line));
}

/**
 * Serialises only the chosen passages of each call, after its title, date and participants, in the
 * order given (most relevant first): what a model sees when the whole content does not fit.
 */
export function serialiseExcerpts(
  calls: CallContent[],
  passages: readonly CallPassage[],
  headerBudget: number,
): SerialisedCalls {
  return delimited(
    calls,
    calls.map((call, index) => {
      const excerpts = passages.filter((passage) => passage.call.callId === call.callId).map(passageLine);
      return [
        openTag(String(index + 1)),
        ...headerLines(call, headerBudget),
        ...(excerpts.length > 0 ? ['excerpts, most relevant first:', ...excerpts] : []),
        '</call>',
      ].join('\n');
    }),
  );
}

/** One passage as a list line: `- (section) text`, or `- Speaker: words` for a transcript. */
export function passageLine(passage: CallPassage): string {
  const frame =
    passage.source === 'transcript'
      ? `${passage.speaker ?? 'unknown speaker'}: `
      : passage.context
        ? `(${passage.context}) `
        : '';
  return escapeData(`- ${frame}${passage.text}`);
}
