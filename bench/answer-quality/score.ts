/**
 * Scores an answerer on the question set over the simulator's seeded customers. The evidence of each
 * question is what the workflow would read: the customer's calls in the window, matched with the
 * product's matching, the most recent `maxCalls`, as Gong's JSON (served by the simulator's own
 * serialisers) turned into the product's call content, and their transcripts when asked for.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answerer } from '../../src/answering';
import { hasAiContent } from '../../src/answering/ai-content';
import { olderCallsNote, type OlderTitleMatch } from '../../src/wording/older-calls';
import { titleMatches, titleStems } from '../../src/answering/title-match';
import { isNearDuplicate, sameText } from '../../src/answering/near-duplicate';
import type { CallContent } from '../../src/gong/call-content-model';
import { speakerNames, toCallTranscript, type CallTranscript } from '../../src/gong/call-transcript';
import { contentSelectorFor } from '../../src/gong/content-blocks';
import { callTranscriptSchema, extensiveCallSchema, type GongExtensiveCall } from '../../src/gong/schemas';
import { crmAccountNames, toCallContent } from '../../src/gong/to-call-content';
import { matchCall } from '../../src/matching/match-call';
import { createDataSet, type SimCall, type SimCompany, type SimDataSet } from '../../tools/simulator';
import { dealFigures } from '../../tools/simulator/call-scripts';
import { extensiveCall } from '../../tools/simulator/serializers';

const questionSchema = z.object({
  customer: z.string().min(1),
  question: z.string().min(1),
  maxCalls: z.number().int().min(1).max(50).default(5),
  lookbackDays: z.number().int().min(1).max(365).default(90),
  includeTranscripts: z.boolean().default(false),
  /** The kind of question, for reading the scores; the answerer is not told. */
  kind: z.enum([
    'who',
    'when',
    'outcome',
    'next steps',
    'concerns',
    'pricing',
    'competitors',
    'what happened',
    'topic',
  ]),
  mustContain: z.array(z.string()).min(1),
  /** Off-topic facts of the same customer: a quoted passage holding one is off-topic. */
  mustNotContain: z.array(z.string()).default([]),
  /** The only words the answer may say nothing mentions; any other such line is noise. */
  mayReportMissing: z.array(z.string()).default([]),
  note: z.string().optional(),
});
/** One question of the set, with the facts a good answer contains and must leave out. */
export type QualityQuestion = z.infer<typeof questionSchema>;

const questionSetSchema = z.object({
  seed: z.number().int(),
  now: z.iso.datetime(),
  questions: z.array(questionSchema).min(40),
});
/** The question set and the data set it is about. */
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** Reads and validates `bench/answer-quality/questions.json`. */
export function loadQuestionSet(path = new URL('./questions.json', import.meta.url)): QuestionSet {
  return questionSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The simulator's data set the question set is about. */
export function questionSetDataSet(set: QuestionSet): SimDataSet {
  return createDataSet({ seed: set.seed, now: new Date(set.now) });
}

// Gong's JSON of a call parsed once per data set: the set asks many questions of the same calls.
const listed = new WeakMap<SimCall, GongExtensiveCall>();
const contents = new WeakMap<SimCall, CallContent>();
function parsedOnce<T>(cache: WeakMap<SimCall, T>, call: SimCall, parse: () => T): T {
  const cached = cache.get(call);
  if (cached !== undefined) return cached;
  const parsed = parse();
  cache.set(call, parsed);
  return parsed;
}

/** What the answer is made from: the calls read, their transcripts, and older matches relevant by title. */
export interface Evidence {
  calls: CallContent[];
  transcripts: CallTranscript[];
  olderTitleMatches: OlderTitleMatch[];
}

/**
 * What the workflow would give the answerer for `q`: the matched calls' content, the transcripts of
 * those Gong has not summarised (of all of them with `includeTranscripts`), and the older matches
 * whose titles look relevant, as a full listing of the window finds them.
 */
export function evidenceFor(dataSet: SimDataSet, now: Date, q: QualityQuestion): Evidence {
  const from = now.getTime() - q.lookbackDays * 86_400_000;
  const listing = { context: 'Extended', exposedFields: { parties: true } } as const;
  const all = dataSet.calls
    .filter((call) => {
      const started = Date.parse(call.metaData.started);
      return started >= from && started < now.getTime();
    })
    .filter((call) => {
      const gong = parsedOnce(listed, call, () => extensiveCallSchema.parse(extensiveCall(call, listing)));
      const reasons = matchCall(
        {
          title: gong.metaData.title ?? null,
          crmAccounts: crmAccountNames(gong.context),
          participants: (gong.parties ?? []).map((party) => ({
            name: party.name ?? null,
            emailAddress: party.emailAddress ?? null,
            crmAccounts: crmAccountNames(party.context),
          })),
        },
        q.customer,
      );
      return reasons.length > 0;
    })
    .sort(
      (a, b) =>
        Date.parse(b.metaData.started) - Date.parse(a.metaData.started) ||
        b.metaData.id.localeCompare(a.metaData.id),
    );
  const stems = titleStems(q.question, q.customer);
  const olderTitleMatches = all
    .map((call, index) => ({ call, rank: index + 1 }))
    .slice(q.maxCalls)
    .filter(({ call }) => titleMatches(stems, call.metaData.title))
    .map(({ call, rank }) => ({
      callId: call.metaData.id,
      title: call.metaData.title,
      started: call.metaData.started,
      rank,
    }));
  const matched = all.slice(0, q.maxCalls);
  const selector = JSON.parse(JSON.stringify(contentSelectorFor())) as Parameters<typeof extensiveCall>[1];
  const calls = matched.map((call) =>
    parsedOnce(contents, call, () => toCallContent(extensiveCallSchema.parse(extensiveCall(call, selector)))),
  );
  const transcripts = matched
    .filter((call, index) => q.includeTranscripts || !hasAiContent(calls[index] as CallContent))
    .map(transcriptOf);
  return { calls, transcripts, olderTitleMatches };
}

/** The call's transcript as the product reads it: Gong's JSON, speakers named from the parties. */
function transcriptOf(call: SimCall): CallTranscript {
  const parties = extensiveCallSchema.parse(
    extensiveCall(call, { exposedFields: { parties: true } }),
  ).parties;
  const transcript = callTranscriptSchema.parse({ callId: call.metaData.id, transcript: call.transcript });
  return toCallTranscript(transcript, speakerNames(parties));
}

/** The customer a question is about: by name, short name or domain. */
export function companyOf(dataSet: SimDataSet, customer: string): SimCompany {
  const wanted = fold(customer);
  const company = dataSet.companies.find((c) =>
    [c.name, c.shortName, c.domain].some(
      (name) => fold(name) === wanted || fold(name).startsWith(`${wanted} `),
    ),
  );
  if (!company) throw new Error(`no seeded customer "${customer}"`);
  return company;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

/** `{budget}` → `23,000`: a fact of the company, or a figure its story derives from them. */
export function resolveFact(template: string, company: SimCompany): string {
  const values: Record<string, string | number> = { ...company.facts, ...dealFigures(company) };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown fact ${whole} in "${template}"`);
    return typeof value === 'number' ? value.toLocaleString('en-US') : value;
  });
}

/** Other customers' names and people: an answer about one customer must contain none of them. */
function otherCustomersFacts(dataSet: SimDataSet, company: SimCompany): string[] {
  return dataSet.companies
    .filter((c) => c !== company)
    .flatMap((c) => [c.name, c.shortName, ...c.contacts.map((contact) => contact.name)]);
}

/** The scores of one answer. */
export interface AnswerScore {
  customer: string;
  question: string;
  answer: string;
  expected: string[];
  found: string[];
  wrongCustomerFacts: string[];
  duplicatePassages: number;
  /** Lines of the answer that carry one of the question's off-topic facts. */
  offTopicPassages: string[];
  /** "Nothing ... mentions" lines naming a word the question does not allow reporting as missing. */
  noiseLines: string[];
  /** Characters in the answer. */
  length: number;
  /** Quotes, or sentences holding an expected fact, checked against the calls they cite. */
  citationsChecked: number;
  /** Those whose cited calls hold the quoted text (or the fact). */
  citationsHoldingFact: number;
  /** Sentences that cite one call twice ("[1] ... [1]"). */
  repeatedMarkers: number;
}

/** Everything the call says, for checking that a cited call holds a quoted text. */
function callText(call: CallContent, transcript: CallTranscript | undefined): string {
  return [
    call.brief ?? '',
    ...call.outline.flatMap((s) => [s.title, ...s.items]),
    ...call.highlights.flatMap((s) => [s.title, ...s.items]),
    ...call.keyPoints,
    call.callOutcome?.name ?? '',
    ...(call.pointsOfInterest?.actionItems ?? []),
    ...(transcript?.sentences.map((s) => s.text) ?? []),
  ].join('\n');
}

const normal = (text: string) => fold(text).replace(/\s+/g, ' ');

/** Scores `answer` for `q`: facts found, other customers' facts, repeats and citations. */
export function scoreAnswer(
  dataSet: SimDataSet,
  q: QualityQuestion,
  evidence: Evidence,
  answer: { answer: string; citedCallIds: string[] },
): AnswerScore {
  const company = companyOf(dataSet, q.customer);
  const text = answer.answer;
  const lower = text.toLowerCase();
  const expected = q.mustContain.map((fact) => resolveFact(fact, company));
  const found = expected.filter((fact) => lower.includes(fact.toLowerCase()));
  const holdsFact = (passage: string) => (fact: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fact)}(?![\\p{L}\\p{N}])`, 'iu').test(passage);
  const wrongCustomerFacts = otherCustomersFacts(dataSet, company).filter(holdsFact(text));
  const offTopic = q.mustNotContain.map((fact) => resolveFact(fact, company));
  const lines = text.split('\n');
  const offTopicPassages = lines.filter((line) => offTopic.some(holdsFact(line)));
  const allowed = new Set(q.mayReportMissing.map((word) => word.toLowerCase()));
  const noiseLines = lines.filter(
    (line) =>
      /\b(nothing|none)\b.*\bmentions?\b|\bdoes not mention\b/i.test(line) &&
      [...line.matchAll(/"([^"]+)"/g)].some((m) => !allowed.has((m[1] ?? '').toLowerCase())),
  );

  const quotes = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
  let duplicatePassages = 0;
  quotes.forEach((quote, i) => {
    const repeats = (earlier: string) =>
      sameText(quote, earlier) || isNearDuplicate(quote, earlier) || isNearDuplicate(earlier, quote);
    if (quotes.slice(0, i).some(repeats)) {
      duplicatePassages += 1;
    }
  });

  const byId = new Map(evidence.calls.map((call) => [call.callId, call]));
  const transcripts = new Map(evidence.transcripts.map((t) => [t.callId, t]));
  let citationsChecked = 0;
  let citationsHoldingFact = 0;
  let repeatedMarkers = 0;
  for (const sentence of sentencesOf(text)) {
    const markers = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (markers.length === 0) continue;
    if (new Set(markers).size < markers.length) repeatedMarkers += 1;
    const cited = [...new Set(markers)].map((n) => byId.get(answer.citedCallIds[n - 1] ?? ''));
    const holds = (needle: string) =>
      cited.every(
        (call) =>
          call !== undefined && normal(callText(call, transcripts.get(call.callId))).includes(normal(needle)),
      );
    const quoted = [...sentence.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
    const facts =
      quoted.length > 0
        ? quoted
        : expected.filter((fact) => sentence.toLowerCase().includes(fact.toLowerCase()));
    for (const fact of facts) {
      citationsChecked += 1;
      if (holds(fact)) citationsHoldingFact += 1;
    }
  }
  return {
    customer: q.customer,
    question: q.question,
    answer: text,
    expected,
    found,
    wrongCustomerFacts,
    duplicatePassages,
    offTopicPassages,
    noiseLines,
    length: text.length,
    citationsChecked,
    citationsHoldingFact,
    repeatedMarkers,
  };
}

/** A list item is one unit (its quote may hold several sentences); prose splits into sentences. */
function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => (line.startsWith('- ') ? [line] : line.split(/(?<=[.!?])\s+(?=[A-Z])/)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Totals over a question set. */
export interface QualitySummary {
  questions: number;
  expectedFacts: number;
  factsFound: number;
  factsFoundShare: number;
  wrongCustomerFacts: number;
  duplicatePassages: number;
  /** Share of answers that quote no off-topic passage. */
  answersWithoutOffTopicShare: number;
  offTopicPassages: number;
  noiseLines: number;
  meanLength: number;
  maxLength: number;
  citationsChecked: number;
  citationsHoldingFact: number;
  repeatedMarkers: number;
  scores: AnswerScore[];
}

/** Asks `answerer` every question of `set` and scores the answers. */
export async function scoreAnswerer(
  answerer: Answerer,
  set: QuestionSet = loadQuestionSet(),
): Promise<QualitySummary> {
  const dataSet = questionSetDataSet(set);
  const now = new Date(set.now);
  const scores: AnswerScore[] = [];
  for (const q of set.questions) {
    const evidence = evidenceFor(dataSet, now, q);
    const answer = await answerer.answer(q.question, evidence.calls, undefined, evidence.transcripts);
    // The workflow appends the pointer to older calls relevant by title to whichever answer it gets.
    const note = olderCallsNote(evidence.olderTitleMatches);
    const text = note ? `${answer.answer}\n${note}` : answer.answer;
    scores.push(scoreAnswer(dataSet, q, evidence, { ...answer, answer: text }));
  }
  const sum = (pick: (s: AnswerScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
  const expectedFacts = sum((s) => s.expected.length);
  const factsFound = sum((s) => s.found.length);
  return {
    questions: scores.length,
    expectedFacts,
    factsFound,
    factsFoundShare: expectedFacts === 0 ? 1 : factsFound / expectedFacts,
    wrongCustomerFacts: sum((s) => s.wrongCustomerFacts.length),
    duplicatePassages: sum((s) => s.duplicatePassages),
    answersWithoutOffTopicShare:
      scores.length === 0 ? 1 : scores.filter((s) => s.offTopicPassages.length === 0).length / scores.length,
    offTopicPassages: sum((s) => s.offTopicPassages.length),
    noiseLines: sum((s) => s.noiseLines.length),
    meanLength: scores.length === 0 ? 0 : Math.round(sum((s) => s.length) / scores.length),
    maxLength: Math.max(0, ...scores.map((s) => s.length)),
    citationsChecked: sum((s) => s.citationsChecked),
    citationsHoldingFact: sum((s) => s.citationsHoldingFact),
    repeatedMarkers: sum((s) => s.repeatedMarkers),
    scores,
  };
}
