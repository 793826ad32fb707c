import { stripFormatCharacters } from '../matching/normalize-name';

/**
 * Turns free text into comparable search terms for the extractive answerer: lowercase, accents
 * stripped, stop words dropped, light suffix stemming, and words of one meaning folded onto one
 * term. Words that are related but distinct ("budget" and "price") stay distinct terms, so a
 * question about both is answered on both; {@link relatedTerms} links them for ranking.
 */

const STOP_WORDS = new Set(
  (
    'a about after all also am an and any anything are as at be been before but by call calls came can come ' +
    'could customer did discuss discussed do does each else for from get got had has have how i if in into ' +
    'happen happened is it its know latest let many me meeting meetings mention mentioned more most much my ' +
    'new no not of on or our over recent recently say said says should show showed shown so some stand ' +
    'status tell than that the their them then there these they thing things this those to up us want ' +
    'wanted wants was we were what when where which who why will with would you your'
  ).split(' '),
);

/** Words with one meaning in sales talk; the first word of each group names the term. */
const SAME_MEANING: readonly (readonly string[])[] = [
  ['price', 'pricing', 'priced', 'prices'],
  ['competitor', 'competition', 'competitive', 'competing', 'competitors'],
  ['integration', 'integrate', 'integrations', 'integrating', 'connector', 'connectors'],
  ['negotiation', 'negotiate', 'negotiating', 'negotiations'],
  ['renewal', 'renew', 'renews', 'renewed', 'renewing'],
  ['security', 'secure'],
  ['timeline', 'timing', 'timelines'],
  ['evaluation', 'evaluate', 'evaluating', 'evaluated'],
  ['discount', 'discounts', 'discounted'],
  ['require', 'requires', 'required', 'requirement', 'requirements', 'need', 'needs', 'needed'],
  ['compare', 'compared', 'comparing', 'comparison'],
  ['demo', 'demoed', 'demos', 'demonstration', 'demonstrated'],
];

/** Words that are about the same subject without meaning the same: they help rank, not cover. */
const RELATED: readonly (readonly string[])[] = [
  ['price', 'cost', 'discount', 'quote', 'expensive', 'cheaper', 'budget', 'fee', 'proposal', 'seat'],
  ['budget', 'spend', 'cfo', 'afford', 'fund'],
  ['security', 'compliance', 'soc', 'gdpr', 'hipaa', 'sso', 'privacy', 'encryption', 'residency', 'nda'],
  ['timeline', 'deadline', 'schedule', 'go', 'live', 'quarter', 'rollout'],
  [
    'competitor',
    'alternative',
    'evaluation',
    'compare',
    'cheaper',
    'tableau',
    'looker',
    'qlik',
    'thoughtspot',
  ],
  ['compare', 'competitor', 'cheaper', 'alternative'],
  ['integration', 'api', 'sync', 'backfill'],
  ['negotiation', 'discount', 'term', 'procurement', 'legal', 'contract'],
  ['renewal', 'contract', 'seat', 'expansion'],
  ['next', 'step', 'follow', 'action'],
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

const TERM_OF = new Map<string, string>(
  SAME_MEANING.flatMap((group) => group.map((word) => [stem(word), stem(group[0] ?? word)] as const)),
);

/** The term a single word stands for. */
function termOf(word: string): string {
  const stemmed = stem(word);
  return TERM_OF.get(stemmed) ?? stemmed;
}

const RELATED_TERMS = new Map<string, Set<string>>();
for (const group of RELATED) {
  const [head, ...others] = group.map(termOf);
  if (!head) continue;
  const related = RELATED_TERMS.get(head) ?? new Set<string>();
  for (const other of others) if (other !== head) related.add(other);
  RELATED_TERMS.set(head, related);
}

/** Lowercase, accent-free words of a text, in order, including stop words; invisible characters do not split a word. */
export function words(text: string): string[] {
  return stripFormatCharacters(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\d/.test(word));
}

/** The words of a text that carry meaning: stop words removed, still in their surface form. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

/** The distinct search terms of a text, stemmed and with words of one meaning folded together. */
export function searchTerms(text: string): Set<string> {
  return new Set(contentWords(text).map(termOf));
}

/** A question's distinct terms, each with the word the user wrote, in the order written. */
export function questionTerms(question: string): { term: string; word: string }[] {
  const seen = new Set<string>();
  return contentWords(question).flatMap((word) => {
    const term = termOf(word);
    if (seen.has(term)) return [];
    seen.add(term);
    return [{ term, word }];
  });
}

/** Terms about the same subject as `term` ("budget" and "discount" for "price"); empty when none. */
export function relatedTerms(term: string): ReadonlySet<string> {
  return RELATED_TERMS.get(term) ?? new Set();
}
