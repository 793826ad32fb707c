/**
 * "What's their budget?" and "What do they spend a year?" ask what the customer has to spend, not
 * what we charge: our prices are no answer to them, so when no sentence read states their money
 * with a figure the answer says so before quoting what comes closest.
 */
import type { CallPassage } from './call-passages';
import { briefSentences } from './call-passages';
import type { Word } from './language/english';
import { MONEY } from './money-text';

/** Words naming the customer's own money: a budget, a spend, a sum set aside. */
const THEIR_MONEY = /\b(budget\w*|spend\w*|spent|allocat\w*|set aside|earmark\w*)\b/i;

/** The word of a question asking for the customer's own money ("budget", "spend"), if it asks for it. */
export function theirMoneyAsked(words: readonly Word[]): Word | undefined {
  return words.find((word) => THEIR_MONEY.test(word.text));
}

/** True when a sentence of `passages` states the customer's money with a figure ("a budget of $80,000"). */
export function statesTheirMoney(passages: readonly CallPassage[]): boolean {
  return passages.some((passage) =>
    briefSentences(passage.text).some((sentence) => THEIR_MONEY.test(sentence) && MONEY.test(sentence)),
  );
}
