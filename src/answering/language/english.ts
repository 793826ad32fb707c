/**
 * English analysis for the extractive answerer, on wink-nlp and its light English model:
 * sentences, lemmas, parts of speech and stop words come from the model, not from word lists.
 * The model loads on first use, so only a process that answers pays for it (never the workflow
 * bundle, which must not import this module).
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word of a text with what the model knows about it. */
export interface Word {
  /** The word as written, lowercased and without accents. */
  text: string;
  /** Its dictionary form ("concerns" → "concern", "went" → "go"), lowercased. */
  lemma: string;
  /** Its Porter stem ("pricing" and "priced" → "price"), so word forms of one root meet. */
  stem: string;
  /** Universal part of speech: NOUN, PROPN, VERB, ADJ, NUM, AUX, DET, PRON, ADP... */
  pos: string;
  /** True for function words the model lists as stop words ("the", "did", "what"). */
  stopWord: boolean;
}

let loaded: WinkMethods | undefined;
/** The id wink gives the first word its lexicon lacks; words it holds have smaller ids. */
let firstUnknownId = 0;

/** The id of `text`'s first token in `engine`'s lexicon. */
function lexiconId(engine: WinkMethods, text: string): number {
  return Number(engine.readDoc(text).tokens().itemAt(0)?.out(engine.its.uniqueId) ?? Number.NaN);
}

/** The wink-nlp instance, loaded once per process. */
function nlp(): WinkMethods {
  if (!loaded) {
    loaded = winkNLP(model);
    // wink numbers its lexicon's words first and the words it meets later after them, so a word
    // no dictionary holds, read before any other text, marks where the lexicon ends.
    firstUnknownId = lexiconId(loaded, 'qxzjvkwq');
  }
  return loaded;
}

/**
 * True when `word` is in the English model's lexicon ("remedy", "newest", also a few names such
 * as "dana"); false for words it has never seen, mostly names ("Salesforce", "Fairclough").
 */
export function isEnglishWord(word: string): boolean {
  const engine = nlp();
  return lexiconId(engine, fold(word)) < firstUnknownId;
}

/** Loads the model now rather than on the first answer; returns how long it took, in ms. */
export function loadEnglishModel(): number {
  const started = performance.now();
  nlp();
  return performance.now() - started;
}

/** Lowercase, accent-free form used to compare words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of `text` (punctuation and spaces left out), in order. */
export function wordsOf(text: string): Word[] {
  const engine = nlp();
  const its = engine.its;
  const tokens = engine.readDoc(text).tokens();
  const texts = tokens.out(its.normal);
  // wink's typings give `its.lemma` the wrong parameter types; it is an its-function like the others.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
  const stems = tokens.out(its.stem as unknown as ItsFunction<string>);
  const tags = tokens.out(its.pos);
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = tokens.out(its.type);
  return texts.flatMap((raw, index) => {
    const type = types[index];
    if (type === 'punctuation' || type === 'tabCRLF' || type === 'emoji' || type === 'symbol') return [];
    const word = fold(raw);
    if (!/[\p{L}\p{N}]/u.test(word)) return [];
    return [
      {
        text: word,
        lemma: fold(lemmas[index] ?? raw),
        stem: fold(stems[index] ?? raw),
        pos: tags[index] ?? 'X',
        stopWord: stops[index] === true,
      },
    ];
  });
}

/** Parts of speech that carry what a text is about; function words never do. */
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV', 'X']);

/** True when a word carries meaning: a noun, verb, adjective or number that is not a stop word. */
export function isContentWord(word: Word): boolean {
  return CONTENT_POS.has(word.pos) && !word.stopWord && (word.text.length > 1 || /\d/.test(word.text));
}

/** True for the words a reader means by "what is asked about": nouns, names and adjectives. */
export function isTopicWord(word: Word): boolean {
  return isContentWord(word) && (word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'ADJ');
}

/**
 * How positive (up to 1) or negative (down to -1) `text` reads, from the model's sentiment lexicon
 * and its handling of negation ("not convinced"): 0 for a plain statement of fact.
 */
export function sentimentOf(text: string): number {
  const engine = nlp();
  return engine.readDoc(text).out(engine.its.sentiment) as unknown as number;
}
