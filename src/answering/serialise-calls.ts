import type { CallContent, CallParticipant, ContentSection } from '../gong/call-content';
import type { CallTranscript } from '../gong/call-transcript';
import { callDate } from './call-date';

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

/** One call's block, its body cut to `budget` characters so one long call cannot starve the others. */
function serialiseCall(call: CallContent, budget: number, transcript?: CallTranscript): string {
  const body: string[] = [];
  let used = 0;
  for (const line of callLines(call, transcript)) {
    if (used + line.length > budget) {
      const room = budget - used;
      if (room > 0) body.push(line.slice(0, room));
      body.push(TRUNCATED);
      break;
    }
    body.push(line);
    used += line.length + 1;
  }
  return [`<call id="${escapeData(call.callId)}">`, ...body, '</call>'].join('\n');
}

/**
 * Serialises calls compactly inside the untrusted-data delimiters, sharing `maxChars` evenly
 * between calls (each call's body is truncated to its share). A call's transcript, when given,
 * follows its AI content.
 */
export function serialiseCalls(
  calls: CallContent[],
  maxChars: number,
  transcripts: readonly CallTranscript[] = [],
): string {
  const perCall = Math.floor(maxChars / Math.max(calls.length, 1));
  const transcriptOf = new Map(transcripts.map((t) => [t.callId, t]));
  return [
    UNTRUSTED_DATA_OPEN,
    ...calls.map((call) => serialiseCall(call, perCall, transcriptOf.get(call.callId))),
    UNTRUSTED_DATA_CLOSE,
  ].join('\n');
}
