import type { CallContent } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';
import { NO_CALLS_ANALYZED_ANSWER, type Answer, type Answerer } from './answer';
import { passagesOfCalls } from './call-passages';
import {
  lastCallAnswer,
  nextStepsAnswer,
  outcomeAnswer,
  peopleAnswer,
  summaryAnswer,
  type AnswerLine,
} from './field-answers';
import { isNearDuplicate, sameText } from './near-duplicate';
import { relatedWords, type RelatedWords } from './language/related-words';
import { rankPassages, stemsOf, type RankedPassage } from './passage-ranking';
import { analyzeQuestion, type AnalyzedQuestion } from './analyze-question';
import { transcriptNote } from './transcript-note';

/** Limits on how much an extractive answer quotes. */
export interface ExtractiveAnswererOptions {
  /** Passages quoted in total; default 6. */
  maxPassages?: number;
  /** Passages quoted from any one call, so one long call cannot crowd out the others; default 2. */
  maxPassagesPerCall?: number;
  /** WordNet's related words for ranking; default: the process's {@link relatedWords}. */
  relatedWords?: RelatedWords;
}

interface Quote extends RankedPassage {
  /** Calls that hold this very text: the passage's own call first. */
  calls: CallContent[];
}

/**
 * Passages scoring below this share of the best one are left out: they match only a word the
 * question shares with many passages.
 */
const MIN_SHARE_OF_BEST_SCORE = 0.5;
/** Calls a quoted text may cite when several calls hold exactly that text. */
const MAX_CALLS_PER_QUOTE = 3;

/**
 * Chooses what to quote: first the best passage on each word the question names (its topics and
 * kind words, such as "pricing" and "budget") not yet covered, then the most
 * relevant others. A passage that repeats one already quoted is left out; when another call holds
 * exactly the quoted text, that call is cited on the same quote instead.
 */
function selectQuotes(
  ranked: RankedPassage[],
  asked: AnalyzedQuestion,
  maxPassages: number,
  maxPerCall: number,
): Quote[] {
  const quotes: Quote[] = [];
  const perCall = new Map<string, number>();
  const consider = (passage: RankedPassage, answersTopic = false): boolean => {
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
    if (quotes.length >= maxPassages || (taken >= maxPerCall && !answersTopic)) return false;
    perCall.set(passage.call.callId, taken + 1);
    quotes.push({ ...passage, calls: [passage.call] });
    return true;
  };
  for (const topic of [...asked.topics, ...asked.cues]) {
    if (quotes.some((quote) => quote.topics.has(topic.stem))) continue;
    ranked.filter((passage) => passage.topics.has(topic.stem)).some((passage) => consider(passage, true));
  }
  const minScore = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST_SCORE;
  for (const passage of ranked) {
    if (passage.score < minScore) break;
    consider(passage);
  }
  return quotes.sort(
    (a, b) =>
      b.score - a.score || Date.parse(b.call.started) - Date.parse(a.call.started) || a.order - b.order,
  );
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

/** How passages that match only the kind of question are introduced, by kind. */
const RELATED_LEAD: Partial<Record<AnalyzedQuestion['kind'], string>> = {
  concerns: 'The concerns they did raise',
  pricing: 'What they did say about pricing',
  competitors: 'The competitors they did name',
  'next steps': 'The next steps they did agree',
  outcome: 'What they did decide',
  when: 'The dates they did give',
};

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
): AnswerLine[] | null {
  switch (asked.kind) {
    case 'who':
      return peopleAnswer(asked, calls);
    case 'when':
      return asked.lastCallOnly && asked.topics.length === 0 ? lastCallAnswer(calls) : null;
    case 'outcome':
      return outcomeAnswer(asked, calls, transcripts);
    case 'next steps':
      return asked.topics.length === 0 ? nextStepsAnswer(calls, transcripts) : null;
    case 'what happened':
      return summaryAnswer(asked, calls, transcripts);
    default:
      return null;
  }
}

/**
 * An answerer that needs no LLM. It understands the question's kind (who, when, outcome, next
 * steps, concerns, pricing, competitors, what happened, or a topic) and answers from the Gong
 * fields that hold it: people and roles from participants and speakers, Gong's call outcome, the
 * next-steps highlights, the briefs. Otherwise it quotes, verbatim and cited, the passages of the
 * calls' AI content and transcripts that best match the question's content words (BM25 over lemmas
 * and WordNet's related words), never a passage twice. It says plainly when nothing read is about
 * what was asked, naming only the nouns asked about. The same question and calls always give the
 * same answer.
 */
export function createExtractiveAnswerer(options: ExtractiveAnswererOptions = {}): Answerer {
  const { maxPassages = 6, maxPassagesPerCall = 2, relatedWords: related = relatedWords } = options;
  return {
    async answer(question, calls, _signal, transcriptList) {
      if (calls.length === 0) {
        return { answer: NO_CALLS_ANALYZED_ANSWER, citedCallIds: [], answeredBy: 'extractive' };
      }
      const transcripts = new Map((transcriptList ?? []).map((t) => [t.callId, t]));
      const asked = analyzeQuestion(question, identifyingStems(calls));
      const note = transcriptNote(calls, transcripts);

      const fromFields = fieldAnswer(asked, calls, transcripts);
      if (fromFields)
        return {
          ...render([...fromFields, ...note.map((text) => ({ text, calls: [] }))]),
          answeredBy: 'extractive',
        };

      const passages = passagesOfCalls(calls, transcripts);
      const onTopic = (await rankPassages(asked, passages, related)).filter((passage) => passage.onTopic);
      // A "when" question wants a date or a quarter: passages that hold a number come first.
      const dated = asked.kind === 'when' ? onTopic.filter((passage) => /\d/.test(passage.text)) : [];
      const ranked = dated.length > 0 ? dated : onTopic;
      const quotes = selectQuotes(ranked, asked, maxPassages, maxPassagesPerCall);
      // Said only of nouns and names asked about that no passage read is about, never of a verb.
      const found = (word: { stem: string }) => ranked.some((passage) => passage.topics.has(word.stem));
      // A subject of several words ("Snowflake integration") is answered when any of them is found.
      const missing = asked.topicPhrases.filter((phrase) => !phrase.some(found)).flat();
      const unanswered = quotes.length === 0 && missing.length === 0 ? asked.cues : missing;
      const gaps =
        unanswered.length === 0
          ? []
          : [
              calls.length === 1
                ? `The call read does not mention ${quotedList(unanswered.map((word) => word.text))}.`
                : `Nothing in ${callCount(calls.length)} mentions ${quotedList(unanswered.map((word) => word.text))}.`,
            ];
      if (quotes.length === 0) {
        const nothing =
          gaps.length > 0 ? gaps : [`Nothing in ${callCount(calls.length)} answers the question.`];
        return { answer: [...nothing, ...note].join('\n'), citedCallIds: [], answeredBy: 'extractive' };
      }
      const cited = new Set(quotes.flatMap((quote) => quote.calls.map((call) => call.callId)));
      // Nothing read is about any subject asked ("security", "compliance"): the passages only
      // match the kind of question ("concerns"), so they are offered as that, after the gap.
      const offTopic = asked.topicsNarrowCue && !asked.topicPhrases.some((phrase) => phrase.some(found));
      const lead = offTopic
        ? `${gaps.join(' ')} ${RELATED_LEAD[asked.kind] ?? 'The closest passages'}, ${calls.length === 1 ? 'in the call read' : `from ${cited.size} of ${callCount(calls.length)}`}:`
        : calls.length === 1
          ? 'Quoted from the one call read:'
          : `Quoted from ${cited.size} of ${callCount(calls.length)}, most relevant first:`;
      const lines: AnswerLine[] = [
        { text: lead, calls: [] },
        ...quotes.map((quote) => ({
          text: `- ${quote.speaker ? `${quote.speaker} said: ` : ''}"${quote.text}"`,
          calls: quote.calls,
        })),
        ...(offTopic ? [] : gaps).map((text) => ({ text, calls: [] })),
        ...note.map((text) => ({ text, calls: [] })),
      ];
      return { ...render(lines), answeredBy: 'extractive' };
    },
  };
}
