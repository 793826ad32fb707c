import type { CallContent } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';

/** A verbatim piece of one call's AI content or transcript that can be quoted on its own. */
export interface CallPassage {
  call: CallContent;
  /** Position of the call in the analyzed list, for a stable tie-break. */
  callIndex: number;
  /** Position of the passage within its call, for a stable tie-break. */
  order: number;
  /** The quotable text, exactly as Gong wrote it or as it was said. */
  text: string;
  /** Words that frame the passage without being quoted, e.g. its outline section title. */
  context: string;
  /** Who said it, for a transcript passage whose speaker Gong knows; null for AI content. */
  speaker: string | null;
  source: 'content' | 'transcript';
}

/**
 * Where a sentence ends: after . ! or ?, but not after a title or a short form ("Dr. Amadi",
 * "Acme Inc. signed", "e.g. Snowflake").
 */
const SENTENCE_END =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|approx|No)\.)(?<=[.!?])\s+/;

/** Splits a brief into sentences; Gong briefs are short prose paragraphs. */
export function briefSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Every quotable passage of a call, in reading order: brief, outline, highlights, key points, outcome, action items. */
function callPassages(call: CallContent, callIndex: number): CallPassage[] {
  const pieces: { text: string; context: string }[] = [
    ...briefSentences(call.brief ?? '').map((text) => ({ text, context: '' })),
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
    .map((piece, order) => ({ call, callIndex, order, ...piece, speaker: null, source: 'content' as const }));
}

/** Sentences quoted together from one speaker's turn: enough to be understood, short enough to read. */
const SENTENCES_PER_TRANSCRIPT_PASSAGE = 2;
/** Sentences quoted together from a reply to what our side asked. */
const SENTENCES_PER_REPLY = 4;

/**
 * The quotable passages of a call's transcript: each speaker's turn, cut into runs of at most two
 * sentences. Their order follows the AI content's, so content passages win ties.
 */
function transcriptPassages(call: CallContent, callIndex: number, transcript: CallTranscript): CallPassage[] {
  // Our side's questions ("Anything still worrying you?") ask; they state nothing to quote.
  const ours = new Set(
    call.participants.filter((p) => p.affiliation === 'Internal').map((p) => p.name ?? p.emailAddress),
  );
  const turns: { speaker: string | null; topic: string | null; texts: string[]; limit: number }[] = [];
  for (const sentence of transcript.sentences) {
    const last = turns.at(-1);
    const sameTurn =
      last &&
      last.speaker === sentence.speakerName &&
      last.topic === sentence.topic &&
      last.texts.length < last.limit;
    if (sameTurn) last.texts.push(sentence.text.trim());
    else {
      // A reply to our question is quoted whole, up to a few sentences: its point often comes second.
      const replies =
        last !== undefined &&
        ours.has(last.speaker) &&
        !ours.has(sentence.speakerName) &&
        (last.texts.at(-1) ?? '').endsWith('?');
      turns.push({
        speaker: sentence.speakerName,
        topic: sentence.topic,
        texts: [sentence.text.trim()],
        limit: replies ? SENTENCES_PER_REPLY : SENTENCES_PER_TRANSCRIPT_PASSAGE,
      });
    }
  }
  const joined = turns.map((turn) => ({ ...turn, text: turn.texts.filter((t) => t.length > 0).join(' ') }));
  const asksUs = (turn: (typeof joined)[number] | undefined) =>
    turn !== undefined && ours.has(turn.speaker) && turn.text.endsWith('?');
  // A reply answers what our side just asked ("Anything still worrying you?" / "Training. My
  // supervisors are stretched."): the question frames it, as an outline title frames an item, up to
  // the end of the reply.
  let askedOf = '';
  const framed = joined.map((turn, index) => {
    const previous = joined[index - 1];
    if (asksUs(previous)) askedOf = ours.has(turn.speaker) ? '' : (previous?.text ?? '');
    else if (previous?.speaker !== turn.speaker) askedOf = '';
    return { ...turn, askedOf };
  });
  return framed
    .filter((turn) => turn.text.length > 0 && !asksUs(turn))
    .map((turn, index) => ({
      call,
      callIndex,
      order: 10_000 + index,
      text: turn.text,
      context: [turn.speaker, turn.topic, turn.askedOf].filter(Boolean).join(' '),
      speaker: turn.speaker,
      source: 'transcript' as const,
    }));
}

/** Every quotable passage of the calls and, where read, of their transcripts, call by call. */
export function passagesOfCalls(
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): CallPassage[] {
  return calls.flatMap((call, index) => {
    const transcript = transcripts.get(call.callId);
    return [...callPassages(call, index), ...(transcript ? transcriptPassages(call, index, transcript) : [])];
  });
}
