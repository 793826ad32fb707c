/**
 * The rivals a customer's calls name: proper nouns that stand in one passage with words of
 * comparison ("also looking at Looker", "we currently use Zendesk", "a cheaper quote from
 * Freshworks") or of a vendor's approach ("an AquaSight rep pitched us"). Gong's summaries and what was said name a competitor this way far more often than
 * with the word "competitor", and a passage that names the rival again elsewhere bears on the
 * question too.
 */
import type { CallPassage } from './call-passages';
import { wordsOf } from './language/english';
import { isWrittenAsName } from './written-as-name';

/** Words of comparison or replacement next to which a proper noun is a rival or the incumbent. */
const RIVAL_CUE =
  /\b(competitors?|competition|competing|alternatives?|vendors?|evaluat\w*|shortlist\w*|incumbent|rivals?|compar\w*|versus|vs\.?|cheaper|switch\w*|replac\w*|instead of|(migrat\w*|mov\w*) (off|away from|from)|also (looking|talking|considering|speaking|meeting|evaluating|in talks)|looking at|talking to|other (options?|tools?|vendors?|solutions?|products?|providers?)|currently (use|using|on|run|running|pay|paying)|(today|right now) we use|existing (tool|vendor|system|platform|solution|provider)|quote from|proposal from|bid from|renewal with|pitch(?:ed|es|ing)? us|rep (?:pitched|called|reached)|reached out|approached us)\b/i;

/** Proper nouns that name a time, not a company. */
const TIME_NAME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4])$/;

/**
 * Stems of the proper nouns that stand beside a word of comparison in any of `passages`, leaving out
 * `known` stems (the customer's and the people's names, ours included, and the question's words).
 * Only a capitalised word that is not an acronym counts ("Zendesk", "HubSpot", not "SSO" or "CFO").
 */
export function rivalStems(passages: readonly CallPassage[], known: ReadonlySet<string>): Set<string> {
  const rivals = new Set<string>();
  for (const passage of passages) {
    if (!RIVAL_CUE.test(passage.text)) continue;
    for (const word of wordsOf(passage.text)) {
      if (word.pos !== 'PROPN' || known.has(word.stem) || TIME_NAME.test(word.text)) continue;
      if (isWrittenAsName(passage.text, word.text, { acronyms: false })) rivals.add(word.stem);
    }
  }
  return rivals;
}
