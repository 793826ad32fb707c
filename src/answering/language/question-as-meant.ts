/**
 * Reads a question as the rep meant it before the answerer decides its kind and its words:
 * {@link meantQuestion} with the English model's dictionary, the answerer's question vocabulary
 * (its kinds' words and the sales lexicon) and the names of the customer and its people.
 */
import { meantQuestion, questionVocabulary } from '../../wording/typed-question';
import { isEnglishWord, wordsOf } from './english';
import { lexiconWords } from './sales-lexicon';

let vocabulary: Set<string> | undefined;

/** `question` as meant; `identifying` holds the stems of the names it must leave as typed. */
export function questionAsMeant(question: string, identifying: ReadonlySet<string>): string {
  vocabulary ??= questionVocabulary(lexiconWords());
  return meantQuestion(question, {
    vocabulary,
    isEnglish: isEnglishWord,
    isName: (word) => identifying.size > 0 && wordsOf(word).some((w) => identifying.has(w.stem)),
    stemOf: (word) => wordsOf(word)[0]?.stem ?? word,
  });
}
