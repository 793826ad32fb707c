/**
 * The kind of a question about sales calls, from the few words that name each kind. Pure and
 * light (no language model), so the platform's client can name a run's kind when it starts it;
 * the extractive answerer refines the rest of the question with the English model. Words typed
 * short or misspelt are read as meant before (`typed-question.ts`); only idioms are read here.
 */

/** The kinds of question the extractive answerer answers from specific Gong fields. */
export type QuestionKind =
  | 'who'
  | 'when'
  | 'outcome'
  | 'next steps'
  | 'concerns'
  | 'pricing'
  | 'competitors'
  | 'integrations'
  | 'what happened'
  | 'sentiment'
  | 'topic';

/** Beginnings of the words that name each kind, tried in this order: "pricing concerns" are concerns. */
const KIND_CUES: readonly (readonly [QuestionKind, RegExp])[] = [
  ['next steps', /^(steps?|actions?|follow-?ups?|follow|to-?dos?)$/],
  [
    'outcome',
    /^(outcomes?|results?|end|ended|conclu\w*|decided|closed?|won|win|winning|lost|lose|losing|land|landed|stand|status)$/,
  ],
  [
    'concerns',
    /^(concern\w*|risks?|risky|objection\w*|object|blocker\w*|block\w*|issues?|worr\w*|problems?|complain\w*|challeng\w*|pushbacks?|push-?back|hesita\w*|reservations?|doubts?|hurdles?|insist\w*|condit\w*|dealbreakers?|non-negotiables?|caveats?|nervous\w*|anxious\w*|anxiet\w*|afraid|scared|fear\w*|wary|uneasy|apprehensi\w*)$/,
  ],
  [
    'competitors',
    /^(competit\w*|compet\w*|alternatives?|rivals?|vendors?|incumbents?|shortlist\w*|replac\w*|switch\w*|evaluat\w*|against|options?|providers?)$/,
  ],
  [
    'integrations',
    /^(integrat\w*|connect\w*|sync\w*|apis?|sso|webhooks?|plugins?|plug-ins?|interfaces?|interoperab\w*|hook|hooks|hooked|hooking)$/,
  ],
  [
    'pricing',
    /^(pric\w*|budget\w*|discount\w*|costs?|quot\w*|spend\w*|payments?|fees?|afford\w*|commercials?)$/,
  ],
  [
    'what happened',
    /^(happen\w*|summar\w*|recap\w*|progress|updates?|takeaways?|gist|overview|debrief|cover|covered)$/,
  ],
  ['when', /^(dates?|deadlines?|timelines?|timing|go-live|golive)$/],
  [
    'sentiment',
    /^(feel\w*|felt|sentiment|mood|keen|happy|unhappy|pleased|satisf\w*|excited|enthusias\w*|react\w*|impress\w*|frustrat\w*|like|liked|love\w*|think|thought|opinions?|impressions?|perceive\w*|perception|relationship|morale|attitude|receptive|reception|received|upset|annoyed|disappointed|warm\w*|lukewarm|cooled|cooling|comfortable|uncomfortable|convinced|unconvinced|skeptic\w*|sceptic\w*|optimis\w*|pessimis\w*|neutral|supportive|trust\w*)$/,
  ],
];

/**
 * Words that only say which kind of answer is wanted once the kind is known: "the follow-up
 * plan" asks for next steps, not about a plan; "the tool they use today" names the incumbent.
 */
const KIND_ONLY_WORDS: Partial<Record<QuestionKind, RegExp>> = {
  'next steps': /^(next|plans?)$/,
  competitors:
    /^(tools?|products?|software|platforms?|solutions?|systems?|other|else|using|use|today|currently|looking|considering|talking)$/,
  integrations: /^(tools?|systems?|stack|platforms?|software|data)$/,
  sentiment: /^(still|us|about)$/,
  // "What does legal need before they sign?": the need is what is asked for, not a subject.
  concerns: /^(needs?|wants?|expects?)$/,
};

/**
 * Words that only rank what a question asks for, whatever its kind: "the main concerns", "their
 * biggest risk" ask for the concerns, not about something main or big.
 */
const RANKING_ONLY = /^(main|major|big|bigger|biggest|greatest|largest|primary|principal|real|top)$/;

/**
 * Words a passage on each kind uses: a pricing question is answered by a passage on a discount.
 * Passages are matched word by word, so no phrase is listed whose words alone mean something else
 * ("currently use" would make every "current certificate" a rival's).
 */
export const KIND_WORDS: Partial<Record<QuestionKind, readonly string[]>> = {
  'next steps': ['next steps', 'action item', 'follow up'],
  outcome: ['outcome', 'result', 'decision', 'agreed'],
  concerns: ['concern', 'risk', 'objection', 'blocker', 'worry', 'problem', 'complaint', 'challenge'],
  competitors: [
    'competitor',
    'competition',
    'alternative',
    'evaluating',
    'comparison',
    'cheaper',
    // "Advisors use EAB Navigate": what they use today is the incumbent.
    'use',
    'replace',
    'shortlist',
    'incumbent',
  ],
  sentiment: [
    'excited',
    'concerned',
    'worried',
    'steep',
    'expensive',
    'impressed',
    'frustrated',
    'preferred',
    'pushback',
    'paused',
    'happy',
    'pleased',
    'keen',
    'enthusiastic',
    'disappointed',
    'skeptical',
    'hesitant',
    'nervous',
    'love',
    'sold',
    'relieved',
    'thrilled',
    'eager',
    'liked',
    'supportive',
    'warmer',
    // Attitudes the English model's sentiment lexicon does not weigh.
    'lukewarm',
    'neutral',
    'comfortable',
    'convinced',
    'optimistic',
  ],
  integrations: [
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
    'crm',
    'erp',
  ],
  pricing: ['price', 'pricing', 'budget', 'discount', 'cost', 'quote', 'spend', 'payment', 'fee'],
  when: ['date', 'deadline', 'timeline', 'quarter', 'golive', 'launch', 'rollout', 'target'],
};

/** Words asking which people: decision makers, the champion, or who attended. */
export const DECISION_CUE = /^(decision\w*|makers?|sign\w*|approv\w*|buyers?|decid\w*|owners?|owns?)$/;
export const CHAMPION_CUE = /^(champions?|sponsors?|advocates?)$/;
const PEOPLE_CUE = /^(people|persons?|attend\w*|contacts?|stakeholders?|participants?|join\w*)$/;
/**
 * Verbs of a decision: "Who signed?" asks for people, "Did they sign?" and "Has it been approved?"
 * for where the deal stands.
 */
const DECIDING_VERB =
  /^(sign|signs|signed|signing|approve|approves|approved|approving|decide|decides|decided)$/;
/** Outcome words that only ask where things are: "land", "stand", "status". */
const WHERE_IT_STANDS = /^(land|landed|stand|status)$/;

/** True when `word` only asks where things are ("Where did we land on price?"): no subject of its own. */
export function asksWhereItStands(word: string): boolean {
  return WHERE_IT_STANDS.test(word);
}
/** Words that, beside "who" or "anyone", ask for someone other than us: "Who else are they talking to?". */
const SOMEONE_ELSE = /^(else|other|others)$/;

/** True when `word` only says what kind of answer a question of `kind` wants. */
export function isKindOnlyWord(kind: QuestionKind, word: string): boolean {
  return RANKING_ONLY.test(word) || (KIND_ONLY_WORDS[kind]?.test(word) ?? false);
}

/** The kind a word names, if any. */
export function kindCueOf(word: string): QuestionKind | undefined {
  return KIND_CUES.find(([, cue]) => cue.test(word))?.[0];
}

/** True when a word asks for people. */
export function isPeopleCue(word: string): boolean {
  return DECISION_CUE.test(word) || CHAMPION_CUE.test(word) || PEOPLE_CUE.test(word);
}

/**
 * Ways of saying single sign-on: "sign in", "log-in", "login", "single sign-on". Signing on a day,
 * on the dotted line or on someone's behalf ("Marte signs on December 18") is signing a contract.
 */
const SIGNING_IN =
  /\bsingle sign-?on\b|\b(sign(s|ed|ing)?|log(s|ged|ging)?)[ -](in|on(?!\s+(the|a|an|this|that|it|our|their|behalf|\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\w*)\b))\b|\blogins?\b/gi;

/**
 * Ways of saying going live, written as one word: "lived in Qlik" is no go-live, and "go-live" read
 * word by word would make it one; "want the dashboards live" is one too.
 */
const GOING_LIVE =
  /\b(go(es|ing)?|went|gone)[ -]live\b|\bgo-lives?\b|(?<=\b(wants?|needs?|have|has|get|gets)( (?!to\b)\w+){1,3} )live\b/gi;

/** Ways of saying someone sides with it: "on board", "bought in", "buy-in". */
const SIDING_WITH = /\bon board\b|\b(bought|buying) in(to)?\b|\bbuy-?in\b/gi;

/**
 * `text` (a passage) with the phrases a question is read with written as it reads them: single
 * sign-on as "SSO", going live as "golive", siding with it as "keen".
 */
export function asQuestionsRead(text: string): string {
  return text.replace(SIGNING_IN, 'SSO').replace(GOING_LIVE, 'golive').replace(SIDING_WITH, 'keen');
}

/**
 * Idioms that mean something other than their words: "still on board" asks whether they are keen,
 * not about a board; "at this point" and "so far" only place the question in time.
 */
const IDIOMS: readonly (readonly [RegExp, string])[] = [
  // "Are the office managers bought in?", "any buy-in from IT?": whether they are keen.
  [SIDING_WITH, 'keen'],
  [/\b(at this point|at this stage|at the moment|so far|right now|these days)\b/gi, ''],
  // "What are they pushing back on?" asks for their pushback, not about pushing.
  [/\bpush(es|ed|ing)? back\b/gi, 'pushback'],
  // "How do users sign in?", "Is there single sign-on?": how they log in, not who signs.
  [SIGNING_IN, 'sso'],
  // "When are they going live?": one word, as passages are read (see asQuestionsRead).
  [GOING_LIVE, 'golive'],
];

/** `question` with its idioms said plainly ("Is Ruth still on board?" → "Is Ruth still keen?"). */
export function plainQuestion(question: string): string {
  return IDIOMS.reduce((text, [idiom, plain]) => text.replace(idiom, plain), question);
}

/** Lowercase words of a question, accents kept (only ASCII cues are matched). */
function lowerWords(question: string): string[] {
  return question
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length > 0);
}

/**
 * The kind of `question`: who, when, outcome, next steps, concerns, pricing, competitors, what
 * happened, sentiment, or topic. `question` is read as meant already ("whats next w acme" as
 * "what's next with acme", see `typed-question.ts`), so every place that names a kind names the same.
 */
export function kindOfQuestion(question: string): QuestionKind {
  const words = lowerWords(plainQuestion(question));
  const wh = words.find((word) => ['who', 'when', 'what', 'which', 'how', 'where'].includes(word));
  const cued = KIND_CUES.filter(([kind]) => words.some((word) => kindCueOf(word) === kind)).map(
    ([kind]) => kind,
  );
  // "Where did we land on price?", "Where does the renewal stand?": landing or standing only asks
  // where things are; another kind named ("price") says what about.
  const onlyWhereItStands = words.every(
    (word) => kindCueOf(word) !== 'outcome' || WHERE_IT_STANDS.test(word),
  );
  const found = cued[0] === 'outcome' && onlyWhereItStands && cued.length > 1 ? cued[1] : cued[0];
  // "Who else are they talking to?", "Are they talking to anyone else?": a rival, not a person of theirs.
  if (
    !found &&
    words.some((word) => SOMEONE_ELSE.test(word)) &&
    words.some((word) => ['who', 'anyone', 'anybody', 'someone', 'somebody'].includes(word))
  )
    return 'competitors';
  // "When is Tidemark signing?", "When's the connector going GA?": a date, whatever it is about;
  // "How long will the approval take?": a length of time.
  if (wh === 'when' && !words.some((word) => word === 'who')) return 'when';
  if (wh === 'how' && words[words.indexOf('how') + 1] === 'long') return 'when';
  // "Who approved the discount?" asks for people; "What discount did the CFO approve?" for a price;
  // "Did they sign?" for where the deal stands.
  // "Who are we up against?" asks for a rival, not a person of theirs.
  if (wh === 'who' && found !== 'competitors') return 'who';
  // "What are they using today?" names the incumbent; "What is holding them back?" a concern.
  const has = (...some: string[]) => words.some((word) => some.includes(word));
  if (
    !found &&
    has('using', 'use', 'run', 'running') &&
    has('today', 'currently', 'now', 'existing', 'current')
  )
    return 'competitors';
  if (!found && has('holding', 'hold', 'holds') && has('back')) return 'concerns';
  // "What would we need to pull data from?", "Are we pushing into their Snowflake?": the systems to connect.
  if (!found && has('pull', 'pulling', 'push', 'pushing', 'feed', 'feeding') && has('data', 'from', 'into'))
    return 'integrations';
  // "What does Tasha need from us?", "What does Simone want in the contract?", "What does
  // procurement need before they raise the PO?": their conditions.
  if (
    !found &&
    ((has('need', 'needs', 'want', 'wants', 'expect', 'expects', 'require', 'requires') &&
      has('us', 'contract', 'agreement', 'before')) ||
      has('requirements', 'terms'))
  )
    return 'concerns';
  // "What came out of the security review?", "How did the pilot turn out?", "Did they pass it?".
  if (has('came', 'come', 'turn', 'turned', 'turns') && has('out')) return 'outcome';
  if (!found && has('pass', 'passed', 'fail', 'failed')) return 'outcome';
  if (!found && words.some((word) => isPeopleCue(word) && !DECIDING_VERB.test(word))) return 'who';
  if (!found && words.some((word) => DECIDING_VERB.test(word))) return 'outcome';
  if (words.includes('next')) return 'next steps';
  // "What did we agree to do after the demo?", "What did they commit to do?": what comes next.
  if (!found && has('do') && has('agree', 'agreed', 'commit', 'committed', 'promise', 'promised', 'planned'))
    return 'next steps';
  // "Anything left to do?", "What remains to be done?": the open next steps.
  if (!found && has('left', 'remaining', 'remains', 'outstanding', 'pending') && has('do', 'done'))
    return 'next steps';
  // "How did the last call go?", "How did it go?": the outcome, however it is worded.
  if (wh === 'how' && !found) {
    if (words.some((word) => word === 'go' || word === 'went')) return 'outcome';
    if (words.includes('going')) return 'what happened';
  }
  // "When will it close?" asks for a date, not how it ended.
  if (wh === 'when' && found === 'outcome') return 'when';
  if (found) return found;
  if (wh === 'when') return 'when';
  return 'topic';
}
