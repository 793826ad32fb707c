// wordpos ships no type declarations. This declares the calls the answerer makes.
declare module 'wordpos' {
  /** One WordNet synset as wordpos returns it. */
  export interface Synset {
    lemma: string;
    pos: string;
    synonyms: string[];
    def: string;
    /** WordNet's lexicographer file: `noun.person` for a noun naming a person or a role. */
    lexName: string;
  }
  export default class WordPOS {
    constructor(options?: { profile?: boolean; stopwords?: boolean; dictPath?: string });
    lookupNoun(word: string): Promise<Synset[]>;
    lookupVerb(word: string): Promise<Synset[]>;
    lookupAdjective(word: string): Promise<Synset[]>;
  }
}
