/**
 * The second dev question set (dev-b): written blind like the held-out set (its author never read
 * the answerer), over five customers, a second set to tune the answerer on. The held-out set stays
 * the product's measure.
 */
import { loadQuestionSet, type HeldOutQuestionSet } from '../answer-quality-held-out/score';

/** Reads and validates both files of the dev-b set as one set. */
export function loadDevBQuestions(): HeldOutQuestionSet {
  return loadQuestionSet([
    new URL('./questions-a.json', import.meta.url),
    new URL('./questions-b.json', import.meta.url),
  ]);
}
