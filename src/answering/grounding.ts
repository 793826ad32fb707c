import type { Claim } from './citations';
import { claimFigures, isMonthName, statedFigures } from './claim-figures';
import { indexNames, nameFoundIn, statedNames, type NamesIndex } from './claim-names';
import { isContentWord, wordsOf } from './language/english';
import { isNearDuplicate } from './near-duplicate';

/**
 * A claim's content words (its figures, names, stop words and words that only report a
 * conversation set aside) must mostly be found, as written, as lemma or as stem, in the calls it
 * cites: more than half of them. A paraphrase keeps the nouns a call states and swaps a verb
 * ("asked" → "requested"), which stays above half. Measured on the 179 statements the dev sets'
 * authors wrote about their customers' calls (bench/answer-quality-dev*, the questions' notes),
 * each checked against all its customer's calls and against another customer's: more than half
 * keeps 155 of them and lets 5 through against the wrong customer. Half or more would keep 10 more
 * of them, nearly all notes on which call says what ("appears only in the QBR: a distractor"),
 * but also a small model's claims made of a call's vocabulary, such as "the order form is now
 * ready for signing" (2 of 4 words found) over calls that mention an order form.
 */
function mostlyFound(found: number, content: number): boolean {
  return found * 2 > content;
}

/**
 * Lemmas that report a conversation rather than state what was said in it ("was held on",
 * "joined the QBR", "mentioned", "asked for"): a call's existence states them, so they are not
 * looked for in its text.
 */
const REPORTING_WORDS = new Set([
  'ask',
  'attend',
  'bring',
  'call',
  'describe',
  'discuss',
  'discussion',
  'explain',
  'express',
  'highlight',
  'hold',
  'join',
  'meet',
  'meeting',
  'mention',
  'note',
  'place',
  'raise',
  'say',
  'speak',
  'state',
  'take',
  'talk',
  'tell',
]);

/** What a claim is checked against: a cited call's text, read once per answer. */
interface IndexedText {
  figures: Set<string>;
  /** Every word's form, lemma and stem. */
  words: Set<string>;
  names: NamesIndex;
}

function indexText(text: string): IndexedText {
  return {
    figures: statedFigures(text),
    words: new Set(wordsOf(text).flatMap((word) => [word.text, word.lemma, word.stem])),
    names: indexNames(text),
  };
}

/** The claims kept, and how many were dropped and why. */
export interface StatedClaims {
  claims: Claim[];
  /** Claims dropped because the calls they cite do not state them. */
  unstated: number;
  /** Claims dropped because they repeat one kept. */
  repeated: number;
}

/**
 * True when the texts of the calls a claim cites, taken together, state it: every figure is in
 * them, every name is in one of them or is the customer's, and most of its other content words
 * are in them ({@link mostlyFound}); a claim with none of these states nothing.
 */
function isStated(text: string, cited: readonly IndexedText[], customer: NamesIndex): boolean {
  const figures = claimFigures(text);
  const figuresStated = figures.every((keys) =>
    keys.some((key) => cited.some((call) => call.figures.has(key))),
  );
  if (!figuresStated) return false;
  const names = statedNames(text);
  const namesStated = names.every((name) => cited.some((call) => nameFoundIn(name, call.names, customer)));
  if (!namesStated) return false;
  const nameParts = new Set(names.flatMap((name) => name.words));
  const content = wordsOf(text).filter(
    (word) =>
      isContentWord(word) &&
      !REPORTING_WORDS.has(word.lemma) &&
      word.pos !== 'NUM' &&
      !/\d/.test(word.text) &&
      !isMonthName(word.text) &&
      !indexNames(word.text).words.every((part) => nameParts.has(part)),
  );
  // "Yes", "no": a claim with no figure, name or content word states nothing a call could.
  if (content.length === 0) return figures.length > 0 || names.length > 0;
  const found = content.filter((word) =>
    cited.some(
      (call) => call.words.has(word.text) || call.words.has(word.lemma) || call.words.has(word.stem),
    ),
  );
  return mostlyFound(found.length, content.length);
}

/**
 * Keeps the claims the calls they cite state, checked against `callTexts` (each call's text as the
 * model was shown it, by call id) and the customer's name, and collapses claims that repeat one
 * kept (a small model may write the same sentence four times) to the first. A model's citation
 * says where a claim comes from, never that it is true: a claim whose figures, names or words are
 * not in the calls it cites is dropped, however it is cited.
 */
export function keepStatedClaims(
  claims: readonly Claim[],
  callTexts: ReadonlyMap<string, string>,
  customerName = '',
): StatedClaims {
  const indexed = new Map<string, IndexedText>();
  const indexOf = (callId: string): IndexedText => {
    let index = indexed.get(callId);
    if (!index) {
      index = indexText(callTexts.get(callId) ?? '');
      indexed.set(callId, index);
    }
    return index;
  };
  const customer = indexNames(customerName);
  const kept: Claim[] = [];
  let unstated = 0;
  let repeated = 0;
  for (const claim of claims) {
    if (!isStated(claim.text, claim.callIds.map(indexOf), customer)) unstated += 1;
    else if (kept.some((other) => isNearDuplicate(claim.text, other.text))) repeated += 1;
    else kept.push(claim);
  }
  return { claims: kept, unstated, repeated };
}
