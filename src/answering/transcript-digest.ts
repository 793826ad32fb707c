import type { CallTranscript } from '../gong/call-transcript';
import { DATED } from './dated-text';
import { sentimentOf } from './language/english';
import { stemsOf } from './passage-ranking';

/** A sentence of a transcript chosen to say what a call Gong has not summarised was about. */
export interface DigestSentence {
  text: string;
  /** Who said it, when Gong knows. */
  speaker: string | null;
}

/** Sentences a digest quotes at most, and their characters in all. */
const MAX_SENTENCES = 5;
const MAX_CHARACTERS = 900;
/** Words a sentence needs to state anything ("A few questions." states nothing). */
const MIN_WORDS = 5;
/** A sentence longer than this is rambling speech, not a statement worth quoting whole. */
const MAX_SENTENCE_CHARACTERS = 280;

/** A sentence that opens on a pronoun, which names what the sentence before it named. */
const OPENS_ON_A_PRONOUN = /^(they|it|he|she|this|that|these|those)\b/i;

/** Words in `text`. */
function wordsIn(text: string): number {
  return text.split(/\s+/).length;
}

/** How strongly a sentence must read as liked or disliked to say how a call went. */
const FELT = 0.5;

/** A number written out: "seven years", "a dozen seats". */
const NUMBER_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|half)\b/i;

/**
 * How much a sentence states: a figure or a date, the names it holds (capitalised words after its
 * first, "Ethos API", "Banner 9"), and the question's words. Small talk scores nothing.
 */
function informationOf(text: string, asking: ReadonlySet<string>, felt: boolean): number {
  const words = text.split(/\s+/);
  if (words.length < MIN_WORDS || text.length > MAX_SENTENCE_CHARACTERS) return 0;
  // Asked how a call went, a sentence that reads clearly liked or disliked says it ("the test looks good so far").
  const feeling = felt && Math.abs(sentimentOf(text)) >= FELT ? 2 : 0;
  const names = words.slice(1).filter((word) => /^[A-Z][\p{L}\d&-]*|^[A-Z]{2,}/u.test(word) && word !== 'I');
  // "today" or "next week" alone is small talk; a figure, or a date with a number word, states something.
  const figures = /\d/.test(text) ? 2 : (DATED.test(text) ? 1 : 0) + (NUMBER_WORD.test(text) ? 1 : 0);
  const asked = stemsOf(text).filter((stem) => asking.has(stem)).length;
  return figures + Math.min(names.length, 3) + 2 * asked + feeling;
}

/**
 * What a call Gong has not summarised was about, from its transcript: the sentences that state the
 * most (figures, dates, names, the words asked and, with `felt`, how it went), in spoken order,
 * within a small budget. Quoted word for word; empty when nothing said states anything.
 */
export function transcriptDigest(
  transcript: CallTranscript | undefined,
  asking: ReadonlySet<string> = new Set(),
  { felt = false }: { felt?: boolean } = {},
): DigestSentence[] {
  const sentences = transcript?.sentences ?? [];
  const scored = sentences
    .map((sentence, order) => {
      const text = sentence.text.trim();
      // "The league came back. They want a data processing addendum.": a sentence opening on a
      // pronoun goes on about the speaker's sentence before, and bears on what that one names.
      const before = sentences[order - 1];
      const goesOn = before?.speakerId === sentence.speakerId && OPENS_ON_A_PRONOUN.test(text);
      const context = goesOn && before ? before.text.trim() : '';
      const named = stemsOf(context).filter((stem) => asking.has(stem)).length;
      const score =
        informationOf(text, asking, felt) + (named > 0 && wordsIn(text) >= MIN_WORDS ? 2 * named : 0);
      return {
        text,
        speaker: sentence.speakerName,
        order,
        score,
        before: named > 0 ? context : null,
      };
    })
    .filter((sentence) => sentence.score >= 2);
  const chosen: typeof scored = [];
  let characters = 0;
  for (const sentence of [...scored].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (characters + sentence.text.length > MAX_CHARACTERS) continue;
    chosen.push(sentence);
    characters += sentence.text.length;
  }
  // A sentence that goes on from one before is quoted with it, as one quote.
  const quoted = new Set(chosen.map((sentence) => sentence.order));
  const digest: DigestSentence[] = [];
  for (const { text, speaker, before, order } of chosen.sort((a, b) => a.order - b.order)) {
    const last = digest.at(-1);
    if (before !== null && quoted.has(order - 1) && last) last.text = `${last.text} ${text}`;
    else digest.push({ text: before === null ? text : `${before} ${text}`, speaker });
  }
  return digest;
}
