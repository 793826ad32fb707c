/**
 * Turns free text into comparable search terms for the extractive answerer: lowercase, accents
 * stripped, stop words dropped, light suffix stemming, and sales synonyms folded onto one term.
 */

const STOP_WORDS = new Set(
  (
    'a about after all also am an and any are as at be been before but by call calls came can come could did ' +
    'discuss discussed do does for from had has have how i if in into is it its me mention mentioned my ' +
    'no not of on or our say said should so tell than that the their them then there these they this ' +
    'those to up us was we were what when where which who why will with would you your'
  ).split(' '),
);

/** Words that sales teams use interchangeably; the first word of each group names the group. */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['price', 'pricing', 'cost', 'budget', 'discount', 'expensive'],
  ['security', 'compliance', 'soc', 'gdpr', 'hipaa', 'sso', 'privacy', 'encryption'],
  ['timeline', 'timing', 'deadline', 'schedule'],
  ['competitor', 'competition', 'competitive'],
  ['integration', 'integrate', 'api', 'connector'],
];

/** Strips plural, `-ing` and `-ed` endings so "prices", "pricing" and "priced" meet on one stem. */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // "requirement" and "requires" meet on "requir".
  if (w.length > 8 && w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  // "planning" → "plann" → "plan", so the doubled consonant left by -ing/-ed does not split stems.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !w.endsWith('ss') && !w.endsWith('ll')) w = w.slice(0, -1);
  // "price" and "pric(ing)" must agree, so a trailing silent e is dropped on longer words.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const SYNONYM_OF = new Map<string, string>(
  SYNONYM_GROUPS.flatMap((group) => group.map((word) => [stem(word), stem(group[0] ?? word)] as const)),
);

/** Lowercase, accent-free words of a text, in order, including stop words. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/** The words of a text that carry meaning: stop words removed, still in their surface form. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

/** The distinct search terms of a text, stemmed and with synonyms folded together. */
export function searchTerms(text: string): Set<string> {
  return new Set(
    contentWords(text).map((word) => {
      const stemmed = stem(word);
      return SYNONYM_OF.get(stemmed) ?? stemmed;
    }),
  );
}
