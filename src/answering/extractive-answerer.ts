import type { CallContent } from '../gong/call-content';
import { NO_CALLS_ANALYSED_ANSWER, type Answer, type Answerer } from './answer';
import { callDate } from './call-date';
import { callPassages, type CallPassage } from './call-passages';
import { contentWords, searchTerms } from './search-terms';

/** Limits on how much an extractive answer quotes. */
export interface ExtractiveAnswererOptions {
  /** Passages quoted in total; default 5. */
  maxPassages?: number;
  /** Passages quoted from any one call, so one long call cannot crowd out the others; default 2. */
  maxPassagesPerCall?: number;
  /** Calls whose briefs are summarised when no passage matches; default 3. */
  maxFallbackCalls?: number;
}

interface ScoredPassage extends CallPassage {
  score: number;
}

/** Weight of a question term found only in a passage's framing (e.g. its section title). */
const CONTEXT_WEIGHT = 0.5;

/**
 * Passages scoring below this share of the best score are left out: they usually match only a
 * common word such as the customer's name, which every call mentions.
 */
const MIN_SHARE_OF_BEST_SCORE = 0.5;

/** Start time in ms; unparseable dates sort as oldest rather than failing the answer. */
function startedAt(call: CallContent): number {
  const time = Date.parse(call.started);
  return Number.isNaN(time) ? 0 : time;
}

/** Newest call first, then the caller's order, then reading order, so equal scores rank stably. */
function byRecencyThenOrder(a: CallPassage, b: CallPassage): number {
  return startedAt(b.call) - startedAt(a.call) || a.callIndex - b.callIndex || a.order - b.order;
}

/**
 * Scores passages by the question terms they contain, each weighted by inverse passage frequency so
 * a rare, specific term ("discount") outweighs one that appears everywhere.
 */
function scorePassages(question: string, passages: CallPassage[]): ScoredPassage[] {
  const questionTerms = [...searchTerms(question)];
  const indexed = passages.map((passage) => ({
    passage,
    text: searchTerms(passage.text),
    context: searchTerms(passage.context),
  }));
  const weight = new Map(
    questionTerms.map((term) => {
      const frequency = indexed.filter((p) => p.text.has(term) || p.context.has(term)).length;
      return [term, Math.log(1 + passages.length / Math.max(frequency, 1))];
    }),
  );
  return indexed.map(({ passage, text, context }) => ({
    ...passage,
    score: questionTerms.reduce((sum, term) => {
      const found = text.has(term) ? 1 : context.has(term) ? CONTEXT_WEIGHT : 0;
      return sum + found * (weight.get(term) ?? 0);
    }, 0),
  }));
}

/** The best-scoring passages, honouring the total and per-call limits. */
function selectPassages(scored: ScoredPassage[], maxPassages: number, maxPerCall: number): ScoredPassage[] {
  const best = Math.max(0, ...scored.map((passage) => passage.score));
  const ranked = scored
    .filter((passage) => passage.score > 0 && passage.score >= best * MIN_SHARE_OF_BEST_SCORE)
    .sort((a, b) => b.score - a.score || byRecencyThenOrder(a, b));
  const perCall = new Map<string, number>();
  const quoted = new Set<string>();
  const selected: ScoredPassage[] = [];
  for (const passage of ranked) {
    if (selected.length >= maxPassages) break;
    const taken = perCall.get(passage.call.callId) ?? 0;
    // Gong often repeats a brief sentence as a key point: quote it once.
    const key = `${passage.call.callId}\u0000${passage.text.toLowerCase()}`;
    if (taken >= maxPerCall || quoted.has(key)) continue;
    quoted.add(key);
    perCall.set(passage.call.callId, taken + 1);
    selected.push(passage);
  }
  return selected;
}

/** Renders quotes grouped by call, in the order given, with one citation marker per call. */
function quoteByCall(quotes: { call: CallContent; text: string }[]): {
  lines: string[];
  citedCallIds: string[];
} {
  const groups = new Map<string, { call: CallContent; texts: string[] }>();
  for (const { call, text } of quotes) {
    const group = groups.get(call.callId) ?? { call, texts: [] };
    group.texts.push(text);
    groups.set(call.callId, group);
  }
  const lines = [...groups.values()].map(({ call, texts }, index) => {
    const marker = `[${index + 1}]`;
    const quoted = texts.map((text) => `"${text}" ${marker}`).join(' ');
    return `From "${call.title}" (${callDate(call.started)}): ${quoted}`;
  });
  return { lines, citedCallIds: [...groups.keys()] };
}

/** The answer when no passage matches: say so, then summarise the newest calls' briefs. */
function fallbackAnswer(question: string, calls: CallContent[], maxCalls: number): Answer {
  const terms = [...new Set(contentWords(question))];
  const mentioned = terms.length > 0 ? terms.map((term) => `"${term}"`).join(', ') : "the question's terms";
  const notFound =
    calls.length === 1
      ? `The analysed call does not mention ${mentioned}.`
      : `None of the ${calls.length} analysed calls mention ${mentioned}.`;
  const recent = calls
    .map((call, index) => ({ call, index }))
    .filter(({ call }) => (call.brief ?? '').trim().length > 0)
    .sort((a, b) => startedAt(b.call) - startedAt(a.call) || a.index - b.index)
    .slice(0, maxCalls)
    .map(({ call }) => ({ call, text: (call.brief ?? '').trim() }));
  if (recent.length === 0) return { answer: notFound, citedCallIds: [], answeredBy: 'extractive' };
  const { lines, citedCallIds } = quoteByCall(recent);
  const answer = [notFound, 'Summaries of the most recent calls:', ...lines].join('\n');
  return { answer, citedCallIds, answeredBy: 'extractive' };
}

/**
 * An answerer that needs no LLM: it quotes, verbatim and cited, the call passages that best match
 * the question's terms. The same question and calls always give the same answer.
 */
export function createExtractiveAnswerer(options: ExtractiveAnswererOptions = {}): Answerer {
  const { maxPassages = 5, maxPassagesPerCall = 2, maxFallbackCalls = 3 } = options;
  return {
    answer(question, calls) {
      if (calls.length === 0) {
        return Promise.resolve({
          answer: NO_CALLS_ANALYSED_ANSWER,
          citedCallIds: [],
          answeredBy: 'extractive',
        });
      }
      const passages = calls.flatMap((call, index) => callPassages(call, index));
      const selected = selectPassages(scorePassages(question, passages), maxPassages, maxPassagesPerCall);
      if (selected.length === 0) return Promise.resolve(fallbackAnswer(question, calls, maxFallbackCalls));
      const { lines, citedCallIds } = quoteByCall(selected);
      const analysed = calls.length === 1 ? '1 analysed call' : `${calls.length} analysed calls`;
      const lead = `Relevant passages from ${citedCallIds.length} of ${analysed}:`;
      return Promise.resolve({ answer: [lead, ...lines].join('\n'), citedCallIds, answeredBy: 'extractive' });
    },
  };
}
