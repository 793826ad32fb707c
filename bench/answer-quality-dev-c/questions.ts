/**
 * The third dev question set (dev-c): written blind like the held-out set (its author never read
 * the answerer), over six customers in other industries, weighted toward concerns, sentiment and
 * questions the calls do not answer. The held-out set stays the product's measure.
 */
import { loadQuestionSet, type HeldOutQuestionSet } from '../answer-quality-held-out/score';

/** Reads and validates the dev-c question file. */
export function loadDevCQuestions(): HeldOutQuestionSet {
  return loadQuestionSet([new URL('./questions.json', import.meta.url)]);
}
