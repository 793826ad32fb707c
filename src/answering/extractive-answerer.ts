import type { CallContent } from '../gong/call-content';
import type { CallTranscript } from '../gong/call-transcript';
import { NO_CALLS_ANALYSED_ANSWER, type Answer, type Answerer } from './answer';
import { callPassages, transcriptPassages, type CallPassage } from './call-passages';
import { isNearDuplicate, sameText } from './near-duplicate';
import { questionTerms, relatedTerms, searchTerms } from './search-terms';

/** Limits on how much an extractive answer quotes. */
export interface ExtractiveAnswererOptions {
  /** Passages quoted in total; default 6. */
  maxPassages?: number;
  /** Passages quoted from any one call, so one long call cannot crowd out the others; default 2. */
  maxPassagesPerCall?: number;
  /** Calls whose briefs are summarised when no passage matches; default 3. */
  maxFallbackCalls?: number;
}

interface ScoredPassage extends CallPassage {
  /** How well the passage matches the question's terms. */
  score: number;
  /** How much the passage says beyond the question's words, to prefer the most informative. */
  novelty: number;
  /** The question terms the passage is about (in its text or its section title). */
  covers: Set<string>;
  /** The question terms it touches through a related word ("discount" for "pricing"). */
  touches: Set<string>;
}

interface Quote extends ScoredPassage {
  /** Calls that hold this very text: the passage's own call first. */
  calls: CallContent[];
}

/** Weight of a question term found only in a passage's framing (its section title or topic). */
const CONTEXT_WEIGHT = 0.5;
/** Weight of a term related to a question term ("discount" for "price"): it ranks, it does not cover. */
const RELATED_WEIGHT = 0.3;
/** Weight of a word that names the customer or a person: it identifies, it is not what is asked about. */
const IDENTIFYING_WEIGHT = 0.25;
/**
 * Transcript passages rank a little below AI content on the same terms: Gong's summary states a
 * fact plainly, a spoken sentence often needs the conversation around it.
 */
const TRANSCRIPT_FACTOR = 0.9;
/**
 * Passages scoring below this share of the best one are left out: they usually match only a common
 * word such as the customer's name, which every call mentions.
 */
const MIN_SHARE_OF_BEST_SCORE = 0.5;
/** Calls a quoted text may cite when several calls hold exactly that text. */
const MAX_CALLS_PER_QUOTE = 3;

/** Start time in ms; unparseable dates sort as oldest rather than failing the answer. */
function startedAt(call: CallContent): number {
  const time = Date.parse(call.started);
  return Number.isNaN(time) ? 0 : time;
}

/**
 * Most relevant first; among equally relevant passages the newer call first, then the passage that
 * says more, then the caller's order and reading order, so the answer is stable.
 */
function byRelevanceThenRecency(a: ScoredPassage, b: ScoredPassage): number {
  return (
    b.score - a.score ||
    startedAt(b.call) - startedAt(a.call) ||
    b.novelty - a.novelty ||
    a.callIndex - b.callIndex ||
    a.order - b.order
  );
}

/**
 * Scores passages by the question terms they contain, each weighted by inverse passage frequency so
 * a rare, specific term ("discount") outweighs one that appears everywhere (the customer's name).
 */
function scorePassages(
  terms: readonly string[],
  passages: CallPassage[],
  identifying: ReadonlySet<string>,
): ScoredPassage[] {
  const indexed = passages.map((passage) => ({
    passage,
    text: searchTerms(passage.text),
    context: searchTerms(passage.context),
  }));
  const weight = new Map(
    terms.map((term) => {
      const frequency = indexed.filter((p) => p.text.has(term) || p.context.has(term)).length;
      const idf = Math.log(1 + passages.length / Math.max(frequency, 1));
      return [term, identifying.has(term) ? IDENTIFYING_WEIGHT * idf : idf];
    }),
  );
  const asked = new Set(terms);
  return indexed.map(({ passage, text, context }) => {
    const covers = new Set<string>();
    const touches = new Set<string>();
    let score = 0;
    for (const term of terms) {
      const w = weight.get(term) ?? 0;
      if (text.has(term)) {
        score += w;
        covers.add(term);
      } else if (context.has(term)) {
        score += CONTEXT_WEIGHT * w;
        covers.add(term);
      } else if ([...relatedTerms(term)].some((related) => text.has(related))) {
        score += RELATED_WEIGHT * w;
        touches.add(term);
      }
    }
    if (passage.source === 'transcript') score *= TRANSCRIPT_FACTOR;
    const novelty = [...text].filter((term) => !asked.has(term) && !identifying.has(term)).length;
    return { ...passage, score, novelty, covers, touches };
  });
}

/**
 * Chooses what to quote: first the best passage for each question term not yet covered (one that
 * names the term, else one about a related word), then the most relevant others. A passage that
 * repeats one already quoted is left out; when another call holds exactly the quoted text, that
 * call is cited on the same quote instead.
 */
function selectQuotes(
  ranked: ScoredPassage[],
  topics: readonly string[],
  maxPassages: number,
  maxPerCall: number,
): Quote[] {
  const quotes: Quote[] = [];
  const perCall = new Map<string, number>();
  /**
   * Quotes `passage` unless it repeats a quote or exceeds a limit; true when the answer now holds
   * it. A passage that answers a term nothing else answers may exceed its call's share.
   */
  const consider = (passage: ScoredPassage, answersTerm = false): boolean => {
    const copy = quotes.find(
      (quote) => isNearDuplicate(passage.text, quote.text) || isNearDuplicate(quote.text, passage.text),
    );
    if (copy) {
      const cited = copy.calls.some((call) => call.callId === passage.call.callId);
      if (!cited && sameText(passage.text, copy.text) && copy.calls.length < MAX_CALLS_PER_QUOTE) {
        copy.calls.push(passage.call);
      }
      return true;
    }
    const taken = perCall.get(passage.call.callId) ?? 0;
    if (quotes.length >= maxPassages || (taken >= maxPerCall && !answersTerm)) return false;
    perCall.set(passage.call.callId, taken + 1);
    quotes.push({ ...passage, calls: [passage.call] });
    return true;
  };
  for (const term of topics) {
    if (quotes.some((quote) => quote.covers.has(term))) continue;
    const naming = ranked.filter((passage) => passage.covers.has(term));
    const candidates = naming.length > 0 ? naming : ranked.filter((passage) => passage.touches.has(term));
    // The best passage on the term that the limits still allow.
    candidates.some((passage) => consider(passage, true));
  }
  const minScore = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST_SCORE;
  for (const passage of ranked) {
    if (passage.score < minScore) break;
    consider(passage);
  }
  return quotes.sort(byRelevanceThenRecency);
}

/** `"price"`, `"price" or "budget"`, `"a", "b" or "c"`. */
function quotedList(items: readonly string[]): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

/** Words that name the customer or the people on the calls: they identify, they are not topics. */
function identifyingTerms(calls: CallContent[]): Set<string> {
  const names = calls.flatMap((call) =>
    call.participants.flatMap((p) => [
      p.name ?? '',
      ...p.crmAccounts,
      ...(p.emailAddress?.split('@')[1]?.split('.') ?? []),
    ]),
  );
  return searchTerms(names.join(' '));
}

/** "the one call read" / "the 5 calls read". */
function callCount(count: number): string {
  return count === 1 ? 'the one call read' : `the ${count} calls read`;
}

/** Renders quotes as a list, each citing its calls once: `[n]` is the call's place in `citedCallIds`. */
function renderQuotes(quotes: { text: string; speaker: string | null; calls: CallContent[] }[]): {
  lines: string[];
  citedCallIds: string[];
} {
  const citedCallIds: string[] = [];
  const lines = quotes.map((quote) => {
    const markers = quote.calls
      .map((call) => {
        if (!citedCallIds.includes(call.callId)) citedCallIds.push(call.callId);
        return `[${citedCallIds.indexOf(call.callId) + 1}]`;
      })
      .join('');
    const who = quote.speaker ? `${quote.speaker} said: ` : '';
    return `- ${who}"${quote.text}" ${markers}`;
  });
  return { lines, citedCallIds };
}

/** The answer when no passage matches: say so, then quote the newest calls' briefs. */
function fallbackAnswer(mentioned: readonly string[], calls: CallContent[], maxCalls: number): Answer {
  const subject = mentioned.length > 0 ? quotedList(mentioned) : "the question's words";
  const notFound =
    calls.length === 1
      ? `The call read does not mention ${subject}.`
      : `None of ${callCount(calls.length)} mention ${subject}.`;
  const recent = calls
    .map((call, index) => ({ call, index }))
    .filter(({ call }) => (call.brief ?? '').trim().length > 0)
    .sort((a, b) => startedAt(b.call) - startedAt(a.call) || a.index - b.index)
    .slice(0, maxCalls)
    .map(({ call }) => ({ text: (call.brief ?? '').trim(), speaker: null, calls: [call] }));
  if (recent.length === 0) return { answer: notFound, citedCallIds: [], answeredBy: 'extractive' };
  const { lines, citedCallIds } = renderQuotes(recent);
  const lead = recent.length === 1 ? 'The most recent call was about:' : 'The most recent calls were about:';
  return { answer: [`${notFound} ${lead}`, ...lines].join('\n'), citedCallIds, answeredBy: 'extractive' };
}

/** Every passage of the calls and transcripts, scored against the question's terms. */
function scoreQuestion(
  question: string,
  calls: CallContent[],
  transcripts: readonly CallTranscript[] = [],
): { asked: ReturnType<typeof questionTerms>; identifying: Set<string>; scored: ScoredPassage[] } {
  const transcriptOf = new Map(transcripts.map((t) => [t.callId, t]));
  const passages = calls.flatMap((call, index) => {
    const transcript = transcriptOf.get(call.callId);
    return [...callPassages(call, index), ...(transcript ? transcriptPassages(call, index, transcript) : [])];
  });
  const asked = questionTerms(question);
  const identifying = identifyingTerms(calls);
  const scored = scorePassages(
    asked.map((t) => t.term),
    passages,
    identifying,
  );
  return { asked, identifying, scored };
}

/**
 * Every passage of the calls (and of their transcripts, when given) ranked as the extractive answer
 * ranks them: most relevant to `question` first, then the newer call, then the more informative.
 * Passages that match nothing come last. Used to choose what a model sees when not all fits.
 */
export function rankPassages(
  question: string,
  calls: CallContent[],
  transcripts: readonly CallTranscript[] = [],
): CallPassage[] {
  return scoreQuestion(question, calls, transcripts).scored.sort(byRelevanceThenRecency);
}

/**
 * An answerer that needs no LLM: it quotes, verbatim and cited, the passages of the calls' AI
 * content (and of their transcripts, when given) that best match the question. It covers each
 * distinct term of the question or says which it found nothing about, never quotes a passage twice,
 * and lists quotes by relevance, then recency. The same question and calls always give the same answer.
 */
export function createExtractiveAnswerer(options: ExtractiveAnswererOptions = {}): Answerer {
  const { maxPassages = 6, maxPassagesPerCall = 2, maxFallbackCalls = 3 } = options;
  return {
    answer(question, calls, _signal, transcripts) {
      if (calls.length === 0) {
        return Promise.resolve({
          answer: NO_CALLS_ANALYSED_ANSWER,
          citedCallIds: [],
          answeredBy: 'extractive',
        });
      }
      const { asked, identifying, scored } = scoreQuestion(question, calls, transcripts);
      const ranked = scored.filter((p) => p.score > 0).sort(byRelevanceThenRecency);
      // Terms that name the customer or a person identify the calls; the others are what is asked.
      const topics = asked.filter((t) => !identifying.has(t.term));
      const quotes = selectQuotes(
        ranked,
        topics.map((t) => t.term),
        maxPassages,
        maxPassagesPerCall,
      );
      if (quotes.length === 0) {
        return Promise.resolve(
          fallbackAnswer(
            topics.map((t) => t.word),
            calls,
            maxFallbackCalls,
          ),
        );
      }
      const { lines, citedCallIds } = renderQuotes(quotes);
      const lead =
        calls.length === 1
          ? 'Quoted from the one call read:'
          : `Quoted from ${citedCallIds.length} of ${callCount(calls.length)}, most relevant first:`;
      // Said only of terms no passage of any call is about, not of terms the limits left out.
      const missing = topics.filter(
        (t) => !ranked.some((passage) => passage.covers.has(t.term) || passage.touches.has(t.term)),
      );
      const gaps =
        missing.length > 0
          ? [`Nothing in ${callCount(calls.length)} mentions ${quotedList(missing.map((t) => t.word))}.`]
          : [];
      return Promise.resolve({
        answer: [lead, ...lines, ...gaps].join('\n'),
        citedCallIds,
        answeredBy: 'extractive',
      });
    },
  };
}
