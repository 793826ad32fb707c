/**
 * The systems a customer's calls name: proper nouns said beside words of systems and data ("Our
 * property management system is Oracle OPERA Cloud", "Log-in goes through JumpCloud", "Plant data
 * sits in Rockwell FactoryTalk Historian"), and, in a call that names two or more of them, the
 * other proper nouns its customer side names ("Then IDeaS G3 for the rate recommendations, and
 * Medallia for guest surveys"): a discovery call lists the systems one after another. An
 * integrations question is answered by every system named, not only by the passages that say
 * "integrate". Places, people and plain English words written with a capital are not systems.
 */
import type { CallPassage } from './call-passages';
import { wordsOf, type Word } from './language/english';
import { nounSenses } from './language/noun-senses';
import { isWrittenAsName } from './written-as-name';

/** Words beside which a proper noun is a system of theirs or a way in to one. */
const SYSTEM_CUE =
  /\b(systems?|erp|crm|lims|pms|hris|warehouse|historian|databases?|platform|sso|single sign-?on|sign-?in|log-?in|logins?|signs? in (with|through|via)|logs? in (with|through|via)|apis?|connectors?|integrat\w*|connect\w*|sync\w*|export\w*|import\w*|feeds?|pull\w*|push\w*|sits? in|lives? in|runs? on|run on|is in|are in|managed in|goes through|go through|standardi[sz]ed on|replicat\w*|stack)\b/i;

/** Proper nouns that name a time, not a system. */
const TIME_NAME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4])$/i;

/** Systems named in a call before its other proper nouns are taken for systems too. */
const SYSTEMS_OF_A_LISTING_CALL = 2;
/** Fewest letters of a name written in capitals only ("OPERA"): shorter ones are terms ("SOC", "DPA", "EU"). */
const MIN_ACRONYM_LETTERS = 4;
/** WordNet's files of senses that name no system: a place or a person. */
const NOT_A_SYSTEM = new Set(['noun.location', 'noun.person']);

/** The proper nouns of `text` that may name a system: not a stop word, a time or a `known` stem. */
function candidatesIn(text: string, known: ReadonlySet<string>): Word[] {
  return wordsOf(text).filter(
    (word) =>
      word.pos === 'PROPN' &&
      !word.stopWord &&
      !/['’]/.test(word.text) &&
      !known.has(word.stem) &&
      !TIME_NAME.test(word.text),
  );
}

/** True when `word` is written in `text` as a name that could be a system's. */
function writtenAsSystem(text: string, word: Word): boolean {
  const short = word.text.replace(/\d/g, '').length < MIN_ACRONYM_LETTERS && !/\d/.test(word.text);
  return isWrittenAsName(text, word.text, { acronyms: !short });
}

/**
 * Stems of the systems `passages` name (see the module's comment), most mentioned first, leaving
 * out `known` stems (the customer's and the people's names, ours included, the question's words
 * and the calls' titles). Only what the customer said or Gong wrote counts, not what our side
 * offered.
 */
export async function systemStems(
  passages: readonly CallPassage[],
  known: ReadonlySet<string>,
  saidByUs: (passage: CallPassage) => boolean,
): Promise<Set<string>> {
  const theirs = passages.filter((passage) => !saidByUs(passage));
  const mentions = new Map<string, { word: Word; count: number }>();
  const mention = (word: Word, weight: number) => {
    const seen = mentions.get(word.stem);
    mentions.set(word.stem, { word: seen?.word ?? word, count: (seen?.count ?? 0) + weight });
  };
  const perCall = new Map<string, Set<string>>();
  for (const passage of theirs) {
    if (!SYSTEM_CUE.test(passage.text)) continue;
    for (const word of candidatesIn(passage.text, known)) {
      if (!writtenAsSystem(passage.text, word)) continue;
      mention(word, 2);
      const named = perCall.get(passage.call.callId) ?? new Set<string>();
      perCall.set(passage.call.callId, named.add(word.stem));
    }
  }
  for (const passage of theirs) {
    if (passage.source !== 'transcript') continue;
    if ((perCall.get(passage.call.callId)?.size ?? 0) < SYSTEMS_OF_A_LISTING_CALL) continue;
    for (const word of candidatesIn(passage.text, known)) {
      if (writtenAsSystem(passage.text, word)) mention(word, 1);
    }
  }
  // A name somewhere written with a capital inside a sentence or inside itself is a name; one only
  // ever opening a sentence, or a place or a person WordNet knows, is not a system.
  const everywhere = passages.map((passage) => passage.text).join('. ');
  const kept = await Promise.all(
    [...mentions.values()].map(async ({ word, count }) => {
      const senses = await nounSenses(word.lemma);
      if (senses.some((sense) => NOT_A_SYSTEM.has(sense))) return null;
      const plainWord =
        senses.length > 0 && !isWrittenAsName(everywhere, word.text, { sentenceOpening: false });
      return plainWord ? null : { stem: word.stem, count };
    }),
  );
  return new Set(
    kept
      .filter((entry): entry is { stem: string; count: number } => entry !== null)
      .sort((a, b) => b.count - a.count)
      .map((entry) => entry.stem),
  );
}
