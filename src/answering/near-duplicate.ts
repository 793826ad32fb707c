import { stripFormatCharacters } from '../matching/normalize-name';

/** Share of shared words above which two passages say the same thing. */
const SAME_WORDS_SHARE = 0.75;
/** Share of shared words above which two passages with the same figures state the same fact. */
const SAME_FACT_WORDS_SHARE = 0.25;

/** The figures of a text ("20%", "$23,000", "48"): passages with different figures are different facts. */
function figures(text: string): string {
  return [...text.matchAll(/\d[\d,.]*/g)]
    .map((match) => match[0].replace(/[,.]$/, ''))
    .sort()
    .join(' ');
}

/** Lowercase, accent-free words of a text, single letters included ("team b" is not "team c"). */
function words(text: string): string[] {
  return stripFormatCharacters(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The same text once case, accents, punctuation and spacing are ignored. */
export function sameText(a: string, b: string): boolean {
  return words(a).join(' ') === words(b).join(' ');
}

/**
 * True when `candidate` adds nothing to `quoted`: the same figures and mostly the same words, or
 * nearly all its words already in `quoted`. Used so an answer never quotes a passage and its near
 * copy.
 */
export function isNearDuplicate(candidate: string, quoted: string): boolean {
  const mine = new Set(words(candidate));
  const theirs = new Set(words(quoted));
  const shared = [...mine].filter((word) => theirs.has(word)).length;
  if (mine.size > 0 && shared / mine.size >= 0.9 && figuresWithin(candidate, quoted)) return true;
  const similarity = shared / (mine.size + theirs.size - shared);
  const sameFigures = figures(candidate) === figures(quoted);
  // Two passages with the same two or more figures report the same fact, however it is worded.
  if (sameFigures && figures(candidate).split(' ').length >= 2 && similarity >= SAME_FACT_WORDS_SHARE) {
    return true;
  }
  return sameFigures && similarity >= SAME_WORDS_SHARE;
}

/** True when every figure of `candidate` also appears in `quoted`. */
function figuresWithin(candidate: string, quoted: string): boolean {
  const theirs = new Set(figures(quoted).split(' '));
  return figures(candidate)
    .split(' ')
    .every((figure) => figure === '' || theirs.has(figure));
}
