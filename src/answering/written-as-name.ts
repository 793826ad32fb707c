import { wordsOf } from './language/english';
import { wholeWord } from './whole-word';

/** Nouns that open a sentence capitalised without naming anything: "Thanks.", "Right, so", "Log-in goes...". */
const OPENING_NOUNS = new Set([
  'thanks',
  'right',
  'time',
  'sign',
  'log',
  'morning',
  'afternoon',
  'question',
  'note',
  'point',
]);

/**
 * True when `word` is written in `text` as a name somewhere: with a capital or a digit inside it
 * ("ezyVet", "JumpCloud", "G3"), with a capital where no sentence begins ("then Medallia for
 * surveys"), or, unless `sentenceOpening` is false, opening a sentence when, lowercased, it is
 * still a noun ("Zendesk is on their shortlist", not "Good. I'm glad"). Written in capitals only
 * ("SSO", "CFO") it is a name only with `acronyms`.
 */
export function isWrittenAsName(
  text: string,
  word: string,
  { acronyms = true, sentenceOpening = true }: { acronyms?: boolean; sentenceOpening?: boolean } = {},
): boolean {
  return [...text.matchAll(wholeWord(word, 'giu', '\\p{L}\\p{N}'))].some((match) => {
    const written = match[0];
    if (!/^\p{Lu}|\d/u.test(written)) return /.\p{Lu}/u.test(written);
    if (written.length > 1 && written === written.toUpperCase() && /\p{L}/u.test(written)) return acronyms;
    if (/.\p{Lu}|\d/u.test(written)) return true;
    const before = text.slice(0, match.index).trimEnd();
    if (before !== '' && !/[.!?:;"“(\n]$/.test(before)) return true;
    if (!sentenceOpening) return false;
    const lower = written.toLowerCase();
    return !OPENING_NOUNS.has(lower) && wordsOf(lower).every((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  });
}
