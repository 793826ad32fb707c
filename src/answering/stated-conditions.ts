/**
 * Concerns stated as rules or conditions, with no word of concern: a customer says what may not
 * happen, what must, and on what terms they go ahead far more often than "my concern is". Each
 * class of phrasing is one alternative, so a new wording of a class is found, not one sentence.
 */

/** What may not happen: "we can't", "nothing from outside touches...", "no data leaves without...". */
const PROHIBITION = [
  "can['’]?t",
  'cannot',
  'can not',
  "won['’]?t",
  'will not',
  'not now',
  'no (?:outside|external|inbound|vendor|remote|third-party)',
  'nothing (?:from outside|external|inbound)',
  'no [\\w\\s-]{1,30} without',
  'no [\\w\\s-]{1,30} (?:leaves?|ever)',
  'hold up',
];
/** What must: "it has to stay validated", "SCIM is a must", "SSO is required". */
const OBLIGATION = [
  'has to',
  'have to',
  'must',
  'needs? to be',
  'requir(?:e|es|ed|ement|ements)',
  'insist\\w*',
];
/** On what terms: "unless it is our paper", "only if", "as long as", "I'll sign if...". */
const CONDITION = [
  'unless',
  'only if',
  'as long as',
  'on condition',
  'provided that',
  'conditions? (?:of|for)',
  '(?:only|one|main|hard) condition',
  "(?:will|would|['’]ll) (?:sign|buy|go ahead|move forward) (?:if|once|when)",
];
/** Only one way is allowed: "legal will only sign our own paper", "the league only allows approved vendors". */
const RESTRICTION = ['(?:will|would|can|could) only', 'only (?:allow|accept|sign|permit|let)\\w*'];
/** What must come first: "they want an addendum before they will review us", "nothing ships until...". */
const PRECONDITION = [
  "before (?:they|we|he|she|I|it|you|anyone|anything) (?:will|can|would|could|['’]ll)",
  "(?:nothing|not|never|no)\\b[\\w\\s'’,-]{0,40}?\\b(?:until|till)",
];
/** What is still open: "the one open point is...", "I still need a written answer", "still pending". */
const OUTSTANDING = [
  'still (?:need|want|require|waiting|pending|open)\\w*',
  'open (?:points?|items?|questions?|issues?)',
  'outstanding (?:points?|items?|questions?|issues?)',
  'one (?:thing|open)',
];
/** A limit they set: "two years is the most I will sign". */
const LIMIT = ['the most (?:I|we|they) (?:will|can|would|could)'];
/** Take it or leave it: "we pay in May or we do not do it", "non-negotiable", "a hard line". */
const ULTIMATUM = [
  "or (?:we|I) (?:do not|don['’]t|won['’]t|will not|walk)",
  'non-negotiable',
  'not negotiable',
  'deal-?breakers?',
  '(?:hard|red) line',
];

/** A sentence stating a concern as a rule or a condition, in Gong's summary or said aloud. */
export const STATED_AS_A_RULE = new RegExp(
  `\\b(${[
    ...PROHIBITION,
    ...OBLIGATION,
    ...CONDITION,
    ...RESTRICTION,
    ...PRECONDITION,
    ...OUTSTANDING,
    ...LIMIT,
    ...ULTIMATUM,
  ].join('|')})\\b`,
  'i',
);

/** The same, said aloud: a customer's "but" after praise ("Impressive. But this data feeds GMP batch decisions."). */
export const SAID_AS_A_RULE = new RegExp(`${STATED_AS_A_RULE.source}|\\bbut\\b`, 'i');
