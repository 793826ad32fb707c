/**
 * Which call titles look relevant to a question: a title that holds a stem of one of the
 * question's content words (its topic or its kind, such as "security" or "pricing"), not counting
 * the words that name the customer, which every matching title holds.
 */
import { stemsOf } from './passage-ranking';
import { analyzeTypedQuestion } from './analyze-question';

/** The stems a relevant title holds one of; empty when the question has none. */
export function titleStems(question: string, customerName: string): Set<string> {
  const asked = analyzeTypedQuestion(question, new Set(stemsOf(customerName)));
  return new Set([...asked.topics, ...asked.cues].map((word) => word.stem));
}

/** True when `title` holds one of `stems` (from {@link titleStems}). */
export function titleMatches(stems: ReadonlySet<string>, title: string): boolean {
  return stems.size > 0 && stemsOf(title).some((stem) => stems.has(stem));
}
