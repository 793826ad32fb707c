/**
 * What a question about sales calls asks for: its kind (who, when, outcome, next steps, concerns,
 * pricing, competitors, what happened, sentiment, or a topic), whether it is about the last call only, and the
 * words it is about. Parts of speech, lemmas and stems come from the English model; the kinds are
 * recognised from the few words that name them.
 */
import {
  asksWhereItStands,
  CHAMPION_CUE,
  DECISION_CUE,
  isKindOnlyWord,
  isPeopleCue,
  kindCueOf,
  kindOfQuestion,
  plainQuestion,
  type QuestionKind,
} from '../wording/question-kind';
import { isContentWord, isTopicWord, wordsOf, type Word } from './language/english';
import { questionAsMeant } from './language/question-as-meant';

/** Which people a "who" question asks for. */
type PeopleAsked = 'decision makers' | 'champion' | 'attendees';

/** A question, understood. */
export interface AnalyzedQuestion {
  kind: QuestionKind;
  /** For `who`: decision makers, the champion, or who attended. */
  people: PeopleAsked;
  /** True when the question is about the most recent call only ("the last call"). */
  lastCallOnly: boolean;
  /** True when it asks how long something takes ("How long will the approval take?"): a length of time answers it. */
  asksHowLong: boolean;
  /** True when it asks about the past ("When did they sign?"): a time gone by ("last week") answers it. */
  asksPast: boolean;
  /** "much" or "many" when it asks how much or how many: passages with a price or a figure answer it. */
  asksAmount: 'much' | 'many' | null;
  /**
   * True when it asks why ("Why did we lose?", "What caused the outages?"): the reasons the calls
   * give answer it, with the outcome or beside what they say of the subject.
   */
  asksWhy: boolean;
  /**
   * True when it asks whether something changed ("Is Hollis still skeptical?", "Has she warmed up
   * to us?", "How does he feel now?"): the answer is in the older calls as much as the newest.
   */
  asksChange: boolean;
  /** Words the question is about beyond its kind ("Snowflake", "integration"), as written. */
  topics: Word[];
  /** The topic words grouped by phrase: "Snowflake integration" is one subject, "pricing and headcount" two. */
  topicPhrases: Word[][];
  /**
   * Topic phrases with the kind word that modifies them ("payment terms", "integration
   * requirements"): a passage answers one only when it holds every word of it.
   */
  compounds: Word[][];
  /** Content words that only say what kind of answer is wanted ("concerns", "discount"). */
  cues: Word[];
  /**
   * True when every topic word narrows a cue that follows it ("security or compliance concerns"):
   * a passage of the kind that misses them all ("adoption is the risk") does not answer.
   */
  topicsNarrowCue: boolean;
  /** The question's other content words (mostly verbs such as "say", "raise"): they rank, never gate. */
  others: Word[];
}

/**
 * Words that name what is read, not a topic: every call is a call about the customer's account
 * ("the deal", "things", "the opportunity"), and "recent" or "last" choose calls rather than say
 * what they are about.
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
  // "Where do things stand?", "How is the opportunity going?": the deal itself, not a topic.
  'thing',
  'stuff',
  'situat',
  'opportun',
  // "How do their users sign in?": everyone who uses it, not a subject.
  'user',
]);

/**
 * Understands a question as `typed`, read as meant once ({@link questionAsMeant}: "whats next w
 * acme", "any conditons"); `identifying` holds stems of the customer's and people's names.
 */
export function analyzeTypedQuestion(
  typed: string,
  identifying: ReadonlySet<string> = new Set(),
): AnalyzedQuestion {
  return analyzeQuestion(questionAsMeant(typed, identifying), identifying);
}

/**
 * Understands `question`, already read as meant ({@link questionAsMeant}); `identifying` holds stems
 * of the names and other words that are no subject of it.
 */
export function analyzeQuestion(question: string, identifying: ReadonlySet<string>): AnalyzedQuestion {
  const words = wordsOf(plainQuestion(question));
  const lastCallOnly =
    words.some((word) => word.text === 'last' || word.text === 'latest' || word.text === 'previous') &&
    !words.some((word) => word.lemma === 'call' && word.text === 'calls');
  const kind = kindOfQuestion(question);
  // "Why did we lose?", "What caused the outages?", "What was the reason for the delay?".
  const asksWhy = words.some(
    (word) => word.text === 'why' || word.lemma === 'cause' || word.lemma === 'reason',
  );
  const asksChange = words.some((word) => CHANGE.test(word.text));
  const amountWord = words.find(
    (word, index) => ['much', 'many'].includes(word.text) && words[index - 1]?.text === 'how',
  );
  const asksAmount = amountWord ? (amountWord.text as 'much' | 'many') : null;
  const asksHowLong = words.some((word, index) => word.text === 'long' && words[index - 1]?.text === 'how');
  const asksPast = words.some((word) => PAST.test(word.text));

  const people: PeopleAsked =
    words.some((word) => DECISION_CUE.test(word.text)) || ASKS_WHO_DECIDES.test(question)
      ? 'decision makers'
      : words.some((word) => CHAMPION_CUE.test(word.text))
        ? 'champion'
        : 'attendees';

  const meaningful = words.filter(
    (word) =>
      isContentWord(word) &&
      // "dr lindgren": the title only comes with the name.
      !HONORIFIC.test(word.text) &&
      !CALL_WORDS.has(word.stem) &&
      !identifying.has(word.stem) &&
      // "Where did we land on price?": landing says where things are, the price what about.
      !(kind !== 'outcome' && asksWhereItStands(word.text)),
  );
  const isCue = (word: Word) => kindCueOf(word.text) !== undefined || isPeopleCue(word.text);
  // "looking" of "who else are they looking at?" only says what kind of answer is wanted: it is no
  // subject, and a passage "looking at going live" does not answer it any better.
  const onlyKind = (word: Word) => !isCue(word) && isKindOnlyWord(kind, word.text);
  const cues = meaningful.filter(isCue);
  // "How long will it take?": "long" asks for a length of time, it is no subject.
  const asksLength = (word: Word) => asksHowLong && word.text === 'long';
  const named = meaningful.filter(
    (word) => !isCue(word) && !onlyKind(word) && !asksLength(word) && isTopicWord(word),
  );
  // "When would they start using it?": naming nothing else, a "when" question asks the date of its verb.
  const verbAsked = (word: Word) =>
    kind === 'when' &&
    named.length === 0 &&
    cues.length === 0 &&
    word.pos === 'VERB' &&
    !LIGHT_VERBS.has(word.lemma);
  const topics = meaningful.filter((word) => named.includes(word) || verbAsked(word));
  const others = meaningful.filter(
    (word) =>
      !isCue(word) && !topics.includes(word) && (onlyKind(word) || asksLength(word) || !isTopicWord(word)),
  );
  const topicPhrases: Word[][] = [];
  let phrase: Word[] = [];
  for (const word of words) {
    if (topics.includes(word)) phrase.push(word);
    else if (phrase.length > 0) {
      topicPhrases.push(phrase);
      phrase = [];
    }
  }
  if (phrase.length > 0) topicPhrases.push(phrase);
  const compounds = topicPhrases.flatMap((topicPhrase) => {
    const at = words.indexOf(topicPhrase[0] as Word);
    const modifier = words[at - 1];
    return modifier && cues.includes(modifier) && modifier.pos === 'NOUN' ? [[modifier, ...topicPhrase]] : [];
  });
  const joinsTopics = (word: Word | undefined) =>
    word !== undefined && (topics.includes(word) || JOINERS.has(word.text));
  const narrowsCue = (index: number) => {
    let next = index + 1;
    while (joinsTopics(words[next])) next += 1;
    const following = words[next];
    // "data privacy pushback" narrows the pushback; "their legal insist on" says who insisted.
    return following !== undefined && cues.includes(following) && following.pos !== 'VERB';
  };
  const topicsNarrowCue =
    topics.length > 0 && words.every((word, index) => !topics.includes(word) || narrowsCue(index));
  return {
    kind,
    people,
    lastCallOnly,
    asksWhy,
    asksChange,
    asksHowLong,
    asksPast,
    asksAmount,
    topics: unique(topics),
    topicPhrases,
    compounds,
    cues: unique(cues),
    topicsNarrowCue,
    others: unique(others),
  };
}

/** Titles written before a name: "Dr. Lindgren", "Mr Okafor". */
const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof)$/;

/** Words that ask whether something changed since: "still", "now", "yet", "warmed", "come round". */
const CHANGE =
  /^(still|now|yet|anymore|since|chang\w*|shift\w*|soften\w*|warmed|warming|cooled|cooling|round|around)$/;
/**
 * Idioms that ask who decides without a word of deciding: "who makes the call?", "who has the final
 * say?", "who calls the shots?", "who holds the purse strings?", "whose call is it?".
 */
const ASKS_WHO_DECIDES =
  /\b(mak(e|es|ing)|made) the (final |big )?(call|decision)\b|\bfinal (say|word|call)\b|\bcalls? the shots\b|\bpulls? the trigger\b|\bpurse ?strings\b|\bholds? the pen\b|\bwhose (call|decision)\b|\bgreen ?light\b/i;

/** Words that put a question in the past: "When did they sign?", "When was it approved?". */
const PAST = /^(did|was|were|had|ago|happened)$/;

/** Verbs that say too little to be what a "when" question asks the date of: "When are they going to...?". */
const LIGHT_VERBS = new Set([
  'be',
  'do',
  'have',
  'go',
  'get',
  'happen',
  'plan',
  'expect',
  'think',
  'say',
  'want',
  'need',
  'will',
  'would',
]);

/** Words that join topics narrowing one cue: "security or compliance concerns". */
const JOINERS = new Set(['or', 'and', '&', '/']);

function unique(words: Word[]): Word[] {
  const seen = new Set<string>();
  return words.filter((word) => !seen.has(word.stem) && seen.add(word.stem));
}
