/**
 * A small lexicon of the words sales teams use for one thing, beside WordNet: WordNet knows that
 * "concern" is a "worry" but not that an "objection" is a "risk", or that "integrate" is what a
 * "connector" does. A question naming one word of a group is answered by passages naming any.
 */
import { isContentWord, wordsOf } from './english';

/**
 * Words of one meaning in sales talk. Phrases count by their content words ("sign off" → "sign"), so
 * none is listed whose words alone mean something else ("sticking point" would make every "point" a
 * concern, "red flag" every "flag").
 */
const GROUPS: readonly (readonly string[])[] = [
  [
    'objection',
    'concern',
    'risk',
    'worry',
    'pushback',
    'hesitation',
    'hesitant',
    'blocker',
    'challenge',
    'nervous',
    'afraid',
    'fear',
    'skeptical',
    'uneasy',
    'doubt',
    'cautious',
    'dealbreaker',
    'drawback',
    'downside',
    'reservation',
    // A pain voiced without a concern word: "the numbers reach us forty minutes late".
    'problem',
    'pain',
    'lag',
    'delay',
    'slow',
    'late',
  ],
  [
    'integrate',
    'integration',
    'connect',
    'connector',
    'sync',
    'api',
    'sso',
    'webhook',
    'plugin',
    'warehouse',
    // Systems named without an integration word: "Stack: Shopify Plus, Klaviyo, NetSuite".
    'stack',
    'feed',
    'export',
    'import',
  ],
  // "GA" is general availability: "General availability January 18".
  // Questions and passages write going live as one word, "golive" (see asQuestionsRead).
  ['golive', 'launch', 'rollout', 'roll out', 'deploy', 'deployment', 'ga', 'availability'],
  ['outage', 'downtime', 'incident', 'escalation', 'stale', 'breakage'],
  ['decide', 'decision', 'approve', 'approval', 'sign off', 'owner', 'veto'],
  ['champion', 'sponsor', 'advocate'],
  [
    'competitor',
    'competition',
    'alternative',
    'evaluate',
    'evaluation',
    'compare',
    'cheaper',
    'incumbent',
    'shortlist',
    'replace',
  ],
  ['price', 'pricing', 'discount', 'cost', 'quote', 'budget', 'fee', 'seat', 'annual'],
  ['requirement', 'require', 'need', 'mandatory'],
  ['timeline', 'deadline', 'date', 'schedule', 'quarter', 'target'],
  ['next step', 'action item', 'follow up', 'follow-up'],
  [
    'sentiment',
    'happy',
    'pleased',
    'keen',
    'excited',
    'frustrated',
    'unhappy',
    'churn',
    'adoption',
    // Attitudes towards us, warm or cool: "seemed lukewarm", "Walt is neutral", "more comfortable".
    'lukewarm',
    'neutral',
    'comfortable',
    'convinced',
    'skeptical',
    'optimistic',
    'enthusiastic',
    'eager',
    'supportive',
    'warm',
  ],
  ['renewal', 'renew', 'contract'],
];

/**
 * Words that answer a question naming a word of the first list, but not the other way round: a
 * decision is taken at a board or a committee ("takes it to the board meeting on January 14"), while
 * not everything said of a board ("the board is nervous") is a decision.
 */
const ONE_WAY: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['decide', 'decision', 'approve', 'approval', 'sign off'],
    ['board', 'committee'],
  ],
];

let groups: Set<string>[] | undefined;
let oneWay: (readonly [Set<string>, Set<string>])[] | undefined;

/** Stems of the content words of `words`. */
function stemsOfWords(words: readonly string[]): Set<string> {
  return new Set(
    words.flatMap((word) =>
      wordsOf(word)
        .filter(isContentWord)
        .map((w) => w.stem),
    ),
  );
}

/** Each group as the stems its words index under. */
function groupStems(): Set<string>[] {
  groups ??= GROUPS.map(stemsOfWords);
  return groups;
}

/**
 * For each of `stems` (a question's words), the stems of the other words of its lexicon groups:
 * `integr` → `connect`, `connector`, `sync`, `api`... A stem in no group maps to nothing.
 */
export function lexiconEquivalents(stems: Iterable<string>): Map<string, Set<string>> {
  const equivalents = new Map<string, Set<string>>();
  for (const stem of stems) {
    for (const group of groupStems()) {
      if (!group.has(stem)) continue;
      const others = equivalents.get(stem) ?? new Set<string>();
      for (const other of group) if (other !== stem) others.add(other);
      equivalents.set(stem, others);
    }
    oneWay ??= ONE_WAY.map(([from, to]) => [stemsOfWords(from), stemsOfWords(to)] as const);
    for (const [from, to] of oneWay) {
      if (!from.has(stem)) continue;
      const others = equivalents.get(stem) ?? new Set<string>();
      for (const other of to) others.add(other);
      equivalents.set(stem, others);
    }
  }
  return equivalents;
}

/** Every word of the lexicon's groups, phrases as written ("sign off"): the words a question is asked with. */
export function lexiconWords(): string[] {
  return [...GROUPS.flat(), ...ONE_WAY.flatMap(([from, to]) => [...from, ...to])];
}
