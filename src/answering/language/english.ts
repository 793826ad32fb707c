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
/**
 * The id wink gives the first word it does not know, read from a made-up word right after loading.
 * It numbers the model's own words first and each unknown word after them as it meets it, so a
 * word is in the model's dictionary when its id is below this one.
 */
let firstUnknownId = 0;

/** The wink-nlp instance, loaded once per process. */
function nlp(): WinkMethods {
  if (!loaded) {
    loaded = winkNLP(model);
    firstUnknownId = Number(loaded.readDoc('qxzvqjk').tokens().out(loaded.its.uniqueId)[0]);
  }
  return loaded;
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

/**
 * True when the English model's dictionary holds `word`, one word in any case: "conditions" and
 * "remedy" (and a few names such as "dana"), not "conditons", "Salesforce" or "Fairclough".
 */
export function isEnglishWord(word: string): boolean {
  const engine = nlp();
  const ids = engine.readDoc(fold(word)).tokens().out(engine.its.uniqueId);
  return ids.length === 1 && Number(ids[0]) < firstUnknownId;
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
