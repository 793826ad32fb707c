/**
 * Ranks a call's passages against a question with BM25 (MiniSearch): by the stems of the question's
 * content words, then, with less weight, by WordNet's related words. Function words never rank, and
 * names of the customer and the people on the calls only identify the calls. This is the stable
 * entry point other answerers use to choose what to read first ({@link rankPassages}).
 */
import MiniSearch from 'minisearch';
import type { CallPassage } from './call-passages';
import { isContentWord, wordsOf, type Word } from './language/english';
import { relatedWords, type RelatedWords } from './language/related-words';
import { lexiconEquivalents } from './language/sales-lexicon';
import { KIND_WORDS, asQuestionsRead } from '../wording/question-kind';
import { analyzeTypedQuestion, type AnalyzedQuestion } from './analyze-question';

/** A passage with its relevance to the question. */
export interface RankedPassage extends CallPassage {
  /** BM25 relevance; higher is better. */
  score: number;
  /** Stems of the words the question names (its topics and kind words) that the passage holds. */
  topics: Set<string>;
  /** True when it matches what the question is about: a topic word, or its kind when it has none. */
  onTopic: boolean;
}

/** Weights of the question's words by role: what it is about counts most, its verbs least. */
const WEIGHTS = { topic: 1, cue: 0.7, lexicon: 0.6, other: 0.3, related: 0.3 } as const;
/** A passage's framing (its outline section or highlight title) counts half as much as its text. */
const CONTEXT_BOOST = 0.5;
/**
 * Transcript passages rank a little below AI content on the same words: Gong's summary states a
 * fact plainly, a spoken sentence often needs the conversation around it.
 */
const TRANSCRIPT_FACTOR = 0.9;

const stemsCache = new Map<string, string[]>();
/** Stems of the content words of `text`, cached: the same passages are ranked for many questions. */
export function stemsOf(text: string): string[] {
  let stems = stemsCache.get(text);
  if (!stems) {
    stems = wordsOf(text)
      .filter(isContentWord)
      .map((word) => word.stem);
    if (stemsCache.size > 50_000) stemsCache.clear();
    stemsCache.set(text, stems);
  }
  return stems;
}

/** Stems of the WordNet synonyms of `words`, without the words' own stems. */
async function relatedStems(words: readonly Word[], related: RelatedWords): Promise<Set<string>> {
  const own = new Set(words.map((word) => word.stem));
  const found = await Promise.all(words.map((word) => related(word.lemma, word.pos)));
  return new Set(
    found
      .flat()
      .flatMap((word) => stemsOf(word))
      .filter((stem) => !own.has(stem)),
  );
}

/** Start time in ms; unparseable dates sort as oldest rather than failing the answer. */
export function startedAt(passage: Pick<CallPassage, 'call'>): number {
  const time = Date.parse(passage.call.started);
  return Number.isNaN(time) ? 0 : time;
}

/** Words of a sentence that only opens what follows ("Two things.", "Not really."): it rides along. */
const MAX_WORDS_OF_AN_OPENER = 2;

/** Names the transcript run of a call's turn that starts at its sentence `from`. */
function runKey(callId: string, turn: number, from: number): string {
  return `${callId}:${turn}:${from}`;
}

/**
 * True when a run of several sentences opens with one that says something of its own (more than a
 * word or two) and holds none of the words the question is asked or ranked with.
 */
function opensOffTheQuestion(
  span: NonNullable<CallPassage['span']>,
  weights: ReadonlyMap<string, number>,
): boolean {
  const first = span.texts[span.from] ?? '';
  return (
    // A reply's first sentence answers what our side asked ("Anything worrying you?" / "Training.").
    !(span.reply && span.from === 0) &&
    span.to - span.from > 1 &&
    first.split(/\s+/).length > MAX_WORDS_OF_AN_OPENER &&
    !stemsOf(asQuestionsRead(first)).some((stem) => weights.has(stem))
  );
}

/** Most relevant first; then the newer call, then the caller's order and reading order. */
function byRelevanceThenRecency(a: RankedPassage, b: RankedPassage): number {
  return b.score - a.score || startedAt(b) - startedAt(a) || a.callIndex - b.callIndex || a.order - b.order;
}

/**
 * Ranks `passages` against `question` (as typed, or already analyzed), most relevant first.
 * Passages that match none of the question's content words are left out. Deterministic: the same
 * question and passages always give the same ranking. `related` gives WordNet's related words
 * (default: {@link relatedWords}); `alsoAsked` holds stems that answer the question as its own
 * words would (the rivals the calls name, for a competitor question).
 */
export async function rankPassages(
  question: string | AnalyzedQuestion,
  passages: readonly CallPassage[],
  related: RelatedWords = relatedWords,
  alsoAsked: ReadonlySet<string> = new Set(),
): Promise<RankedPassage[]> {
  const asked = typeof question === 'string' ? analyzeTypedQuestion(question) : question;
  const weights = new Map<string, number>();
  const weigh = (stems: Iterable<string>, weight: number) => {
    for (const stem of stems) weights.set(stem, Math.max(weights.get(stem) ?? 0, weight));
  };
  const topicStems = new Set(asked.topics.map((word) => word.stem));
  // A question of a known kind that names nothing else ("Who are we up against?" holds no content
  // word) is asked in its kind's words: each of them answers it as a word asked would.
  const kindOnly = asked.cues.length + asked.topics.length === 0;
  const kindStems = asked.cues.length > 0 || kindOnly ? (KIND_WORDS[asked.kind] ?? []).flatMap(stemsOf) : [];
  const cueStems = new Set([...asked.cues.map((word) => word.stem), ...kindStems, ...alsoAsked]);
  const [topicRelated, cueRelated] = await Promise.all([
    relatedStems(
      asked.topics.filter((word) => word.pos !== 'PROPN'),
      related,
    ),
    relatedStems(asked.cues, related),
  ]);
  // The sales lexicon's words of one meaning stand for the question's word they share a group with.
  const named = new Set([
    ...topicStems,
    ...asked.cues.map((word) => word.stem),
    ...(kindOnly ? kindStems : []),
    ...alsoAsked,
  ]);
  const standsFor = new Map<string, string>();
  for (const [stem, others] of lexiconEquivalents([...topicStems, ...named])) {
    for (const other of others) if (!standsFor.has(other) && !named.has(other)) standsFor.set(other, stem);
  }
  weigh(standsFor.keys(), WEIGHTS.lexicon);
  weigh(topicRelated, WEIGHTS.related);
  weigh(cueRelated, WEIGHTS.related);
  weigh(
    asked.others.map((word) => word.stem),
    WEIGHTS.other,
  );
  weigh(cueStems, WEIGHTS.cue);
  weigh(topicStems, WEIGHTS.topic);
  if (weights.size === 0 || passages.length === 0) return [];

  const search = new MiniSearch<{ id: number; text: string; context: string }>({
    fields: ['text', 'context'],
    tokenize: (text) => text.split(' ').filter((term) => term.length > 0),
    processTerm: (term) => term,
  });
  search.addAll(
    passages.map((passage, id) => ({
      id,
      // "Log-in goes through JumpCloud" answers "is there SSO?", as the question's "sign in" does;
      // "go-live" is one word, as in the question, and "lived in" none of it.
      text: stemsOf(asQuestionsRead(passage.text)).join(' '),
      context: stemsOf(passage.context).join(' '),
    })),
  );
  const results = search.search([...weights.keys()].join(' '), {
    combineWith: 'OR',
    boost: { text: 1, context: CONTEXT_BOOST },
    boostTerm: (term) => weights.get(term) ?? 0,
  });
  // What makes a passage on topic: a word the question is about, or a word of its kind.
  const gate = new Set([...topicStems, ...cueStems, ...standsFor.keys()]);
  const gateRelated = new Set([...topicRelated, ...cueRelated]);
  const runs = new Set(
    passages.flatMap(({ call, span }) => (span ? [runKey(call.callId, span.turn, span.from)] : [])),
  );
  return results
    .flatMap((result) => {
      const passage = passages[result.id as number];
      if (!passage) return [];
      // A run of a turn is quoted from a sentence that bears on the question: "Billing runs on
      // Soft-Pak. My worry is the drivers." gives way to the run that opens with the worry.
      const span = passage.span;
      if (
        span &&
        opensOffTheQuestion(span, weights) &&
        runs.has(runKey(passage.call.callId, span.turn, span.from + 1))
      )
        return [];
      const terms = Object.keys(result.match);
      const onTopic =
        gate.size + gateRelated.size === 0 || terms.some((t) => gate.has(t) || gateRelated.has(t));
      const factor = passage.source === 'transcript' ? TRANSCRIPT_FACTOR : 1;
      return [
        {
          ...passage,
          // Scores a tenth apart count as equally relevant, so the newer call comes first.
          score: Math.round(result.score * factor * 10) / 10,
          topics: new Set(
            terms.flatMap((term) => {
              const stem = named.has(term) ? term : standsFor.get(term);
              return stem ? [stem] : [];
            }),
          ),
          onTopic,
        },
      ];
    })
    .sort(byRelevanceThenRecency);
}
