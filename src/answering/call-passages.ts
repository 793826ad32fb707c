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
  /**
   * For a transcript passage: the sentences `from` (inclusive) `to` (exclusive) of the speaker's
   * `turn`, whose sentences are `texts`, so passages of one turn that meet are quoted as one;
   * `reply` when the turn answers what our side asked, so its first sentence is the answer.
   */
  span?: { turn: number; from: number; to: number; texts: readonly string[]; reply: boolean };
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
/** Words of a sentence that only opens what follows ("Two things.", "Here is my condition."). */
const MAX_WORDS_OF_AN_OPENER = 4;

/** Words opening a sentence that refer back to what the sentence before named. */
const OPENS_WITH_A_PRONOUN = /^(they|he|she|it|that|this|those|these|them)\b/i;

/** A speaker's turn: what one person said without anyone else speaking, on one of Gong's topics. */
interface Turn {
  speaker: string | null;
  topic: string | null;
  texts: string[];
  /** It answers what our side just asked: its point often comes in its second or third sentence. */
  reply: boolean;
  /** What our side asked, when it replies. */
  askedOf: string;
}

/** True when `text` says more than a few words ("Two things.", "Got them." say little on their own). */
function substantial(text: string): boolean {
  return text.split(/\s+/).length > MAX_WORDS_OF_AN_OPENER;
}

/**
 * The quotable passages of a call's transcript: runs of a turn's sentences, at most two that say
 * more than a few words (four from the start of a reply to our question), a sentence of a few words
 * riding along. With `overlapping`, a run starts at every sentence, so the one holding a point
 * whole is there to rank ("My one worry is Gothenburg. Anders Holm's team has lived in Qlik...");
 * otherwise the runs follow each other. Our side's questions are not quoted. Their order follows
 * the AI content's, so content passages win ties.
 */
function transcriptPassages(
  call: CallContent,
  callIndex: number,
  transcript: CallTranscript,
  overlapping: boolean,
): CallPassage[] {
  const ours = new Set(
    call.participants.filter((p) => p.affiliation === 'Internal').map((p) => p.name ?? p.emailAddress),
  );
  const turns: Turn[] = [];
  for (const sentence of transcript.sentences) {
    const text = sentence.text.trim();
    if (text.length === 0) continue;
    const last = turns.at(-1);
    if (last && last.speaker === sentence.speakerName && last.topic === sentence.topic) {
      last.texts.push(text);
      continue;
    }
    // A reply answers what our side just asked ("Anything still worrying you?" / "Training. My
    // supervisors are stretched."): the question frames it, as an outline title frames an item.
    const asked = last !== undefined && ours.has(last.speaker) && (last.texts.at(-1) ?? '').endsWith('?');
    const reply = asked && !ours.has(sentence.speakerName);
    turns.push({
      speaker: sentence.speakerName,
      topic: sentence.topic,
      texts: [text],
      reply,
      askedOf: reply ? last.texts.slice(-2).join(' ') : '',
    });
  }
  const passages: CallPassage[] = [];
  turns.forEach((turn, turnIndex) => {
    for (let from = 0; from < turn.texts.length;) {
      const limit = turn.reply && from === 0 ? SENTENCES_PER_REPLY : SENTENCES_PER_TRANSCRIPT_PASSAGE;
      let to = from;
      for (let counted = 0; to < turn.texts.length && counted < limit; to += 1) {
        if (substantial(turn.texts[to] ?? '')) counted += 1;
      }
      const text = turn.texts.slice(from, to).join(' ');
      // "They seemed lukewarm": a run opening with a pronoun is about what the sentence before it names.
      const antecedent = from > 0 && OPENS_WITH_A_PRONOUN.test(text) ? (turn.texts[from - 1] ?? '') : '';
      // Our side's questions ("Anything still worrying you?") ask; they state nothing to quote.
      if (!(ours.has(turn.speaker) && text.endsWith('?'))) {
        passages.push({
          call,
          callIndex,
          order: 10_000 + passages.length,
          text,
          context: [turn.speaker, turn.topic, turn.askedOf, antecedent].filter(Boolean).join(' '),
          speaker: turn.speaker,
          source: 'transcript' as const,
          span: { turn: turnIndex, from, to, texts: turn.texts, reply: turn.reply },
        });
      }
      from = overlapping ? from + 1 : to;
    }
  });
  return passages;
}

/**
 * Every quotable passage of the calls and, where read, of their transcripts, call by call; with
 * `overlapping`, a transcript run starts at every sentence (see {@link transcriptPassages}).
 */
export function passagesOfCalls(
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
  { overlapping = false }: { overlapping?: boolean } = {},
): CallPassage[] {
  return calls.flatMap((call, index) => {
    const transcript = transcripts.get(call.callId);
    return [
      ...callPassages(call, index),
      ...(transcript ? transcriptPassages(call, index, transcript, overlapping) : []),
    ];
  });
}
