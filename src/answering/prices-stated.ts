/**
 * For a pricing question that names no subject, the passages that state a price in figures or give
 * something for nothing without a word of pricing ("$215 per clinic per month on a three-year term
 * offered", "Sixty-day pilot free"): the offers and counter-offers of a deal are written that way
 * more often than with "price" or "discount".
 */
import type { AnalyzedQuestion } from './analyze-question';
import type { CallPassage } from './call-passages';
import { STATES_A_PRICE } from './money-text';
import type { RankedPassage } from './passage-ranking';

/**
 * The passages of `passages` that `ranked` did not find on topic and that state a price (see
 * {@link STATES_A_PRICE}), each bearing on the question as its pricing words would, scored at
 * `floor` so they are quoted while the budget lasts, after what the question's words find.
 */
export function pricesStated(
  passages: readonly CallPassage[],
  ranked: readonly RankedPassage[],
  asked: AnalyzedQuestion,
  floor: number,
): RankedPassage[] {
  if (asked.kind !== 'pricing' || asked.topics.length > 0) return [];
  const found = new Set(ranked.filter((passage) => passage.onTopic).map((passage) => passage.text));
  const asking = new Set(asked.cues.length > 0 ? asked.cues.map((word) => word.stem) : ['price']);
  return passages
    .filter((passage) => !found.has(passage.text) && STATES_A_PRICE.test(passage.text))
    .map((passage) => ({ ...passage, score: floor, topics: asking, onTopic: true }));
}
