import { stripFormatCharacters } from '../matching/normalize-name';
import { withoutLegalSuffix } from '../matching/legal-suffix';
import { isMonthName } from './claim-figures';
import { isEnglishWord, wordsOf } from './language/english';

/**
 * The proper names a claim states and how to find them in a call's text: people, companies,
 * products, acronyms. Names are compared as folded words ("Fairclough's" is `fairclough`, "KPIs"
 * and "KPI" are `kpi`), a multi-word name as consecutive words, so "Dana Jones" is not found in a
 * call naming "Dana Smith" and "Bob Jones".
 */

/** A run of letters and digits, with an apostrophe inside ("O'Brien", "Acme's"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** What may sit between the words of one name: spaces, "-", "&", "/" ("Coca-Cola", "AT&T"). */
const INSIDE_NAME = /^[ \t\-–&/+]*$/;
/** What ends a sentence or clause before a word that is then capitalised for that alone. */
const OPENS_SENTENCE = /(?:^|[.!?:;"“(\n]\s*|^\s*[-*•]\s*)$/;
/** "QBR", "KPIs": capitals only, maybe a plural `s`. */
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
/** Small words an acronym's letters may skip ("ROI" is "return on investment"). */
const SKIPPED_BY_ACRONYMS = new Set(['of', 'on', 'and', 'for', 'the', 'to', 'in', 'a']);

/** A name a claim states: its folded words, and which of them are acronyms. */
export interface StatedName {
  words: string[];
  acronyms: boolean[];
}

/** One word folded for comparison: accents and case gone, a possessive or plural `s` dropped. */
function foldWord(word: string): string {
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  const plural = (folded.length > 3 || ACRONYM.test(word)) && /[^s]s$/.test(folded);
  return plural ? folded.slice(0, -1) : folded;
}

/** A text's words as names are looked for in it. */
export interface NamesIndex {
  words: readonly string[];
  /** The words joined by spaces, with a space before and after. */
  phrase: string;
}

/** Indexes `text` for {@link nameFoundIn}. */
export function indexNames(text: string): NamesIndex {
  const words = [...stripFormatCharacters(text).matchAll(TOKEN)].map((match) => foldWord(match[0]));
  return { words, phrase: ` ${words.join(' ')} ` };
}

/** A function word ("The", "Their", "After") that opens a sentence: never part of a name. */
function isFunctionWord(word: string): boolean {
  return wordsOf(word)[0]?.stopWord ?? true;
}

/**
 * The proper names `claim` states: runs of capitalised words that do not open a sentence, words
 * capitalised inside ("QBR", "HubSpot") wherever they are, and a sentence's first word when the
 * English model does not know it ("Salesforce was named") or a name goes on after it ("Dana
 * Smith signed"). A known word opening a sentence alone ("Newest", "Pricing", and "Dana") is left
 * to the content words: capitals cannot tell a name there. Months are left to the figures; a
 * possessive ends a name ("Cedar Hollow's BigQuery" is two).
 */
export function statedNames(claim: string): StatedName[] {
  const text = stripFormatCharacters(claim);
  const names: StatedName[] = [];
  let run: string[] = [];
  let opener: string | undefined;
  let end = 0;
  const close = () => {
    if (run.length > 0) names.push({ words: run.map(foldWord), acronyms: run.map((w) => ACRONYM.test(w)) });
    run = [];
    opener = undefined;
  };
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const joined = INSIDE_NAME.test(text.slice(end, match.index));
    const opening = OPENS_SENTENCE.test(text.slice(0, match.index));
    end = match.index + word.length;
    const capitalised = /^\p{Lu}/u.test(word) && word !== 'I' && !isMonthName(word);
    const inside = /\p{Lu}/u.test(word.slice(1));
    if (!joined || !(capitalised || inside)) close();
    if (!capitalised && !inside) continue;
    if (opening && !inside && isEnglishWord(word)) {
      // An English word opening a sentence ("Pricing", "Dana") is a name only if one goes on after it.
      if (!isFunctionWord(word)) opener = word;
      continue;
    }
    if (opener !== undefined && run.length === 0) run.push(opener);
    opener = undefined;
    run.push(word);
    if (/['’]s$/.test(word)) close();
  }
  close();
  return names;
}

/**
 * True when `words` spell the acronym `letters` by their first letters, skipping small words
 * ("return on investment" for `roi`), starting at `at`.
 */
function spellsAt(words: readonly string[], at: number, letters: string): boolean {
  let next = 0;
  for (let index = at; index < words.length && next < letters.length; index += 1) {
    const word = words[index] ?? '';
    if (word.startsWith(letters.charAt(next))) next += 1;
    else if (!SKIPPED_BY_ACRONYMS.has(word)) return false;
  }
  return next === letters.length;
}

/** True when the words are in the text in a row, with or without a legal form ("Acme Inc." where the call says "Acme"). */
function phraseFound(words: readonly string[], { phrase }: NamesIndex): boolean {
  const written = words.join(' ');
  return phrase.includes(` ${written} `) || phrase.includes(` ${withoutLegalSuffix(written)} `);
}

/**
 * True when `name` is found in the indexed text or is the customer's: its words in a row; an
 * acronym alone also as the words it abbreviates; and a name written next to an acronym
 * ("Microsoft Entra ID SSO", "LabWare LIMS") or to the customer's name ("the Acme Enterprise
 * Plan") as its parts, split there, each found. Other names are never split, so a made-up full
 * name is not found in the first and last names of two other people.
 */
export function nameFoundIn(name: StatedName, text: NamesIndex, customer: NamesIndex): boolean {
  const { words, acronyms } = name;
  const customerPart = (from: number, to: number) => phraseFound(words.slice(from, to), customer);
  const partFound = (from: number, to: number): boolean => {
    const part = words.slice(from, to);
    if (phraseFound(part, text) || customerPart(from, to)) return true;
    const letters = part.length === 1 && acronyms[from] ? (part[0] ?? '') : '';
    return letters !== '' && text.words.some((_, index) => spellsAt(text.words, index, letters));
  };
  const foundFrom = (from: number): boolean => {
    for (let to = words.length; to > from; to -= 1) {
      const splits =
        to === words.length ||
        acronyms[to - 1] === true ||
        acronyms[to] === true ||
        customerPart(from, to) ||
        customerPart(to, to + 1);
      if (splits && partFound(from, to) && (to === words.length || foundFrom(to))) return true;
    }
    return false;
  };
  return foundFrom(0);
}
