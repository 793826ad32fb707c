/**
 * What a question about sales calls asks for: its kind (who, when, outcome, next steps, concerns,
 * pricing, competitors, what happened, or a topic), whether it is about the last call only, and the
 * words it is about. Parts of speech, lemmas and stems come from the English model; the kinds are
 * recognised from the few words that name them.
 */
import { isContentWord, isTopicWord, wordsOf, type Word } from './language/english';

/** The kinds of question the extractive answerer answers from specific Gong fields. */
export type QuestionKind =
  | 'who'
  | 'when'
  | 'outcome'
  | 'next steps'
  | 'concerns'
  | 'pricing'
  | 'competitors'
  | 'what happened'
  | 'topic';

/** Which people a "who" question asks for. */
export type PeopleAsked = 'decision makers' | 'champion' | 'attendees';

/** A question, understood. */
export interface AnalysedQuestion {
  kind: QuestionKind;
  /** For `who`: decision makers, the champion, or who attended. */
  people: PeopleAsked;
  /** True when the question is about the most recent call only ("the last call"). */
  lastCallOnly: boolean;
  /** Words the question is about beyond its kind ("Snowflake", "integration"), as written. */
  topics: Word[];
  /** Content words that only say what kind of answer is wanted ("concerns", "discount"). */
  cues: Word[];
  /** The question's other content words (mostly verbs such as "say", "raise"): they rank, never gate. */
  others: Word[];
}

/** Stems that name each kind, tried in this order: a question about "pricing concerns" is about concerns. */
const KIND_CUES: readonly [QuestionKind, readonly string[]][] = [
  ['next steps', ['step', 'action', 'followup', 'follow']],
  ['outcome', ['outcom', 'result', 'end', 'conclud', 'conclus', 'decid']],
  [
    'concerns',
    ['concern', 'risk', 'object', 'blocker', 'block', 'issu', 'worri', 'problem', 'complaint', 'challeng'],
  ],
  ['competitors', ['competitor', 'competit', 'compet', 'altern', 'rival']],
  ['pricing', ['price', 'budget', 'discount', 'cost', 'quot', 'spend', 'payment', 'fee', 'afford']],
  ['what happened', ['happen', 'stand', 'status', 'summari', 'summar', 'recap', 'progress', 'updat']],
  ['when', ['date', 'deadlin', 'timelin']],
];

const DECISION_CUES = new Set(['decis', 'maker', 'sign', 'approv', 'buyer', 'signer', 'decid']);
const CHAMPION_CUES = new Set(['champion', 'sponsor', 'advoc']);
const PEOPLE_CUES = new Set([
  'peopl',
  'person',
  'attend',
  'attende',
  'contact',
  'stakehold',
  'particip',
  'join',
]);
/**
 * Words that name what is read, not a topic: every call is a call about the customer's account,
 * and "recent" or "last" choose calls rather than say what they are about.
 */
const CALL_WORDS = new Set([
  'call',
  'meet',
  'convers',
  'account',
  'deal',
  'custom',
  'compani',
  'client',
  'recent',
  'latest',
  'last',
]);

/** Understands `question`; `identifying` holds stems of the customer's and people's names. */
export function analyseQuestion(
  question: string,
  identifying: ReadonlySet<string> = new Set(),
): AnalysedQuestion {
  const words = wordsOf(question);
  const stems = new Set(words.map((word) => word.stem));
  const wh = words.find((word) => ['who', 'when', 'what', 'which', 'how', 'where'].includes(word.text))?.text;
  const lastCallOnly =
    words.some((word) => word.text === 'last' || word.text === 'latest' || word.text === 'previous') &&
    !words.some((word) => word.lemma === 'call' && word.text === 'calls');

  const cueOf = (word: Word): QuestionKind | undefined =>
    KIND_CUES.find(([, cues]) => cues.includes(word.stem))?.[0];
  const isPeopleCue = (word: Word) =>
    DECISION_CUES.has(word.stem) || CHAMPION_CUES.has(word.stem) || PEOPLE_CUES.has(word.stem);

  let kind: QuestionKind = 'topic';
  const next = words.some((word) => word.text === 'next');
  const found = KIND_CUES.find(([candidate]) => words.some((word) => cueOf(word) === candidate));
  // "Who approved the discount?" asks for people; "What discount did the CFO approve?" for a price.
  if (wh === 'who' || (words.some(isPeopleCue) && !found)) kind = 'who';
  else if (next) kind = 'next steps';
  else {
    if (found) kind = found[0];
    else if (wh === 'when') kind = 'when';
    else if (wh === 'where' && stems.has('stand')) kind = 'what happened';
  }
  const people: PeopleAsked = words.some((word) => DECISION_CUES.has(word.stem))
    ? 'decision makers'
    : words.some((word) => CHAMPION_CUES.has(word.stem))
      ? 'champion'
      : 'attendees';

  const meaningful = words.filter(
    (word) => isContentWord(word) && !CALL_WORDS.has(word.stem) && !identifying.has(word.stem),
  );
  const isCue = (word: Word) =>
    cueOf(word) !== undefined || isPeopleCue(word) || (kind === 'next steps' && word.text === 'next');
  const cues = meaningful.filter(isCue);
  const topics = meaningful.filter((word) => !isCue(word) && isTopicWord(word));
  const others = meaningful.filter((word) => !isCue(word) && !isTopicWord(word));
  return { kind, people, lastCallOnly, topics: unique(topics), cues: unique(cues), others: unique(others) };
}

function unique(words: Word[]): Word[] {
  const seen = new Set<string>();
  return words.filter((word) => !seen.has(word.stem) && seen.add(word.stem));
}
