/**
 * The rivals a customer's calls name: proper nouns that stand in one passage with words of
 * comparison ("also looking at Looker", "we currently use Zendesk", "a cheaper quote from
 * Freshworks") or of a vendor's approach ("an AquaSight rep pitched us"). Gong's summaries and what was said name a competitor this way far more often than
 * with the word "competitor", and a passage that names the rival again elsewhere bears on the
 * question too.
 */
import { briefSentences, type CallPassage } from './call-passages';
import { wordsOf, type Word } from './language/english';
import { nounSenses } from './language/noun-senses';
import { isWrittenAsName } from './written-as-name';

/** Words of comparison or replacement next to which a proper noun is a rival or the incumbent. */
const RIVAL_CUE =
  /\b(competitors?|competition|competing|alternatives?|vendors?|evaluat\w*|shortlist\w*|incumbent|rivals?|compar\w*|versus|vs\.?|cheaper|switch\w*|replac\w*|instead of|(migrat\w*|mov\w*) (off|away from|from)|also (look|talk|speak|spoke|spoken|meet|met|consider|evaluat|demo|trial|pilot|in talks)\w*|look(s|ed|ing)? at(?! \w+ing\b)|talk(s|ed|ing)? to|other (options?|tools?|vendors?|solutions?|products?|providers?)|currently (use|using|on|run|running|pay|paying)|(today|right now) we use|existing (tool|vendor|system|platform|solution|provider)|quote from|proposal from|bid from|renewal with|pitch(ed|ing)|pitch(es)? us|rep (pitched|called|reached)|reached out|approached us|too (expensive|pricey|costly)|(more|less) expensive|built us|build(ing)? (it )?(ourselves|in-house|with)|home-?grown)\b/i;

/** A sentence that opens on a pronoun goes on about the one before: "X got to my managers. They were pitched hard." */
const OPENS_ON_A_PRONOUN = /^(they|it|he|she|their|its)\b/i;

/** Proper nouns that name a time, not a company. */
const TIME_NAME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4])$/;

/**
 * Stems of the proper nouns that stand beside a word of comparison in any of `passages`, leaving out
 * `known` stems (the customer's and the people's names, ours included, and the question's words).
 * Only a capitalised word that is not an acronym counts ("Zendesk", "HubSpot", not "SSO" or "CFO"),
 * and not an English word capitalised only where it opens a sentence ("Margin per shipment, quoted
 * versus invoiced").
 */
export async function rivalStems(
  passages: readonly CallPassage[],
  known: ReadonlySet<string>,
): Promise<Set<string>> {
  const candidates = new Map<string, Word>();
  for (const passage of passages) {
    if (!RIVAL_CUE.test(passage.text)) continue;
    for (const sentence of sentencesBesideCues(passage.text)) {
      for (const word of wordsOf(sentence)) {
        if (word.pos !== 'PROPN' || known.has(word.stem) || TIME_NAME.test(word.text)) continue;
        if (isWrittenAsName(sentence, word.text, { acronyms: false })) candidates.set(word.stem, word);
      }
    }
  }
  const everywhere = passages.map((passage) => passage.text).join('. ');
  const kept = await Promise.all(
    [...candidates.values()].map(async (word) => {
      // A plural opening a sentence ("Vendors have pushed...") is read as a name with itself for lemma.
      const singular = word.lemma.endsWith('s') ? word.lemma.slice(0, -1) : word.lemma;
      const english = (await nounSenses(word.lemma)).length > 0 || (await nounSenses(singular)).length > 0;
      const named = isWrittenAsName(everywhere, word.text, { acronyms: false, sentenceOpening: false });
      return english && !named ? null : word.stem;
    }),
  );
  return new Set(kept.filter((stem): stem is string => stem !== null));
}

/**
 * The sentences of `text` that hold a word of comparison, and the sentence before one that opens on
 * a pronoun: a name in another sentence of the passage ("The gates are Axess. ... took our last
 * vendor four months") is no rival for standing near one.
 */
function sentencesBesideCues(text: string): string[] {
  const sentences = briefSentences(text);
  return sentences.flatMap((sentence, index) => {
    if (!RIVAL_CUE.test(sentence)) return [];
    const before = sentences[index - 1];
    return before !== undefined && OPENS_ON_A_PRONOUN.test(sentence) ? [before, sentence] : [sentence];
  });
}
