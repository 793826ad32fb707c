/**
 * The dev question set: written blind like the held-out set (its authors never read the answerer),
 * by two authors over three customers each, and the set to tune the answerer on. The held-out set
 * stays the product's measure.
 */
import { loadQuestionSet, type HeldOutQuestionSet } from '../answer-quality-held-out/score';

/** Reads and validates both halves of the dev set as one set. */
export function loadDevQuestions(): HeldOutQuestionSet {
  return loadQuestionSet([
    new URL('./questions-a.json', import.meta.url),
    new URL('./questions-b.json', import.meta.url),
  ]);
}
