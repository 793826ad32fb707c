/**
 * A question as a rep types it, read as meant: chat short forms spelled out ("whats next w acme" →
 * "what is next with acme") and a misspelt question word corrected ("any conditons" → "any
 * conditions"). Pure: the English dictionary and the names not to touch are given, so the answerer
 * applies it with its English model and the question shown to the user stays as typed; workflow
 * code, which cannot load that model, reads a question with the table of typed forms alone.
 */
import { KIND_WORDS, kindOfQuestion, type QuestionKind } from './question-kind';

/** What {@link meantQuestion} knows of words. */
export interface QuestionWords {
  /** Words a question asks with (see {@link questionVocabulary}): a misspelt word is corrected to one of them. */
  vocabulary: ReadonlySet<string>;
  /** True for a lowercase word of the English dictionary: never corrected. */
  isEnglish: (word: string) => boolean;
  /** True for a lowercase word of the customer's or its people's names: never touched. */
  isName: (word: string) => boolean;
  /** The stem a word's forms share ("renew", "renewal" → "renew"). */
  stemOf: (word: string) => string;
}

/** Verbs typed with their g dropped ("lookin at anyone else", "talkin' to"), as meant. */
const DROPPED_G: readonly string[] = [
  'looking',
  'talking',
  'going',
  'doing',
  'thinking',
  'getting',
  'feeling',
  'working',
  'considering',
  'planning',
];

/**
 * Words as reps type them, lowercase, with what they mean: chat short forms, months typed short,
 * apostrophe-less contractions, a dropped g and the commonest misspelling. The one table of them:
 * it needs no dictionary, so workflow code reads a question with it as the answerer does.
 */
const TYPED_FORMS: ReadonlyMap<string, string> = new Map([
  ['w', 'with'],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['b/w', 'between'],
  ['abt', 'about'],
  ['bout', 'about'],
  ['r', 'are'],
  ['u', 'you'],
  ['ur', 'your'],
  ['n', 'and'],
  ['b4', 'before'],
  ['bc', 'because'],
  ['b/c', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['tho', 'though'],
  ['thru', 'through'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['rn', 'right now'],
  ['atm', 'at the moment'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['ppl', 'people'],
  ['mtg', 'meeting'],
  ['mtgs', 'meetings'],
  ['convo', 'conversation'],
  ['nxt', 'next'],
  ['sth', 'something'],
  ['smth', 'something'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['mins', 'minutes'],
  ['approx', 'approximately'],
  ['esp', 'especially'],
  ['exec', 'executive'],
  ['execs', 'executives'],
  ['mgr', 'manager'],
  ['mgmt', 'management'],
  ['req', 'requirement'],
  ['reqs', 'requirements'],
  ['impl', 'implementation'],
  ['jan', 'January'],
  ['feb', 'February'],
  ['apr', 'April'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['aug', 'August'],
  ['sep', 'September'],
  ['sept', 'September'],
  ['oct', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
  ['eoy', 'end of the year'],
  ['eoq', 'end of the quarter'],
  ['eom', 'end of the month'],
  ['whats', "what's"],
  ['hows', "how's"],
  ['whos', "who's"],
  ['wheres', "where's"],
  ['whens', "when's"],
  ['thats', "that's"],
  ['theyre', "they're"],
  ['theyve', "they've"],
  ['theyll', "they'll"],
  ['dont', "don't"],
  ['didnt', "didn't"],
  ['doesnt', "doesn't"],
  ['isnt', "isn't"],
  ['arent', "aren't"],
  ['wasnt', "wasn't"],
  ['werent', "weren't"],
  ['havent', "haven't"],
  ['hasnt', "hasn't"],
  ['cant', "can't"],
  ['wont', "won't"],
  ['wouldnt', "wouldn't"],
  ['couldnt', "couldn't"],
  ['shouldnt', "shouldn't"],
  ['thier', 'their'],
  ...DROPPED_G.flatMap((meant) => {
    const typed = meant.slice(0, -1);
    return [
      [typed, meant],
      [`${typed}'`, meant],
    ] as const;
  }),
]);

/**
 * Acronyms of a sales call a question uses where the calls often spell them out: kept, with their
 * long form after them ("GA" → "GA (general availability)"), so either is found.
 */
const ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['GA', 'general availability'],
  ['POC', 'proof of concept'],
  ['EOL', 'end of life'],
]);

/**
 * Words reps ask with beyond the kinds' own words and the sales lexicon: the question and function
 * words most often mistyped ("thier", "whihc"), and the subjects of a sales call.
 */
const QUESTION_WORDS: readonly string[] = [
  'what',
  'when',
  'where',
  'which',
  'who',
  'whose',
  'why',
  'how',
  'their',
  'there',
  'they',
  'about',
  'with',
  'from',
  'before',
  'after',
  'anyone',
  'anything',
  'someone',
  'something',
  'else',
  'still',
  'already',
  'looking',
  'feeling',
  'going',
  'happened',
  'agreed',
  'signed',
  'signing',
  'closing',
  'insist',
  'condition',
  'procurement',
  'security',
  'compliance',
  'privacy',
  'legal',
  'terms',
  'pilot',
  'onboarding',
  'training',
  'implementation',
  'stakeholder',
  'executive',
  'meeting',
  'proposal',
  'signature',
  'status',
  'system',
  'vendor',
];

/** Letters of a word that may be corrected: shorter ones are too often a name or another word. */
const MIN_CORRECTED_LENGTH = 5;

/**
 * The words a question is asked with: `lexicon` (the sales lexicon's words), the kinds' own
 * words and {@link QUESTION_WORDS}, each with its plural, so "conditons" is one letter from
 * "conditions".
 */
export function questionVocabulary(lexicon: Iterable<string>): Set<string> {
  const words = [...lexicon, ...Object.values(KIND_WORDS).flat(), ...QUESTION_WORDS]
    .flatMap((phrase) => phrase.toLowerCase().split(/[\s-]+/))
    .filter((word) => /^\p{L}+$/u.test(word));
  return new Set(words.flatMap((word) => [word, pluralOf(word)]));
}

/** The regular plural of a noun: "worry" → "worries", "tax" → "taxes", "risk" → "risks". */
function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A word, a short form (`w/o`) or a contraction as typed; numbers and codes are tokens too. */
const TOKEN = /[\p{L}\p{N}]+(?:['’/][\p{L}\p{N}]*)*/gu;

/**
 * `question` as meant: each typed form of {@link TYPED_FORMS} spelled out, and each word unknown to
 * the English dictionary that is one letter (added, left out, changed, or two swapped) from exactly
 * one word of the vocabulary replaced by it. Proper nouns (capitalised past the first word), acronyms, numbers
 * and the customer's and people's names are left as typed; so is the rest of the text.
 */
export function meantQuestion(question: string, words: QuestionWords): string {
  const first = question.search(/[\p{L}\p{N}]/u);
  return question.replace(TOKEN, (token: string, offset: number) =>
    meantWord(token, offset === first, words),
  );
}

function meantWord(token: string, atStart: boolean, words: QuestionWords): string {
  const lower = token.toLowerCase().replace(/’/g, "'");
  // "Whats next" opens a question in sentence case; "Ingrid" or "IT" further on is a name or an acronym.
  const sentenceCase = atStart && token === lower.charAt(0).toUpperCase() + lower.slice(1);
  const acronym = ACRONYMS.get(token);
  if (acronym !== undefined) return `${token} (${acronym})`;
  if (token !== lower && !sentenceCase) return token;
  if (words.isName(lower)) return token;
  const meant = TYPED_FORMS.get(lower) ?? correction(lower, words);
  if (meant === undefined) return token;
  return sentenceCase ? meant.charAt(0).toUpperCase() + meant.slice(1) : meant;
}

/**
 * The one vocabulary word `word` is a typo of, if it is not a word itself. Forms of one word count
 * as one ("renewl" is near "renew" and "renewal"): the longest is taken, a letter left out being
 * the commonest slip.
 */
function correction(word: string, words: QuestionWords): string | undefined {
  if (word.length < MIN_CORRECTED_LENGTH || !/^\p{L}+$/u.test(word)) return undefined;
  if (words.vocabulary.has(word) || words.isEnglish(word)) return undefined;
  const near = [...words.vocabulary].filter((known) => oneEditApart(word, known));
  if (new Set(near.map(words.stemOf)).size !== 1) return undefined;
  return near.reduce((longest, known) => (known.length > longest.length ? known : longest));
}

/** True when one letter added, left out or changed, or two neighbours swapped, turn `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (a[start] === b[start]) start += 1;
  if (a.length === b.length) {
    const rest = (from: number) => a.slice(from) === b.slice(from);
    const swapped = a[start] === b[start + 1] && a[start + 1] === b[start] && rest(start + 2);
    return rest(start + 1) || swapped;
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(start + 1) === shorter.slice(start);
}

/** The table alone: no word is taken for a name, none is corrected (every word counts as English). */
const TABLE_ONLY: QuestionWords = {
  vocabulary: new Set(),
  isEnglish: () => true,
  isName: () => false,
  stemOf: (word) => word,
};

/**
 * The kind of `question` as typed, read with the table of typed forms alone: for the workflow's and
 * the registry's summaries, whose sandbox cannot load the English dictionary that corrects
 * misspellings. It is the answerer's kind but for a misspelt word only the dictionary corrects.
 */
export function kindOfTypedQuestion(question: string): QuestionKind {
  return kindOfQuestion(meantQuestion(question, TABLE_ONLY));
}
