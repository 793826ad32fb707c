import type { CallContent } from '../gong/call-content';

/** A verbatim piece of one call's AI content that can be quoted on its own. */
export interface CallPassage {
  call: CallContent;
  /** Position of the call in the analysed list, for a stable tie-break. */
  callIndex: number;
  /** Position of the passage within its call, for a stable tie-break. */
  order: number;
  /** The quotable text, exactly as Gong wrote it. */
  text: string;
  /** Words that frame the passage without being quoted, e.g. its outline section title. */
  context: string;
}

/** Splits a brief into sentences; Gong briefs are short prose paragraphs. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Every quotable passage of a call, in reading order: brief, outline, highlights, key points, outcome, action items. */
export function callPassages(call: CallContent, callIndex: number): CallPassage[] {
  const pieces: { text: string; context: string }[] = [
    ...sentences(call.brief ?? '').map((text) => ({ text, context: '' })),
    ...call.outline.flatMap((section) => section.items.map((text) => ({ text, context: section.title }))),
    ...call.highlights.flatMap((section) => section.items.map((text) => ({ text, context: section.title }))),
    ...call.keyPoints.map((text) => ({ text, context: '' })),
    ...(call.callOutcome
      ? [{ text: call.callOutcome.name, context: `call outcome ${call.callOutcome.category ?? ''}` }]
      : []),
    ...(call.pointsOfInterest?.actionItems ?? []).map((text) => ({ text, context: 'action item' })),
  ];
  return pieces
    .map((piece) => ({ ...piece, text: piece.text.trim() }))
    .filter((piece) => piece.text.length > 0)
    .map((piece, order) => ({ call, callIndex, order, ...piece }));
}
