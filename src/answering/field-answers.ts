/**
 * Answers to kinds of question that Gong answers in a field of its own rather than in prose:
 * people and roles from the participants, the date of the last call, Gong's call outcome, the
 * next-steps highlights and action items, and the briefs of what happened. Each returns the lines
 * of the answer, each with the calls it cites, or null when the fields hold nothing to say.
 */
import type { CallContent, CallParticipant } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';
import { hasAiContent } from './ai-content';
import { isNearDuplicate } from './near-duplicate';
import { stemsOf } from './passage-ranking';
import type { AnalyzedQuestion } from './analyze-question';
import { briefSentences } from './call-passages';
import { transcriptDigest } from './transcript-digest';
import type { AnswerLine } from './answer-line';
import { callLabel, newestFirst } from './call-order';
import { CLOSING_SHARE, nextStepsAnswer, SPOKEN_PLAN, SPOKEN_STEPS, spokenNextSteps } from './next-steps';
import { titlesAsked, type TitleAsked } from './titles-asked';
import { wholeWord } from './whole-word';

/** Calls cited on one line at most: the most recent ones. */
const MAX_CITED = 3;
/** Calls summarised when asked what happened. */
const MAX_SUMMARISED = 3;
/** Key points quoted of the call an outcome question is about. */
const MAX_KEY_POINTS = 4;

/** True when the call's title (or also its brief, with `orBrief`) holds one of the question's topic words. */
function callIsAbout(call: CallContent, asked: AnalyzedQuestion, orBrief = true): boolean {
  if (asked.topics.length === 0) return true;
  const stems = new Set([...stemsOf(call.title), ...(orBrief ? stemsOf(call.brief ?? '') : [])]);
  return asked.topics.some((word) => stems.has(word.stem));
}

/** True when `text` holds one of the question's topic words. */
function saysAny(text: string, asked: AnalyzedQuestion): boolean {
  const stems = new Set(stemsOf(text));
  return asked.topics.some((word) => stems.has(word.stem));
}

/**
 * The call whose title holds most of the question's topic words ("the security review": “Acme
 * security review” over “Deal review”), the newest of equals; undefined when no title holds one.
 */
function namedByTitle(ordered: readonly CallContent[], asked: AnalyzedQuestion): CallContent | undefined {
  const asking = new Set(asked.topics.map((word) => word.stem));
  let best: CallContent | undefined;
  let most = 0;
  for (const call of ordered) {
    const held = new Set(stemsOf(call.title).filter((stem) => asking.has(stem))).size;
    if (held > most) [best, most] = [call, held];
  }
  return best;
}

/** A person of the customer's side, over the calls read. */
interface Person {
  name: string;
  title: string | null;
  calls: CallContent[];
  talkSeconds: number;
}

/** Whether a participant spoke or joined: invitees who never joined have no speaker id. */
function attended(participant: CallParticipant, call: CallContent): boolean {
  return participant.speakerId !== null || call.participants.every((p) => p.speakerId === null);
}

function isCustomerSide(participant: CallParticipant): boolean {
  return participant.affiliation !== 'Internal';
}

/** The customer's people on the calls, most present first, then most talkative. */
function customerPeople(calls: readonly CallContent[]): Person[] {
  const people = new Map<string, Person>();
  for (const call of newestFirst(calls)) {
    for (const participant of call.participants) {
      const name = participant.name ?? participant.emailAddress;
      if (!name || !isCustomerSide(participant) || !attended(participant, call)) continue;
      const person = people.get(name) ?? { name, title: participant.title, calls: [], talkSeconds: 0 };
      person.title ??= participant.title;
      person.calls.push(call);
      person.talkSeconds +=
        call.speakers.find((speaker) => speaker.speakerId === participant.speakerId)?.talkTimeSeconds ?? 0;
      people.set(name, person);
    }
  }
  return [...people.values()].sort(
    (a, b) =>
      b.calls.length - a.calls.length || b.talkSeconds - a.talkSeconds || a.name.localeCompare(b.name),
  );
}

/** `Amara Johansson, CFO`. */
function nameAndTitle(person: Pick<Person, 'name' | 'title'>): string {
  return person.title ? `${person.name}, ${person.title}` : person.name;
}

/** `on 2 of the 5 calls read`. */
function presence(person: Person, read: number): string {
  return `on ${person.calls.length} of the ${read === 1 ? 'one call' : `${read} calls`} read`;
}

/** Words that state a role outright: who decides, owns the budget, signs off, or champions the deal. */
const STATES_ROLE: Record<'decision makers' | 'champion', RegExp> = {
  'decision makers':
    /\b(decision[- ]makers?|makes? the (final )?(decision|call)|final (decision|say|sign-?off|word)|decides|will decide|owns? the budget|holds? the (budget|pen|purse strings|chequebook|checkbook)|budget (owner|holder)|the one with the (money|budget)|(budget|money|decision|call|signature) is (his|hers|theirs|mine)|controls?( the (budget|grant|funds?|money|spend))?|(?<=['’]s )(decision|call)|comes? out of (his|her|their|my) (\w+ )?budget|signs? off|sign-off|(?<!\b(the|any|early|good|bad|warning|all|no|some|clear|positive|first) )(signs|will sign|would sign|is signing|gets to sign)(?! (of|off|in|on|up|out)\b)|can (kill|block|sink|stop) (it|this|that|the deal)|approves|must approve|has to approve|needs? (the )?approval|vetoe?s?|economic buyer|signing authority|signatory|goes to (the|our|their) (board|management committee|committee)|(brings?|takes?|presents?) [^.;]{0,40}?to (the|our|their) (board|management committee|committee)|needs (the|our|their) (board|committee)(?=\s*([.,;!?]|$|now\b|too\b|again\b|first\b)))\b/i,
  champion: /\b(champions?|sponsors?|advocates?|internal ally)\b/i,
};
/**
 * Role words that take an object ("approves the HECVAT", "signs off on SSO", "controls access"): they
 * state a decision role only when the object is the deal, its money or nothing at all.
 */
const TAKES_OBJECT =
  /^(decides|will decide|approves|must approve|has to approve|signs? off|sign-off|signs|will sign|would sign|is signing|gets to sign|controls?|vetoe?s?|makes? the (final )?(decision|call))$/i;
/** Objects that make an approval, a sign-off or a decision the deal's: "approves the purchase order". */
const DEAL_OBJECT =
  /^(deal|contracts?|purchases?|purchasing|budgets?|spend|spending|orders?|po|agreements?|quotes?|pric\w*|discounts?|proposals?|renewals?|money|funds?|funding|grants?|investments?|vendors?|products?|solutions?|software|platforms?|licen[cs]\w*|project|it|this|that|anything|everything|final|all|any|over|above)$/i;
/** Words after a role word that are no object: "approves by Friday", "decides once the board meets". */
const NO_OBJECT =
  /^(by|after|before|once|if|when|and|but|so|as|from|with|at|in|within|here|there|too|also|then|now|ultimately|himself|herself|themselves|myself|alone)$/i;
const DETERMINER = /^(the|this|that|our|their|your|its|his|her|my|any|all|a|an|every|each)$/i;

/** True when a role word found at `end` of `text` is not about something else than the deal. */
function aboutTheDeal(roleWord: string, text: string, end: number): boolean {
  // "access control", "quality control": the noun names no one's role.
  if (/^control$/i.test(roleWord.trim())) return false;
  if (!TAKES_OBJECT.test(roleWord.trim())) return true;
  const rest = text.slice(end).split(/[;,.:!?]/)[0] ?? '';
  const words = rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  let at = 0;
  if (/^(on|of|for|to)$/i.test(words[at] ?? '')) at += 1;
  // "Copperline signs no multi-year contracts": a rule against, no one's role.
  if (/^(no|none|nothing|neither)$/i.test(words[at] ?? '')) return false;
  while (DETERMINER.test(words[at] ?? '')) at += 1;
  // The object's words up to its head noun: "the student success grant" is a grant.
  const object = words.slice(at, at + 4).map((word) => word.replace(/[^\p{L}\p{N}$-]/gu, ''));
  const [first = ''] = object;
  return (
    first === '' ||
    NO_OBJECT.test(first) ||
    object.some((word) => DEAL_OBJECT.test(word) || /^\$|^\d/.test(word))
  );
}

/** The mentions of a role in `text` that are about the deal, not about approving something else. */
function roleMentions(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, 'gi'))].filter((match) =>
    aboutTheDeal(match[0], text, match.index + match[0].length),
  );
}

/** Words saying who decides is not known: "we still do not know who signs", "the decision process is unclear". */
const UNKNOWN_DECIDER =
  /\b((do|does|did)(n['’]t| not) (yet |still )?know (yet )?who (signs|decides|approves|makes|owns|has)|(decision|buying|approval|signing) process( [\w-]+){0,3} (is|remains) (still )?(unclear|unknown)|(unclear|not (yet )?clear|no idea|unknown) who (signs|decides|approves|makes|owns))\b/i;
/** Words that come closest to a decision role without stating it: who approved, signed or decided. */
const CLOSE_TO_DECIDING = /\b(approved|approval|signed|signs?|decided|decision)\b/i;
/** Words naming a customer's role or body, so "our AE will send the order form" is not taken for who signs. */
const ROLE_NOUN =
  /\b(C[A-Z]{1,2}O|VP|vice president|president|director|head of|board|procurement|legal|finance|owner|founder)\b/;
/** Role statements quoted at most. */
const MAX_ROLE_QUOTES = 4;

/** A sentence of a call, from its AI content or, when read, its transcript. */
interface CallSentence {
  text: string;
  call: CallContent;
  /** Who said it, for a transcript sentence whose speaker Gong knows. */
  speaker?: string;
  /** The same speaker's next sentence in the same turn, which often finishes the thought. */
  then?: string;
}

/** A transcript sentence as {@link sentencesOfCalls} reads it. */
type SpokenSentence = Omit<CallSentence, 'call'>;

/** Words of a sentence so short it only names who or what ("Felicity."): it is read with the next. */
const MAX_WORDS_OF_A_BARE_ANSWER = 3;

/**
 * A transcript's sentences with their speakers; a bare answer ("Felicity.") is joined to the same
 * speaker's next sentence, which says what it answers ("The first year comes out of a grant she
 * controls.").
 */
function spokenSentences(transcript: CallTranscript | undefined): SpokenSentence[] {
  const sentences = transcript?.sentences ?? [];
  const spoken: SpokenSentence[] = [];
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index];
    if (!sentence) continue;
    const sameSpeaker = (at: number) => {
      const other = sentences[at];
      return other && other.speakerId === sentence.speakerId ? other.text.trim() : undefined;
    };
    const next = sameSpeaker(index + 1);
    const bare = sentence.text.trim().split(/\s+/).length <= MAX_WORDS_OF_A_BARE_ANSWER;
    const text = bare && next ? `${sentence.text.trim()} ${next}` : sentence.text;
    if (bare && next) index += 1;
    const then = sameSpeaker(index + 1);
    spoken.push({
      text,
      ...(sentence.speakerName ? { speaker: sentence.speakerName } : {}),
      ...(then ? { then } : {}),
    });
  }
  return spoken;
}

/** The sentences of the calls read, newest call first: briefs, key points, highlights, outline, transcripts. */
function sentencesOfCalls(
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): CallSentence[] {
  const found: CallSentence[] = [];
  for (const call of newestFirst(calls)) {
    const written = [
      ...call.keyPoints,
      ...briefSentences(call.brief ?? ''),
      ...call.highlights.flatMap((section) => section.items),
      ...call.outline.flatMap((section) => section.items),
    ].map((text): SpokenSentence => ({ text }));
    for (const sentence of [...written, ...spokenSentences(transcripts.get(call.callId))]) {
      const text = sentence.text.trim();
      if (text.length === 0 || found.some((other) => isNearDuplicate(text, other.text))) continue;
      found.push({ ...sentence, text, call });
    }
  }
  return found;
}

/**
 * A sentence up to the end of the clause that holds `pattern` (cut at the next comma or semicolon),
 * so a role quote keeps its subject but not the figures after it ("the CFO approved a 15% discount
 * for two years", not the price).
 */
function clauseWith(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match) return text.trim();
  const end = text.slice(match.index).search(/[;,]\s/);
  return (end < 0 ? text : text.slice(0, match.index + end)).trim();
}

/**
 * `clause` (the start of `text`) with the clauses after it that go on about who decides: "Emeka
 * signs; the owners need not approve anything under $50,000", "she is the decision maker, as the
 * budget is hers", "Maureen signs, but Tobias can kill the deal". It stops at the first clause about
 * something else, so a price after a role is still left out.
 */
function withRoleClauses(text: string, clause: string): string {
  let end = text.indexOf(clause) + clause.length;
  for (;;) {
    const separator = /^[;,]\s+/.exec(text.slice(end));
    if (!separator) break;
    const start = end + separator[0].length;
    const next = text.slice(start).search(/[;,]\s/);
    const stop = next < 0 ? text.length : start + next;
    const words = text.slice(start, stop);
    if (!DECISION_TALK.test(words) && roleMentions(words, STATES_ROLE['decision makers']).length === 0) break;
    end = stop;
  }
  return text.slice(0, end).trim();
}

/**
 * What a role sentence quotes: the clause that holds `pattern` (see {@link clauseWith}) and those
 * after it that go on about the decision (see {@link withRoleClauses}); a sentence
 * said aloud whole unless a figure follows the clause, and with the speaker's next sentence when
 * that goes on about the decision ("this is Declan's decision, out of his operations budget. I only
 * get involved in purchases above $250,000.").
 */
function roleQuote(sentence: CallSentence, pattern: RegExp): string {
  const clause = withRoleClauses(sentence.text, clauseWith(sentence.text, pattern));
  if (sentence.speaker === undefined || /\d/.test(sentence.text.slice(clause.length))) return clause;
  const whole = sentence.text.trim();
  return sentence.then && DECISION_TALK.test(sentence.then) ? `${whole} ${sentence.then}` : whole;
}

/** A title written before a name: "Dr. Felicity Amadi" is Felicity. */
const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i;

/** The first name of `name`, after any honorific. */
function firstName(name: string): string {
  return name.split(/\s+/).find((word) => !HONORIFIC.test(word)) ?? '';
}

/**
 * The customer's people a sentence names, by name, by a first name no one else of theirs has
 * ("Harriet signs anything over $25,000"), or by title ("the CFO").
 */
function peopleNamedIn(text: string, people: readonly Person[]): Person[] {
  return people.filter((person) => namesOf(person, people).some((name) => wholeWord(name, 'u').test(text)));
}

/** How a sentence may name `person`: their name, a first name no one else of theirs has, their title. */
function namesOf(person: Person, people: readonly Person[]): string[] {
  const first = firstName(person.name);
  const uniqueFirst =
    first.length >= 3 && people.filter((other) => firstName(other.name) === first).length === 1;
  return [person.name, ...(uniqueFirst ? [first] : []), ...(person.title ? [person.title] : [])];
}

/** A role said not to be held: "not the decision maker", "doesn't hold the budget". */
const NEGATED = /\b(not|n['’]t|never|no longer|nor)\s+(\w+\s+){0,2}$/i;

/**
 * Who a sentence says holds the role: for each mention of it that is not negated, the person of
 * theirs named last before it ("Gordon liked it but said the CFO, Harriet Osei, owns the budget":
 * Harriet Osei, not Gordon; "this is Declan's decision": Declan), by name, first name or title.
 */
function holdersOf(text: string, pattern: RegExp, people: readonly Person[]): Person[] {
  const holders: Person[] = [];
  let from = 0;
  for (const match of roleMentions(text, pattern)) {
    const before = text.slice(0, match.index);
    if (!NEGATED.test(before)) {
      let last: { person: Person; at: number } | undefined;
      for (const person of peopleNamedIn(before.slice(from), people)) {
        const at = lastMention(before, person, people);
        if (at >= from && (!last || at > last.at)) last = { person, at };
      }
      // "Declan said the board approves it": the role is the board's, not the person's named before;
      // so is "Barbara brings it to the board" or "it needs the board".
      const body = BODY_DECIDES.test(match[0]);
      if (
        last &&
        !body &&
        !namesAnotherHolder(before.slice(last.at), last.person) &&
        (!SIGNS.test(match[0]) || signsThemselves(before.slice(last.at), last.person))
      )
        holders.push(last.person);
    }
    from = match.index + match[0].length;
  }
  return holders;
}

/** A body named by its name: "the Board of Commissioners", "the Management Committee". */
const NAMED_BODY =
  /\b(Board|Committee|Council) of( [A-Z][\p{L}-]+)+|\b([A-Z][\p{L}-]+ )+(Board|Committee|Council)\b/gu;

/**
 * Of `stated` (role sentences, newest call first), the first and each after it that says more: a
 * holder of the role (`holders`) or a body by its name not quoted yet. "Patrick signs after board
 * approval" then "I will sign if the board approves" repeat it; "the Board of Commissioners
 * approves purchases over $50,000" says whose approval.
 */
function sayingMore(stated: readonly CallSentence[], holders: (s: CallSentence) => Person[]): CallSentence[] {
  const kept: CallSentence[] = [];
  const named = new Set<string>();
  for (const sentence of stated) {
    const people = holders(sentence).map((person) => person.name);
    const bodies = [...sentence.text.matchAll(NAMED_BODY)].map((match) => match[0].toLowerCase());
    if (kept.length === 0 || [...people, ...bodies].some((name) => !named.has(name))) {
      kept.push(sentence);
      for (const name of [...people, ...bodies]) named.add(name);
    }
  }
  return kept;
}

/** A role phrase of signing, whose subject stands right before it: "Maureen signs", "Felix will sign". */
const SIGNS = /^(signs|will sign|would sign|is signing|gets to sign)$/i;
/** Words between a person named and "signs" that still leave them its subject: "Callum, our CEO, signs". */
const MAX_WORDS_BEFORE_SIGNING = 3;

/**
 * True when `gap` (from where `person` is named to "signs") leaves them its subject: "Maureen
 * signs", "Callum, the CEO, signs", not "Denise said Copperline signs".
 */
function signsThemselves(gap: string, person: Person): boolean {
  const title = person.title ?? '';
  const rest = (title === '' ? gap : gap.split(title).join(' ')).split(/\s+/).filter(Boolean);
  const named = person.name.split(/\s+/).length;
  return (
    rest.length - named <= MAX_WORDS_BEFORE_SIGNING && !/\b(said|says|told|thinks?|and|but)\b/i.test(gap)
  );
}

/** A role phrase that gives the decision to a body: "goes to the board", "needs the committee". */
const BODY_DECIDES = /\b(board|committee)\b/i;

/** A body or a title of someone else between a person and a role word: "the board", "the CFO". */
const OTHER_HOLDER =
  /\b(the|our|their|a|an|his|her)\s+(board|committee|council|procurement|legal|finance|C[A-Z]{1,2}O|VP|vice president|president|director|head of \w+|owner|founder|team|department|manager)\b/i;

/** True when `gap` (from where `person` is named to the role word) names another holder of the role. */
function namesAnotherHolder(gap: string, person: Person): boolean {
  const title = person.title ?? '';
  const rest = title === '' ? gap : gap.split(title).join(' ');
  return OTHER_HOLDER.test(rest);
}

/** Where `person` is last named in `text` (name, unique first name or title); -1 when not. */
function lastMention(text: string, person: Person, people: readonly Person[]): number {
  return Math.max(
    -1,
    ...namesOf(person, people).map((name) => [...text.matchAll(wholeWord(name, 'gu'))].at(-1)?.index ?? -1),
  );
}

/** The answer of one of Gong's fields and whether it answers the question (see `Answer.answersQuestion`). */
export interface FieldAnswer {
  lines: AnswerLine[];
  answersQuestion: boolean;
  /** True when it only comes close (see `Answer.partial`). */
  partial?: boolean;
}

/**
 * Who decides or champions, only as the calls state it: the sentences that state the role, quoted
 * as evidence, with the participants they name. Where no sentence states it, it says so and quotes
 * what comes closest (who approved, who signed); a champion inferred from attendance is labelled
 * as inferred, with what it is inferred from. A title is never taken for a role.
 */
function roleAnswer(
  role: 'decision makers' | 'champion',
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
  people: readonly Person[],
): FieldAnswer {
  const read = calls.length;
  const sentences = sentencesOfCalls(calls, transcripts);
  const quote = (sentence: CallSentence, pattern: RegExp): AnswerLine => ({
    text: `- "${roleQuote(sentence, pattern)}"`,
    calls: [sentence.call],
  });
  // A role is stated of someone: "the committee approves" names no one of theirs and is not taken for it.
  const stated = sayingMore(
    sentences.filter((s) => {
      const clause = clauseWith(s.text, STATES_ROLE[role]);
      return (
        roleMentions(clause, STATES_ROLE[role]).length > 0 &&
        (role === 'champion' || ROLE_NOUN.test(clause) || peopleNamedIn(clause, people).length > 0)
      );
    }),
    (s) => holdersOf(s.text, STATES_ROLE[role], people),
  ).slice(0, MAX_ROLE_QUOTES);
  const statedOf = [...new Set(stated.flatMap((s) => holdersOf(s.text, STATES_ROLE[role], people)))];
  // A decision role stated of no one of theirs ("if the committee approves") says less than who signed,
  // unless it gives the decision to a body ("anything over $75,000 goes to our board").
  const toABody = stated.some((s) =>
    roleMentions(s.text, STATES_ROLE[role]).some((m) => BODY_DECIDES.test(m[0])),
  );
  if (stated.length > 0 && (statedOf.length > 0 || role === 'champion' || toABody)) {
    const named = statedOf;
    const label =
      role === 'champion' ? 'Champion' : named.length === 1 ? 'Decision maker' : 'Decision makers';
    const heading: AnswerLine =
      named.length > 0
        ? {
            text: `${label}, as the calls state it: ${named.map(nameAndTitle).join('; ')}`,
            calls: [
              ...new Set(stated.filter((s) => peopleNamedIn(s.text, named).length > 0).map((s) => s.call)),
            ],
          }
        : {
            text:
              role === 'champion'
                ? 'What the calls say about a champion:'
                : 'What the calls say about who decides:',
            calls: [],
          };
    return {
      lines: [heading, ...withoutRepeats(stated.map((s) => quote(s, STATES_ROLE[role])))],
      answersQuestion: true,
      // Naming no one ("it goes to our board"), or leaving part of it to a body ("Patrick signs if
      // the board approves"), it answers in part: other calls may say who, or what the body approves.
      ...(named.length === 0 || stated.some((s) => BODY_DECIDES.test(s.text)) ? { partial: true } : {}),
    };
  }
  if (role === 'champion') {
    const [likely] = people;
    return {
      lines: [
        { text: `Nothing in ${callsRead(read)} mentions a champion.`, calls: [] },
        ...(likely
          ? [
              {
                text: `Inferred, not stated: ${likely.title ? `${likely.name} (${likely.title})` : likely.name} joined the most calls (${likely.calls.length} of ${read}) and spoke the most of their people.`,
                calls: likely.calls.slice(0, MAX_CITED),
              },
            ]
          : []),
      ],
      answersQuestion: false,
    };
  }
  // "We still do not know who signs", "the decision process is unclear": the calls say it is not
  // known, which is the answer; the closest anyone comes would be a guess.
  const unknown = sentences.filter((s) => UNKNOWN_DECIDER.test(s.text)).slice(0, MAX_ROLE_QUOTES);
  if (role === 'decision makers' && unknown.length > 0) {
    return {
      lines: [
        {
          text: `None of ${callsRead(read)} states who makes the decision; they say it is not known yet:`,
          calls: [],
        },
        ...unknown.map((s) => ({
          text: `- ${s.speaker ? `${s.speaker} said: ` : ''}"${s.text}"`,
          calls: [s.call],
        })),
      ],
      answersQuestion: true,
      partial: true,
    };
  }
  const close = sentences
    .filter((s) => {
      const clause = clauseWith(s.text, CLOSE_TO_DECIDING);
      return (
        CLOSE_TO_DECIDING.test(clause) && (ROLE_NOUN.test(clause) || peopleNamedIn(clause, people).length > 0)
      );
    })
    .slice(0, MAX_ROLE_QUOTES);
  if (close.length === 0) {
    return {
      lines: [
        {
          text: `Nothing in ${callsRead(read)} mentions who decides, approves or signs. Their people on the calls:`,
          calls: [],
        },
        ...people.slice(0, 5).map((person) => ({
          text: `- ${nameAndTitle(person)}: ${presence(person, read)}`,
          calls: person.calls.slice(0, MAX_CITED),
        })),
      ],
      answersQuestion: false,
    };
  }
  const named = [
    ...new Set(close.flatMap((s) => peopleNamedIn(clauseWith(s.text, CLOSE_TO_DECIDING), people))),
  ];
  return {
    lines: [
      {
        text: `None of ${callsRead(read)} states who makes the decision. The closest they come, who approved or signed:`,
        calls: [],
      },
      ...close.map((s) => quote(s, CLOSE_TO_DECIDING)),
      ...named.map((person) => ({
        text: `- On the calls: ${nameAndTitle(person)}`,
        calls: person.calls.slice(0, 1),
      })),
    ],
    answersQuestion: true,
    partial: true,
  };
}

/** Words of a sentence about someone's part in a decision: "this is Declan's decision", "I only get involved above $250,000". */
const DECISION_TALK =
  /\b(decision|decides?|decided|budget|approv\w*|sign\w*|involved|owns?|final say|veto\w*|recommend\w*)\b/i;
/** Sentences quoted of the holder of a title asked about. */
const MAX_TITLE_QUOTES = 2;

/**
 * `answer` to a "who decides" question that also asks about a title ("is it the CFO?"), with what
 * the calls say of that title's holder when no line quoted yet does: the sentences they said or
 * that name them about a decision, a budget or a signature, each with the speaker's next sentence,
 * which often finishes it ("this is Declan's decision... I only get involved in purchases above
 * $250,000"). When none does it says so and the answer is partial, so the other transcripts and
 * the older calls are read.
 */
function withTitlesAsked(
  answer: FieldAnswer,
  titles: readonly TitleAsked[],
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
  people: readonly Person[],
): FieldAnswer {
  const quoted = answer.lines
    .map((line) => line.text)
    .filter((text) => text.includes('"'))
    .join('\n');
  const lines: AnswerLine[] = [];
  let partial = answer.partial === true;
  for (const title of titles) {
    const holders = people.filter((person) => title.pattern.test(person.title ?? ''));
    const names = holders.flatMap((holder) => namesOf(holder, people));
    const namesHolder = (text: string) => names.some((name) => wholeWord(name, 'u').test(text));
    if (title.pattern.test(quoted) || namesHolder(quoted)) continue;
    const who =
      holders.length > 0
        ? `the ${title.label}, ${holders.map((h) => h.name).join(' and ')}`
        : `the ${title.label}`;
    const said = sentencesOfCalls(calls, transcripts)
      .filter(
        (s) =>
          DECISION_TALK.test(`${s.text} ${s.then ?? ''}`) &&
          (holders.some((holder) => holder.name === s.speaker) ||
            title.pattern.test(s.text) ||
            namesHolder(s.text)),
      )
      .slice(0, MAX_TITLE_QUOTES);
    if (said.length === 0) {
      partial = true;
      lines.push({
        text:
          holders.length > 0
            ? `None of ${callsRead(calls.length)} says what part ${who}, takes in the decision.`
            : `Nothing in ${callsRead(calls.length)} mentions ${who}.`,
        calls: [],
      });
      continue;
    }
    lines.push(
      { text: `What the calls say of ${who}:`, calls: [] },
      ...said.map((s) => ({
        text: `- ${s.speaker ? `${s.speaker} said: ` : ''}"${s.then ? `${s.text} ${s.then}` : s.text}"`,
        calls: [s.call],
      })),
    );
  }
  return { ...answer, lines: [...answer.lines, ...lines], ...(partial ? { partial: true } : {}) };
}

/** `lines` without those whose text an earlier line already quotes (a sentence quoted with the one before it). */
function withoutRepeats(lines: readonly AnswerLine[]): AnswerLine[] {
  const inner = (line: AnswerLine) => line.text.replace(/^- "|"$/g, '');
  return lines.filter(
    (line, index) => !lines.slice(0, index).some((earlier) => inner(earlier).includes(inner(line))),
  );
}

/** "the one call read" / "the 5 calls read". */
function callsRead(count: number): string {
  return count === 1 ? 'the one call read' : `the ${count} calls read`;
}

/**
 * Who: decision makers or the champion as the calls state them, or the attendees, from participants
 * and speakers; `roles` holds the stems of the question's nouns that name a person ("lawyer").
 */
export function peopleAnswer(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
  roles: ReadonlySet<string> = new Set(),
): FieldAnswer | null {
  const read = calls.length;
  if (asked.lastCallOnly || (asked.people === 'attendees' && asked.topics.length === 0 && read === 1)) {
    const last = newestFirst(calls)[0];
    if (!last) return null;
    const present = last.participants.filter((p) => attended(p, last) && (p.name ?? p.emailAddress));
    if (present.length === 0) return null;
    const names = present.map((p) => {
      const side = isCustomerSide(p) ? (p.title ?? '') : ['our side', p.title].filter(Boolean).join(', ');
      return side ? `${p.name ?? p.emailAddress} (${side})` : (p.name ?? p.emailAddress ?? '');
    });
    return {
      lines: [{ text: `Attendees of the last call, ${callLabel(last)}: ${names.join('; ')}`, calls: [last] }],
      answersQuestion: true,
    };
  }
  const people = customerPeople(calls);
  if (asked.people === 'champion') return roleAnswer(asked.people, calls, transcripts, people);
  if (asked.people === 'decision makers') {
    const titles = titlesAsked([...asked.topics, ...asked.cues, ...asked.others].map((word) => word.text));
    return withTitlesAsked(
      roleAnswer(asked.people, calls, transcripts, people),
      titles,
      calls,
      transcripts,
      people,
    );
  }
  if (people.length === 0) return null;
  // "Who is their lawyer?": a role asked (`roles`, stems of the question's nouns naming a person)
  // that no call read mentions is said to be unmentioned before the list.
  const said = new Set(sentencesOfCalls(calls, transcripts).flatMap((s) => stemsOf(s.text)));
  const unmentioned = asked.topics
    .filter((word) => roles.has(word.stem) && !said.has(word.stem))
    .map((word) => `"${word.text}"`);
  return {
    lines: [
      ...(unmentioned.length > 0
        ? [{ text: `Nothing in ${callsRead(read)} mentions ${unmentioned.join(' or ')}.`, calls: [] }]
        : []),
      { text: 'Their people on the calls read, most present first:', calls: [] },
      ...people.slice(0, 6).map((person) => ({
        text: `- ${nameAndTitle(person)}: ${presence(person, read)}`,
        calls: person.calls.slice(0, MAX_CITED),
      })),
    ],
    answersQuestion: true,
  };
}

/** When was the last call: its date and title. */
export function lastCallAnswer(calls: readonly CallContent[]): AnswerLine[] | null {
  const last = newestFirst(calls)[0];
  return last
    ? [{ text: `The last call was on ${last.started.slice(0, 10)}: “${last.title}”`, calls: [last] }]
    : null;
}

/** Words that give a reason: "why did we lose?" is answered by "they chose X because...". */
const GIVES_REASON =
  /\b(because|due to|lost to|chose|went with|gaps?|too (expensive|slow|complex|costly)|missing|lacks?|instead of)\b/i;
/**
 * Words that state a decision or a change of plan: "where do we stand?" is answered by what was
 * approved or signed, and by what slipped, moved, was pulled or froze.
 */
const STATES_DECISION =
  /\b(approved|signed|verbal(ly)? commit\w*|chose|lost|won|declined|rejected|agreed|accepted|went with|slip(s|ped)?|moved|pulled|froze|frozen|paused|delayed|postponed|on hold|stalled|pushed (back|out)|cancel(l?ed|s)?)\b/i;
/** Reasons or decisions quoted beside an outcome, one a call, newest call first. */
const MAX_SUPPORTING = 4;

/**
 * Beside an outcome, the sentences of the calls read that answer what the outcome alone does not:
 * for "why", the reasons they give; for where things stand over all the calls, the decisions
 * they state. Newest call first, none that repeats what is already quoted.
 */
function supportingLines(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
  quoted: readonly string[],
): AnswerLine[] {
  const [heading, pattern] = asked.asksWhy
    ? ['Reasons the calls give:', GIVES_REASON]
    : !asked.lastCallOnly && asked.topics.length === 0
      ? ['Decisions and changes on the calls read:', STATES_DECISION]
      : [null, null];
  if (!heading || !pattern) return [];
  const candidates = sentencesOfCalls(calls, transcripts).filter(
    (s) => pattern.test(s.text) && !quoted.some((q) => q.length > 0 && isNearDuplicate(s.text, q)),
  );
  // One a call, the one stating most ("the item was pulled from the agenda: the board froze IT
  // spending"), so the decisions and changes of several calls show, not one call's every line.
  const stated = (text: string) => new Set(text.match(new RegExp(pattern.source, 'gi'))).size;
  const found = candidates
    .filter((s) => !candidates.some((other) => other.call === s.call && stated(other.text) > stated(s.text)))
    .filter((s, index, all) => all.findIndex((other) => other.call === s.call) === index)
    .slice(0, MAX_SUPPORTING);
  if (found.length === 0) return [];
  return [{ text: heading, calls: [] }, ...found.map((s) => ({ text: `- "${s.text}"`, calls: [s.call] }))];
}

/** The newest call's Gong outcome, as one line, or null when no call read has one. */
export function newestOutcome(calls: readonly CallContent[]): AnswerLine | null {
  const call = newestFirst(calls).find((c) => c.callOutcome && hasAiContent(c));
  return call?.callOutcome
    ? {
        text: `Gong's outcome of the newest call, ${callLabel(call)}: ${call.callOutcome.name}`,
        calls: [call],
      }
    : null;
}

/** Outcome: Gong's outcome of the call asked about (the last, or the last on the topic) and its key points. */
export function outcomeAnswer(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] | null {
  const ordered = newestFirst(calls);
  // The call named by its title first ("the renewal call"; the title holding most of the words
  // asked, the newest of those), else one whose brief is about it.
  const target =
    (asked.lastCallOnly
      ? ordered[0]
      : (namedByTitle(ordered, asked) ?? ordered.find((call) => callIsAbout(call, asked)))) ?? ordered[0];
  if (!target) return null;
  if (hasAiContent(target)) {
    const points = target.keyPoints.slice(0, MAX_KEY_POINTS);
    // The brief says how the call went in Gong's words; quoted unless the key points already say it.
    const brief = target.brief?.trim() ?? '';
    const briefAdds = brief.length > 0 && !isNearDuplicate(brief, points.join(' '));
    // A call Gong summarised without naming an outcome still says how it went in its key points and brief.
    const lines: AnswerLine[] = [
      target.callOutcome
        ? { text: `Outcome of ${callLabel(target)}: ${target.callOutcome.name}`, calls: [target] }
        : { text: `How ${callLabel(target)} went, as Gong summarised it (no outcome named):`, calls: [] },
      ...points.map((point) => ({ text: `- "${point}"`, calls: [target] })),
      ...(briefAdds ? [{ text: `- Brief: "${brief}"`, calls: [target] }] : []),
    ];
    return [...lines, ...supportingLines(asked, calls, transcripts, [...points, brief])];
  }
  const said = unsummarisedLines(target, asked, transcripts);
  const previous = ordered.find((call) => call !== target && call.callOutcome && hasAiContent(call));
  return [
    {
      text: `${callLabel(target)} has no Gong outcome yet (Gong has not summarised it)${said.length > 0 ? '; from its transcript:' : '.'}`,
      calls: [],
    },
    ...said,
    ...(previous
      ? [
          {
            text: `The call before it, ${callLabel(previous)}, had the outcome: ${previous.callOutcome?.name ?? ''}`,
            calls: [previous],
          },
        ]
      : []),
    ...supportingLines(
      asked,
      calls,
      transcripts,
      said.map((line) => line.text.replace(/^- (.+? said: )?"|"$/g, '')),
    ),
  ];
}

/**
 * What a call Gong has not summarised says, from its transcript: the sentences that state the most
 * (see {@link transcriptDigest}), else the plans said at its end; each quoted with its speaker.
 */
function unsummarisedLines(
  call: CallContent,
  asked: AnalyzedQuestion,
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] {
  const transcript = transcripts.get(call.callId);
  const digest = transcriptDigest(transcript, new Set(asked.topics.map((word) => word.stem)), {
    felt: asked.kind === 'outcome',
  });
  if (digest.length > 0) {
    // The plans said at its end ("I will send the training calendar") state what comes next even
    // without a figure: quoted after what it states, unless already quoted.
    const all = transcript?.sentences ?? [];
    const plans = all
      .slice(Math.floor(all.length * (1 - CLOSING_SHARE)))
      .filter((s) => SPOKEN_PLAN.test(s.text) && !digest.some((d) => d.text.includes(s.text.trim())))
      .slice(0, SPOKEN_STEPS)
      .map((s) => ({ text: s.text.trim(), speaker: s.speakerName }));
    return [...digest, ...plans].map((s) => ({
      text: `- ${s.speaker ? `${s.speaker} said: ` : ''}"${s.text}"`,
      calls: [call],
    }));
  }
  return spokenNextSteps(transcript).map((spoken) => ({
    text: `- ${spoken.speaker ? `${spoken.speaker} said: ` : ''}"${spoken.text}"`,
    calls: [call],
  }));
}

/**
 * Next steps: of the call a title names when the question names one ("what did we agree to do
 * after the demo?": the call titled “Northwind demo – Whitcombe & Frey”), else of all the calls.
 * Null for a question about something else ("next steps on the Snowflake integration").
 */
export function nextStepsOf(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] | null {
  if (asked.topics.length === 0) return nextStepsAnswer(calls, transcripts);
  const named = namedByTitle(newestFirst(calls), asked);
  const steps = named ? nextStepsAnswer([named], transcripts) : null;
  return steps
    ? [{ text: `Next steps agreed on ${callLabel(named as CallContent)}:`, calls: [] }, ...steps.slice(1)]
    : null;
}

/** What happened: the briefs of the calls asked about, most recent first, with Gong's outcome. */
export function summaryAnswer(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] | null {
  const ordered = newestFirst(calls);
  // A call Gong has not summarised is about what its transcript says: it has no brief to say it.
  const said = (call: CallContent) =>
    !hasAiContent(call) &&
    (transcripts.get(call.callId)?.sentences ?? []).some((sentence) => saysAny(sentence.text, asked));
  const about = ordered.filter((call) => callIsAbout(call, asked) || said(call));
  // A call its title names ("the security review") is what is asked about: its brief and key points.
  const named = asked.lastCallOnly ? undefined : namedByTitle(ordered, asked);
  const chosen = (
    asked.lastCallOnly ? ordered.slice(0, 1) : named ? [named] : about.length > 0 ? about : ordered
  ).slice(0, MAX_SUMMARISED);
  if (chosen.length === 0) return null;
  return chosen.flatMap((call) => {
    const outcome = call.callOutcome ? ` (${call.callOutcome.name})` : '';
    if (hasAiContent(call) && call.brief) {
      const points = call === named ? call.keyPoints.slice(0, MAX_KEY_POINTS) : [];
      return [
        { text: `- ${callLabel(call)}${outcome}: "${call.brief.trim()}"`, calls: [call] },
        ...points
          .filter((point) => !isNearDuplicate(point, call.brief ?? ''))
          .map((point) => ({ text: `- "${point}"`, calls: [call] })),
      ];
    }
    const said = unsummarisedLines(call, asked, transcripts);
    return said.length > 0
      ? [
          { text: `- ${callLabel(call)}, not summarised by Gong yet; from its transcript:`, calls: [] },
          ...said,
        ]
      : [{ text: `- ${callLabel(call)}: not summarised by Gong yet`, calls: [] }];
  });
}
