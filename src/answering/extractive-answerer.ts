import type { CallContent } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';
import { NO_CALLS_ANALYZED_ANSWER, type Answer, type Answerer } from './answer';
import { passagesOfCalls, type CallPassage } from './call-passages';
import { sentimentOf } from './language/english';
import {
  lastCallAnswer,
  newestOutcome,
  nextStepsOf,
  outcomeAnswer,
  peopleAnswer,
  summaryAnswer,
  type FieldAnswer,
} from './field-answers';
import { isNearDuplicate, sameText } from './near-duplicate';
import { relatedWords, type RelatedWords } from './language/related-words';
import { rankPassages, startedAt, stemsOf, type RankedPassage } from './passage-ranking';
import { analyzeQuestion, type AnalyzedQuestion } from './analyze-question';
import { questionAsMeant } from './language/question-as-meant';
import { transcriptNote } from './transcript-note';
import { answersWhen } from './dated-text';
import { MONEY, STATES_A_PRICE } from './money-text';
import { pricesStated } from './prices-stated';
import { rivalStems } from './rival-names';
import { systemStems } from './system-names';
import { isPersonNoun } from './language/person-nouns';
import { kindOfQuestion } from '../wording/question-kind';
import type { AnswerLine } from './answer-line';
import { isAboutPeople, peopleAsked } from './people-asked';
import { SAID_AS_A_RULE, STATED_AS_A_RULE } from './stated-conditions';
import { STATES_A_VIEW } from './stated-views';
import { statesTheirMoney, theirMoneyAsked } from './their-money';

/** Limits on how much an extractive answer quotes. */
export interface ExtractiveAnswererOptions {
  /** Quoted lines in total; default 8. */
  maxPassages?: number;
  /** Characters quoted in total, so an answer stays readable however many calls bear on it; default 1,500. */
  maxCharacters?: number;
  /**
   * Passages quoted from any one call beyond its best one, so one long call cannot crowd out the
   * others; default 2.
   */
  maxPassagesPerCall?: number;
  /** WordNet's related words for ranking; default: the process's {@link relatedWords}. */
  relatedWords?: RelatedWords;
}

interface Quote extends RankedPassage {
  /** Calls that hold this very text: the passage's own call first. */
  calls: CallContent[];
}

/**
 * Passages scoring below this share of the best one are left out of the general pass: they match
 * only a word the question shares with many passages.
 */
const MIN_SHARE_OF_BEST_SCORE = 0.5;
/**
 * A call's best passage is quoted when it holds a word asked, whatever its score (recall comes
 * first: every call that mentions a discount is quoted when asked about discounts); when the
 * question names nothing to match, down to this share of the best score.
 */
const MIN_SHARE_FOR_A_CALL = 0.3;
/** Sentences of one turn quoted as one passage at most, however many of its runs bear on the question. */
const MAX_SENTENCES_MERGED = 5;
/** Calls a quoted text may cite when several calls hold exactly that text. */
const MAX_CALLS_PER_QUOTE = 3;

/** What bounds the quotes of one answer. */
interface QuoteBudget {
  lines: number;
  characters: number;
  perCall: number;
}

/**
 * Chooses what to quote, recall first within a length budget: the best passage on each word the
 * question names (its topics and kind words, and `alsoAsked`, the rivals the calls name) not yet covered, then the best passage of every call
 * that bears on the question, then the most relevant others, until the budget of lines and
 * characters is spent. A passage that repeats one already quoted is left out; when another call
 * holds exactly the quoted text, that call is cited on the same quote instead. Quotes are grouped
 * by call, newest call first, in the call's reading order.
 */
function selectQuotes(
  ranked: RankedPassage[],
  asked: AnalyzedQuestion,
  budget: QuoteBudget,
  alsoAsked: ReadonlySet<string>,
  after: {
    causes: readonly RankedPassage[];
    rules: readonly RankedPassage[];
    /** `call`: one rule a call not quoted yet; `general`: up to the per-call budget (the rules of someone asked about). */
    rulesPass: 'call' | 'general';
  } = { causes: [], rules: [], rulesPass: 'call' },
): Quote[] {
  const quotes: Quote[] = [];
  const perCall = new Map<string, number>();
  let characters = 0;
  /** `topic`: covers a word asked, whatever its call's share; `call`: a call's first quote; else one more. */
  const consider = (passage: RankedPassage, pass: 'topic' | 'call' | 'general'): boolean => {
    // A run of the same turn that meets one already quoted is quoted with it, as one passage.
    const span = passage.span;
    const sibling = span
      ? quotes.find(
          (quote) =>
            quote.call.callId === passage.call.callId &&
            quote.span?.turn === span.turn &&
            quote.span.from <= span.to &&
            span.from <= quote.span.to,
        )
      : undefined;
    if (span && sibling?.span) {
      const from = Math.min(sibling.span.from, span.from);
      const to = Math.max(sibling.span.to, span.to);
      const text = span.texts.slice(from, to).join(' ');
      if (
        to - from > MAX_SENTENCES_MERGED ||
        characters - sibling.text.length + text.length > budget.characters
      ) {
        return true;
      }
      characters += text.length - sibling.text.length;
      Object.assign(sibling, {
        text,
        span: { ...span, from, to },
        topics: new Set([...sibling.topics, ...passage.topics]),
      });
      return true;
    }
    const copy = quotes.find(
      (quote) => isNearDuplicate(passage.text, quote.text) || isNearDuplicate(quote.text, passage.text),
    );
    if (copy) {
      // A quote the passage holds and adds figures to ("E&I quote approved" / "E&I quote approved:
      // $96,000 a year"), or a call's terse line its own words say in full ("Owners nervous:
      // attendance fell 11%" / "The owners are nervous after we finished bottom of the table and
      // attendance fell 11%"): the passage says more, so it is quoted in its place.
      const saysMore =
        !isNearDuplicate(passage.text, copy.text) &&
        ((/\d/.test(passage.text) && !/\d/.test(copy.text)) || passage.call.callId === copy.call.callId);
      if (saysMore && characters - copy.text.length + passage.text.length <= budget.characters) {
        characters += passage.text.length - copy.text.length;
        const taken = perCall.get(copy.call.callId) ?? 1;
        perCall.set(copy.call.callId, taken - 1);
        perCall.set(passage.call.callId, (perCall.get(passage.call.callId) ?? 0) + 1);
        quotes.splice(quotes.indexOf(copy), 1, { ...passage, calls: [passage.call] });
        return true;
      }
      const cited = copy.calls.some((call) => call.callId === passage.call.callId);
      if (!cited && sameText(passage.text, copy.text) && copy.calls.length < MAX_CALLS_PER_QUOTE) {
        copy.calls.push(passage.call);
      }
      return true;
    }
    const taken = perCall.get(passage.call.callId) ?? 0;
    if (pass === 'call' && taken > 0) return true;
    if (pass === 'general' && taken >= budget.perCall) return false;
    if (quotes.length >= budget.lines || characters + passage.text.length > budget.characters) return false;
    perCall.set(passage.call.callId, taken + 1);
    characters += passage.text.length;
    quotes.push({ ...passage, calls: [passage.call] });
    return true;
  };
  const topicStems = new Set(asked.topics.map((word) => word.stem));
  const holdsTopic = (passage: RankedPassage) => [...passage.topics].some((stem) => topicStems.has(stem));
  // "Data privacy pushback": a passage covers "pushback" only when it holds "data" or "privacy" too,
  // when any passage does.
  const narrowed = asked.topicsNarrowCue && ranked.some(holdsTopic);
  const cueStems = new Set(asked.cues.map((word) => word.stem));
  for (const stem of [...asked.topics, ...asked.cues].map((word) => word.stem).concat([...alsoAsked])) {
    if (quotes.some((quote) => quote.topics.has(stem))) continue;
    ranked
      .filter(
        (passage) => passage.topics.has(stem) && (!narrowed || !cueStems.has(stem) || holdsTopic(passage)),
      )
      .some((passage) => consider(passage, 'topic'));
  }
  const best = ranked[0]?.score ?? 0;
  // A call's passage must hold a subject asked when any passage does ("security" of "security
  // concerns"), else a word of the question's kind.
  const bears = ranked.some(holdsTopic)
    ? holdsTopic
    : (passage: RankedPassage) => passage.topics.size > 0 || asked.topics.length + asked.cues.length === 0;
  const seenCalls = new Set<string>();
  for (const passage of [...ranked].sort((a, b) => startedAt(b) - startedAt(a))) {
    if (seenCalls.has(passage.call.callId)) continue;
    // A passage holding a word asked bears on the question however it scores beside a wordier one.
    if (passage.topics.size === 0 && passage.score < best * MIN_SHARE_FOR_A_CALL) continue;
    if (!bears(passage)) continue;
    const call = passage.call.callId;
    // The call's best passage: ranked is sorted by relevance, so the first one of the call; for
    // pricing, the best that states a price ("$215 per clinic offered" over "to send a price").
    const ofCall = (other: RankedPassage) => other.call.callId === call && bears(other);
    // For competitors, the best that says what a rival offers ("Qlik came in with 25% off").
    const saysMost =
      asked.kind === 'pricing'
        ? statesAPrice
        : asked.kind === 'competitors'
          ? (other: RankedPassage) =>
              statesAPrice(other) && [...other.topics].some((stem) => alsoAsked.has(stem))
          : undefined;
    const first =
      (saysMost ? ranked.find((other) => ofCall(other) && saysMost(other)) : undefined) ??
      ranked.find(ofCall);
    seenCalls.add(call);
    if (first) consider(first, 'call');
  }
  // A pricing answer gives every price and discount the calls state, newest call first, however
  // many one call holds: the figures moved from call to call ("10% offered", "20% approved", "18%
  // agreed") and within one ("$215 a month on three years", "the pilot free").
  if (asked.kind === 'pricing') {
    for (const passage of [...ranked].sort((a, b) => startedAt(b) - startedAt(a))) {
      if (statesAPrice(passage)) consider(passage, 'topic');
    }
  }
  const newestFirst = (passages: readonly RankedPassage[]) =>
    [...passages].sort((a, b) => startedAt(b) - startedAt(a) || a.order - b.order);
  // A passage holding every word asked ("the owners are nervous after...") answers it however long
  // it is beside a terse one: BM25 ranks it lower for its length alone.
  const asking = new Set([...asked.topics, ...asked.cues].map((word) => word.stem));
  if (asking.size > 1) {
    for (const passage of newestFirst(ranked)) {
      if ([...asking].every((stem) => passage.topics.has(stem))) consider(passage, 'topic');
    }
  }
  // A call nothing else is quoted from is quoted for a concern it states as a rule, before a second
  // passage of a call already quoted.
  for (const passage of newestFirst(after.rules)) consider(passage, 'call');
  for (const passage of ranked) {
    if (passage.score < best * MIN_SHARE_OF_BEST_SCORE) break;
    if (!narrowed || holdsTopic(passage)) consider(passage, 'general');
  }
  // What only the phrasing ties to the question, while the budget lasts, after everything its words
  // find: the causes given in the calls about the subject, then the other concerns stated as rules
  // by someone asked about, newest call first.
  for (const passage of newestFirst(after.causes)) consider(passage, 'general');
  if (after.rulesPass === 'general') {
    for (const passage of newestFirst(after.rules)) consider(passage, 'general');
  }
  return quotes.sort((a, b) => startedAt(b) - startedAt(a) || a.callIndex - b.callIndex || a.order - b.order);
}

/** True when a passage states a price or a discount: a figure, or something given for nothing. */
function statesAPrice(passage: { text: string }): boolean {
  return MONEY.test(passage.text) || STATES_A_PRICE.test(passage.text);
}

/** `"price"`, `"price" or "budget"`, `"a", "b" or "c"`. */
function quotedList(items: readonly string[]): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

/** Stems of the words that name the customer or the people on the calls: they identify, they are not topics. */
function identifyingStems(calls: readonly CallContent[]): Set<string> {
  const names = calls.flatMap((call) =>
    call.participants.flatMap((p) => [
      p.name ?? '',
      ...p.crmAccounts,
      ...(p.emailAddress?.split('@')[1]?.split('.') ?? []),
    ]),
  );
  return new Set(stemsOf(names.join('. ')));
}

/** Stems in the titles of most of the calls: they name the customer ("Umbrella Health weekly sync"), not a rival. */
function titleWords(calls: readonly CallContent[]): string[] {
  const counts = new Map<string, number>();
  for (const call of calls) {
    for (const stem of new Set(stemsOf(call.title))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count * 2 > calls.length).map(([stem]) => stem);
}

/** How passages that match only the kind of question are introduced, by kind. */
const RELATED_LEAD: Partial<Record<AnalyzedQuestion['kind'], string>> = {
  concerns: 'The concerns they did raise',
  pricing: 'What they did say about pricing',
  competitors: 'The competitors they did name',
  integrations: 'The integrations they did name',
  'next steps': 'The next steps they did agree',
  outcome: 'What they did decide',
  when: 'The dates they did give',
};

/** How strongly a passage must read as liked or disliked to show how they feel, by where it comes from. */
const FELT: Record<CallPassage['source'], number> = { content: 0.5, transcript: 0.5 };

/**
 * For a sentiment question, the passages no word of the question finds that still say how they
 * feel ("The ops team loves the new dashboards"), or give their view in other words (see
 * {@link STATES_A_VIEW}: "I'll admit it is cheaper than building it"), after the ranked ones: each
 * bears as a word of the question would and is quoted while the budget lasts.
 */
function feelings(
  passages: readonly CallPassage[],
  ranked: readonly RankedPassage[],
  asked: AnalyzedQuestion,
): RankedPassage[] {
  const onTopic = ranked.filter((passage) => passage.onTopic);
  const seen = new Set(onTopic.map((passage) => passage.text));
  const floor = (onTopic[0]?.score ?? 0) * MIN_SHARE_OF_BEST_SCORE;
  const asking = new Set(asked.cues.map((word) => word.stem));
  const felt = (passage: CallPassage) => {
    if (STATES_A_VIEW.test(passage.text)) return true;
    const sentiment = sentimentOf(passage.text);
    // Dates and figures state plans and prices: the model reads "go-live" or "success" as warmth.
    return Math.abs(sentiment) >= FELT[passage.source] && (sentiment < 0 || !/\d/.test(passage.text));
  };
  // How they feel is said by them, not by our side ("Wonderful, I'll send it today").
  const ours = saidByUs;
  return (
    passages
      .filter(
        (passage) => asked.topics.length === 0 && !seen.has(passage.text) && !ours(passage) && felt(passage),
      )
      // Scored at the least a passage may score to be quoted beside the best, so every one is quoted within the budget.
      .map((passage) => ({ ...passage, score: floor, topics: asking, onTopic: true }))
  );
}

/**
 * For a concerns question that names no subject, the passages no word of the question finds that
 * state a concern as a rule or a condition (see {@link STATED_AS_A_RULE}), said by the customer or
 * in Gong's summary: each bears as a word of the question would, after everything its words find.
 */
function statedAsRules(
  passages: readonly CallPassage[],
  ranked: readonly RankedPassage[],
  asked: AnalyzedQuestion,
): RankedPassage[] {
  if (asked.topics.length > 0) return [];
  const found = new Set(ranked.filter((passage) => passage.onTopic).map((passage) => passage.text));
  return passages
    .filter(
      (passage) =>
        !found.has(passage.text) &&
        !saidByUs(passage) &&
        (passage.source === 'transcript' ? SAID_AS_A_RULE : STATED_AS_A_RULE).test(passage.text),
    )
    .map((passage) => ({
      ...passage,
      score: 0,
      topics: bearingWords(passage, ranked, asked),
      onTopic: true,
    }));
}

/** Words that give a cause or a reason: "Root cause: ezyVet API rate limit change", "because", "traced it to". */
const GIVES_A_CAUSE =
  /\b(because|due to|caused|causes|cause|reasons?|traced|led to|as a result|result of|blame[sd]?|triggered)\b/i;

/**
 * For a question asking why or what caused something ("What caused the outages?"), the passages
 * that give a cause or a reason (see {@link GIVES_A_CAUSE}) in the calls that speak of the subject
 * asked: the cause is often stated apart from the subject's words ("Root cause: ezyVet API rate
 * limit change" in the call about the stale dashboards). Each bears as a word of the question would.
 */
function causesGiven(
  passages: readonly CallPassage[],
  ranked: readonly RankedPassage[],
  asked: AnalyzedQuestion,
): RankedPassage[] {
  if (!asked.asksWhy) return [];
  const topicStems = new Set(asked.topics.map((word) => word.stem));
  const about = new Set(
    ranked
      .filter((passage) => [...passage.topics].some((stem) => topicStems.has(stem)))
      .map((passage) => passage.call.callId),
  );
  const asking = new Set(
    [...topicStems].filter((stem) => ranked.some((passage) => passage.topics.has(stem))),
  );
  return passages
    .filter((passage) => about.has(passage.call.callId) && GIVES_A_CAUSE.test(passage.text))
    .map((passage) => ({
      ...passage,
      score: 0,
      topics: new Set([...asking, ...bearingWords(passage, ranked, asked)]),
      onTopic: true,
    }));
}

/** A cue that asks for one way in ("is there SSO?", "which API?"), not for every system to connect. */
function isOneWayIn(word: { text: string }): boolean {
  return /^(sso|apis?|webhooks?|plugins?|plug-ins?)$/i.test(word.text);
}

/**
 * The words asked that a passage found only by its phrasing bears on: the question's words it holds,
 * as ranking found them, and the question's kind words (or its kind) as if it said them.
 */
function bearingWords(
  passage: CallPassage,
  ranked: readonly RankedPassage[],
  asked: AnalyzedQuestion,
): Set<string> {
  const held =
    ranked.find((other) => other.text === passage.text && other.call === passage.call)?.topics ?? [];
  const kind = asked.cues.length > 0 ? asked.cues.map((word) => word.stem) : [asked.kind];
  return new Set([...held, ...kind]);
}

/** True when our own side said it ("We never connect to the control network"): it states no concern of theirs. */
function saidByUs(passage: CallPassage): boolean {
  return passage.call.participants.some((p) => p.affiliation === 'Internal' && p.name === passage.speaker);
}

/** Kinds of question whose answer a customer's older calls add to: what they raised, named or need over time. */
const HISTORY_KINDS = new Set<AnalyzedQuestion['kind']>(['concerns', 'competitors', 'integrations']);
/**
 * Words asking what was offered over time rather than where a price stands: "what did we offer
 * them?", "what have they been quoted?", "how has the price changed?". Other pricing questions are
 * answered by the newest calls when they state a price, without reading older ones.
 */
const OFFERED_OVER_TIME =
  /\b(offer|offers|offered|offering|propos\w*|quot(e|es|ed|ing)|pitch(ed)?|history|over time|so far|before|earlier|initially|at first|chang\w*|mov(e|ed)|went|evolv\w*)\b/i;

/** True when the older calls may add to the answer: the prices offered over time, unlike where they stand now. */
function asksHistory(asked: AnalyzedQuestion, question: string): boolean {
  return HISTORY_KINDS.has(asked.kind) || (asked.kind === 'pricing' && OFFERED_OVER_TIME.test(question));
}

/**
 * The lead of an answer whose calls do not state what was asked, then what they say of it: "None of
 * the 5 calls read states a date for this. What they say about it, newest call first:".
 */
function unstatedLead(callsRead: number, missing: { one: string; many: string }, about: string): string {
  return callsRead === 1
    ? `The call read ${missing.one}. What it says about ${about}:`
    : `None of ${callCount(callsRead)} ${missing.many}. What they say about ${about}, newest call first:`;
}

/** "the one call read" / "the 5 calls read". */
function callCount(count: number): string {
  return count === 1 ? 'the one call read' : `the ${count} calls read`;
}

/** Renders lines, each citing its calls once: `[n]` is the call's place in `citedCallIds`. */
function render(lines: readonly AnswerLine[]): Pick<Answer, 'answer' | 'citedCallIds'> {
  const citedCallIds: string[] = [];
  const text = lines.map((line) => {
    const markers = line.calls
      .map((call) => {
        if (!citedCallIds.includes(call.callId)) citedCallIds.push(call.callId);
        return `[${citedCallIds.indexOf(call.callId) + 1}]`;
      })
      .join('');
    return markers ? `${line.text} ${markers}` : line.text;
  });
  return { answer: text.join('\n'), citedCallIds };
}

/** The answer from Gong's own fields, for the kinds of question they answer. */
function fieldAnswer(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
  roles: ReadonlySet<string>,
): FieldAnswer | null {
  const answering = (lines: AnswerLine[] | null): FieldAnswer | null =>
    lines ? { lines, answersQuestion: true } : null;
  switch (asked.kind) {
    case 'who':
      return peopleAnswer(asked, calls, transcripts, roles);
    case 'when':
      return asked.lastCallOnly && asked.topics.length === 0 ? answering(lastCallAnswer(calls)) : null;
    case 'outcome':
      return answering(outcomeAnswer(asked, calls, transcripts));
    case 'next steps':
      return answering(nextStepsOf(asked, calls, transcripts));
    case 'what happened':
      return answering(summaryAnswer(asked, calls, transcripts));
    default:
      return null;
  }
}

/**
 * An answerer that needs no LLM. It understands the question's kind (who, when, outcome, next
 * steps, concerns, pricing, competitors, what happened, sentiment, or a topic) and answers from the Gong
 * fields that hold it: people and roles from participants and speakers, Gong's call outcome, the
 * next-steps highlights, the briefs. Otherwise it quotes, verbatim and cited, the passages of the
 * calls' AI content and transcripts that best match the question's content words (BM25 over lemmas
 * and WordNet's related words), never a passage twice. It says plainly when nothing read is about
 * what was asked, naming only the nouns asked about. The same question and calls always give the
 * same answer.
 */
export function createExtractiveAnswerer(options: ExtractiveAnswererOptions = {}): Answerer {
  const related = options.relatedWords ?? relatedWords;
  const budget: QuoteBudget = {
    lines: options.maxPassages ?? 8,
    characters: options.maxCharacters ?? 1_500,
    perCall: options.maxPassagesPerCall ?? 2,
  };
  return {
    async answer(typed, calls, _signal, transcriptList) {
      if (calls.length === 0) {
        return {
          answer: NO_CALLS_ANALYZED_ANSWER,
          citedCallIds: [],
          answeredBy: 'extractive',
          answersQuestion: false,
        };
      }
      const transcripts = new Map((transcriptList ?? []).map((t) => [t.callId, t]));
      const identifying = identifyingStems(calls);
      // Read as meant once, here ("whats next w copperline"), the names of the calls left as typed:
      // everything below, its kind first, reads the same question.
      const question = questionAsMeant(typed, identifying);
      // "What are the GMs pushing back on?": the GMs are people of the calls, not a subject to find;
      // asked who decides ("is it the CFO?"), the title stays a word of the question.
      const { people, roleWords } = peopleAsked(question, calls);
      const asked = analyzeQuestion(
        question,
        kindOfQuestion(question) === 'who'
          ? identifying
          : new Set([...identifying, ...stemsOf(roleWords.join(' '))]),
      );
      // A transcript read instead is named only when its call contributed to the answer.
      const note = (contributed: readonly string[]) => transcriptNote(calls, transcripts, contributed);

      // The question's nouns that name a role ("lawyer"), for a "who" question.
      const roles =
        asked.kind === 'who'
          ? new Set(
              (
                await Promise.all(
                  asked.topics
                    .filter((word) => word.pos === 'NOUN')
                    .map(async (word) => ((await isPersonNoun(word.lemma)) ? [word.stem] : [])),
                )
              ).flat(),
            )
          : new Set<string>();
      const fromFields = fieldAnswer(asked, calls, transcripts, roles);
      if (fromFields) {
        const contributed = fromFields.lines.flatMap((line) => line.calls.map((call) => call.callId));
        return {
          ...render([...fromFields.lines, ...note(contributed).map((text) => ({ text, calls: [] }))]),
          answeredBy: 'extractive',
          answersQuestion: fromFields.answersQuestion,
          ...(fromFields.partial ? { partial: true } : {}),
        };
      }

      const passages = passagesOfCalls(calls, transcripts, { overlapping: true });
      const known = new Set([...identifying, ...stemsOf(question), ...titleWords(calls)]);
      // A competitor is named far more often beside "also looking at" or "currently use" than beside
      // "competitor", and a system to connect beside "is in" or "goes through" than beside "integrate".
      const rivals = asked.kind === 'competitors' ? await rivalStems(passages, known) : new Set<string>();
      const systems =
        asked.kind === 'integrations' && asked.topics.length === 0 && !asked.cues.some(isOneWayIn)
          ? await systemStems(passages, known, saidByUs)
          : new Set<string>();
      const rankedAll = await rankPassages(asked, passages, related, new Set([...rivals, ...systems]));
      const bearing = [
        ...rankedAll.filter((passage) => passage.onTopic),
        ...(asked.kind === 'sentiment' ? feelings(passages, rankedAll, asked) : []),
        ...pricesStated(
          passages,
          rankedAll,
          asked,
          (rankedAll.find((passage) => passage.onTopic)?.score ?? 0) * MIN_SHARE_OF_BEST_SCORE,
        ),
      ];
      const rules = asked.kind === 'concerns' ? statedAsRules(passages, rankedAll, asked) : [];
      // A question naming someone ("What is Renata worried about?", "any IT worries?") is answered by
      // what they said or what is said of them, when anything read is (a rule they set, "IT here is a
      // team of three. We cannot babysit another integration.", included); otherwise by what anyone said.
      // Anything else of theirs that holds a word of the question comes after: "what does Dante need
      // from us" is answered by "Dante Russo needs SAML login" though "need" asks for concerns.
      const theirs =
        people.length > 0
          ? [...new Set([...bearing, ...rules, ...rankedAll])].filter((passage) =>
              isAboutPeople(passage, people),
            )
          : [];
      const onTopic = theirs.length > 0 ? theirs : bearing;
      // A "when" question wants a day on the calendar (a date, a month, a quarter, a weekday), and
      // "how much" a figure, of what it names ("the league approval", "Sisense"), when anything read
      // names it: a date or a price beside a word of its kind alone says nothing of it.
      const topicStems = new Set(asked.topics.map((word) => word.stem));
      const namesSubject = (passage: RankedPassage) =>
        [...passage.topics].some((stem) => topicStems.has(stem));
      const subjectFound = (asked.kind === 'when' || asked.asksAmount !== null) && onTopic.some(namesSubject);
      const ofSubject = subjectFound ? onTopic.filter(namesSubject) : onTopic;
      const dated =
        asked.kind === 'when'
          ? ofSubject.filter((passage) =>
              answersWhen(passage.text, { past: asked.asksPast, length: asked.asksHowLong }),
            )
          : [];
      // "How much cheaper?", "How many seats?" want a figure.
      const amount = asked.asksAmount === 'much' ? MONEY : /\d/;
      const figured = asked.asksAmount ? ofSubject.filter((passage) => amount.test(passage.text)) : [];
      const ranked = dated.length > 0 ? dated : figured.length > 0 ? figured : ofSubject;
      const theirRules =
        people.length > 0 ? rules.filter((passage) => isAboutPeople(passage, people)) : rules;
      const causes = causesGiven(passages, rankedAll, asked);
      // What one person said is read whole: their own words and what is said of them share a call.
      const quoteBudget = theirs.length > 0 ? { ...budget, perCall: budget.perCall + 1 } : budget;
      const quotes = selectQuotes(ranked, asked, quoteBudget, new Set([...rivals, ...systems]), {
        causes,
        rules: theirs.length > 0 ? theirRules : rules,
        // Every rule the person asked about set is theirs to answer with, not one a call.
        rulesPass: theirs.length > 0 ? 'general' : 'call',
      });
      // Said only of nouns and names asked about that no passage read is about, never of a verb.
      const found = (word: { stem: string }) => ranked.some((passage) => passage.topics.has(word.stem));
      // A subject of several words ("Snowflake integration") is answered when any of them is found;
      // one a kind word modifies ("payment terms") only by a passage holding all its words.
      // A verb asked ("start") is no subject nothing could mention.
      const missingPhrases = [
        ...asked.topicPhrases.filter(
          (phrase) => !phrase.some(found) && phrase.some((word) => word.pos !== 'VERB'),
        ),
        ...asked.compounds.filter(
          (compound) => !ranked.some((passage) => compound.every((word) => passage.topics.has(word.stem))),
        ),
      ];
      const missing = missingPhrases.flat();
      const unanswered =
        quotes.length === 0 && missing.length === 0
          ? asked.cues.map((word) => word.text)
          : missingPhrases.map((phrase) => phrase.map((word) => word.text).join(' '));
      const named = [...new Set(unanswered)].filter(
        (text, _index, all) => !all.some((other) => other !== text && other.split(' ').includes(text)),
      );
      const gaps =
        named.length === 0
          ? []
          : [
              calls.length === 1
                ? `The call read does not mention ${quotedList(named)}.`
                : `Nothing in ${callCount(calls.length)} mentions ${quotedList(named)}.`,
            ];
      if (quotes.length === 0) {
        const nothing =
          gaps.length > 0
            ? gaps
            : [`Nothing in ${callCount(calls.length)} mentions what the question asks about.`];
        return {
          answer: [...nothing, ...note([])].join('\n'),
          citedCallIds: [],
          answeredBy: 'extractive',
          answersQuestion: false,
        };
      }
      const cited = new Set(quotes.flatMap((quote) => quote.calls.map((call) => call.callId)));
      // Nothing read is about any subject asked ("security", "compliance"): the passages only
      // match the kind of question ("concerns"), so they are offered as that, after the gap.
      const offTopic = asked.topicsNarrowCue && !asked.topicPhrases.some((phrase) => phrase.some(found));
      // A "when" question that no passage read answers with a date is not answered: said plainly.
      const undated = asked.kind === 'when' && dated.length === 0;
      // "What's their budget?" is not answered by our prices: said plainly when nothing read states it.
      const money = asked.kind === 'pricing' ? theirMoneyAsked([...asked.cues, ...asked.topics]) : undefined;
      const moneyUnstated = money !== undefined && !statesTheirMoney(passages);
      // "How much did Sisense quote?" over calls that name Sisense but no figure of theirs: said plainly too.
      const unfigured = asked.kind !== 'when' && subjectFound && figured.length === 0;
      const unstated = asked.asksHowLong
        ? { one: 'states not how long this takes', many: 'states how long this takes' }
        : unfigured
          ? { one: 'states no figure for this', many: 'states a figure for this' }
          : { one: 'states no date for this', many: 'states a date for this' };
      const lead =
        undated || unfigured
          ? unstatedLead(calls.length, unstated, 'it')
          : moneyUnstated
            ? unstatedLead(
                calls.length,
                { one: `does not state their ${money.text}`, many: `states their ${money.text}` },
                'pricing',
              )
            : offTopic
              ? `${gaps.join(' ')} ${RELATED_LEAD[asked.kind] ?? 'The closest passages'}, ${calls.length === 1 ? 'in the call read' : `from ${cited.size} of ${callCount(calls.length)}`}:`
              : calls.length === 1
                ? 'Quoted from the one call read:'
                : `Quoted from ${cited.size} of ${callCount(calls.length)}, newest call first:`;
      // How they feel shows in Gong's outcome of the newest call as much as in what they said.
      const outcome = asked.kind === 'sentiment' ? newestOutcome(calls) : null;
      const lines: AnswerLine[] = [
        ...(outcome ? [outcome] : []),
        { text: lead, calls: [] },
        ...quotes.map((quote) => ({
          text: `- ${quote.speaker ? `${quote.speaker} said: ` : ''}"${quote.text}"`,
          calls: quote.calls,
        })),
        ...(offTopic ? [] : gaps).map((text) => ({ text, calls: [] })),
        ...note([...cited]).map((text) => ({ text, calls: [] })),
      ];
      // Passages of the question's kind that miss every subject asked do not answer it.
      return {
        ...render(lines),
        answeredBy: 'extractive',
        answersQuestion: !offTopic && !undated && !unfigured && !moneyUnstated,
        // What the customer raised, named or needs over time, or a subject asked that nothing read
        // mentions ("the product"): the other transcripts and older calls may add to it.
        // So may a feeling asked about as it changed ("is she still skeptical?").
        ...((asksHistory(asked, question) ||
          missing.length > 0 ||
          (asked.kind === 'sentiment' && asked.asksChange)) &&
        !asked.lastCallOnly
          ? { partial: true }
          : {}),
        // How they feel, or what the person asked about said, is said aloud more than summarised.
        ...((asked.kind === 'sentiment' || people.length > 0) &&
        calls.some((call) => !transcripts.has(call.callId))
          ? { transcriptsMayAdd: true }
          : {}),
      };
    },
  };
}
