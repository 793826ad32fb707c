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
  const scored = (transcript?.sentences ?? [])
    .map((sentence, order) => ({
      text: sentence.text.trim(),
      speaker: sentence.speakerName,
      order,
      score: informationOf(sentence.text.trim(), asking, felt),
    }))
    .filter((sentence) => sentence.score >= 2);
  const chosen: typeof scored = [];
  let characters = 0;
  for (const sentence of [...scored].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (characters + sentence.text.length > MAX_CHARACTERS) continue;
    chosen.push(sentence);
    characters += sentence.text.length;
  }
  return chosen.sort((a, b) => a.order - b.order).map(({ text, speaker }) => ({ text, speaker }));
}
