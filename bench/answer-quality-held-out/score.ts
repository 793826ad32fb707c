/**
 * Scores answers to the held-out question set from their text alone: facts found, off-topic
 * quotes, invented facts, other customers named, and whether an unanswerable question is answered
 * "not stated". Blind to the answerer: nothing here reads src/answering or src/text.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SimCompany, SimDataSet } from '../../tools/simulator';

/** What the question asks about, for per-kind figures; the answerer is not told. */
export const QUESTION_KINDS = [
  'who',
  'concerns',
  'pricing',
  'competitors',
  'next steps',
  'when',
  'outcome',
  'integrations',
  'what happened',
  'sentiment',
] as const;

const questionSchema = z
  .strictObject({
    customer: z.string().min(1),
    question: z.string().min(1),
    maxCalls: z.number().int().min(1).max(50).optional(),
    kind: z.enum(QUESTION_KINDS),
    /** Facts a good answer states, verbatim or normalised. */
    mustContain: z.array(z.string().min(1)),
    /** Facts of the same customer off the question's topic: quoting one is off-topic. */
    mustNotContain: z.array(z.string().min(1)).default([]),
    /** Strings that would show an invented or wrong fact. */
    mustNotClaim: z.array(z.string().min(1)).default([]),
    /** The calls do not answer the question: a good answer says so. */
    notStated: z.boolean().default(false),
    note: z.string().min(1),
  })
  .refine((q) => q.mustContain.length > 0 || q.notStated, {
    message: 'a question with no mustContain fact must be notStated',
  });
/** One held-out question. */
export type HeldOutQuestion = z.infer<typeof questionSchema>;

const questionFileSchema = z.strictObject({
  about: z.string().min(1),
  written: z.iso.date(),
  questions: z.array(questionSchema).min(1),
});
/** A blind question set: the held-out set, or the dev set. */
export type HeldOutQuestionSet = z.infer<typeof questionFileSchema>;

/** Fewest questions a set holds: fewer and one answer moves the figures by whole percents. */
const MIN_QUESTIONS = 36;

/**
 * Reads and validates the question files of one set, written apart by different authors, as one
 * set: their questions in file order, the first file's date.
 */
export function loadQuestionSet(paths: readonly (URL | string)[]): HeldOutQuestionSet {
  const files = paths.map((path) => questionFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
  const [first] = files;
  if (!first) throw new Error('a question set needs at least one file');
  const questions = files.flatMap((file) => file.questions);
  if (questions.length < MIN_QUESTIONS)
    throw new Error(
      `a question set needs at least ${MIN_QUESTIONS} questions, these files hold ${questions.length}`,
    );
  return { about: files.map((file) => file.about).join('\n'), written: first.written, questions };
}

/** Reads and validates the frozen held-out set, `bench/answer-quality-held-out/questions.json`. */
export function loadHeldOutQuestions(): HeldOutQuestionSet {
  return loadQuestionSet([new URL('./questions.json', import.meta.url)]);
}

/**
 * Text as facts are compared: case, accents, quotes, dashes, spacing, thousands separators and
 * "18 %" versus "18%" do not matter.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1')
    .replace(/(\d)\s+%/g, '$1%')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `fact` occurs in `text` as whole words (after {@link normalise}). */
export function mentions(text: string, fact: string): boolean {
  const needle = normalise(fact).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u').test(normalise(text));
}

/** Wordings that say the calls do not state something. */
const NOT_STATED =
  /\b(not|never|no(?:thing|ne)?)\b[^.\n]{0,80}\b(mention|mentions|mentioned|state|states|stated|say|says|said|discuss|discussed|cover|covers|covered|name|named|identif(?:y|ied)|specif(?:y|ied)|found)\b|\b(doesn't|don't|didn't|does not|do not|did not)\b[^.\n]{0,40}\b(say|state|mention|cover|name|specify)|\bunclear\b|\bunknown\b|\bno information\b|\bnot clear\b/i;

/** The score of one answer. */
export interface HeldOutScore {
  customer: string;
  question: string;
  kind: HeldOutQuestion['kind'];
  notStated: boolean;
  status: string;
  answeredBy: string;
  answer: string;
  expected: string[];
  found: string[];
  offTopic: string[];
  invented: string[];
  otherCustomers: string[];
  /** For a notStated question: whether the answer says the calls do not state it. */
  saysNotStated: boolean | null;
  /** The run failed: its error instead of an answer. */
  error?: string;
}

/**
 * The customer of the data set a typed name means, by the name's first letters, so a legal suffix,
 * a case difference or a typo further on still finds it. Undefined when none is meant.
 */
export function customerOf(dataSet: SimDataSet, typed: string): SimCompany | undefined {
  return dataSet.companies.find((c) => normalise(typed).startsWith(normalise(c.name).slice(0, 6)));
}

/** The names an answer about `customer` must not contain: the other customers and their people. */
export function otherCustomerNames(dataSet: SimDataSet, customer: string): string[] {
  const own = customerOf(dataSet, customer);
  return dataSet.companies
    .filter((c) => c !== own)
    .flatMap((c) => [c.name, ...c.contacts.map((contact) => contact.name.replace(/^Dr\.\s+/, ''))]);
}

/** Scores `answer` (the workflow's `answer` text) for `q`. */
export function scoreAnswer(
  q: HeldOutQuestion,
  others: string[],
  result: { status: string; answeredBy: string; answer: string; error?: string },
): HeldOutScore {
  const text = result.answer;
  return {
    customer: q.customer,
    question: q.question,
    kind: q.kind,
    notStated: q.notStated,
    status: result.status,
    answeredBy: result.answeredBy,
    answer: text,
    expected: q.mustContain,
    found: q.mustContain.filter((fact) => mentions(text, fact)),
    offTopic: q.mustNotContain.filter((fact) => mentions(text, fact)),
    invented: q.mustNotClaim.filter((fact) => mentions(text, fact)),
    otherCustomers: others.filter((name) => mentions(text, name)),
    saysNotStated: q.notStated ? NOT_STATED.test(text) : null,
    ...(result.error === undefined ? {} : { error: result.error }),
  };
}

/** Totals over the set, and facts found per kind of question. */
export interface HeldOutSummary {
  questions: number;
  expectedFacts: number;
  factsFound: number;
  /** Answers holding every expected fact (notStated questions excluded). */
  answersComplete: number;
  answersWithOffTopic: number;
  answersWithInvented: number;
  answersNamingOtherCustomers: number;
  notStatedQuestions: number;
  notStatedAcknowledged: number;
  failedRuns: number;
  byKind: Record<string, { questions: number; expectedFacts: number; factsFound: number }>;
  scores: HeldOutScore[];
}

/** Sums the scores. */
export function summarise(scores: HeldOutScore[]): HeldOutSummary {
  const byKind: HeldOutSummary['byKind'] = {};
  for (const s of scores) {
    const entry = (byKind[s.kind] ??= { questions: 0, expectedFacts: 0, factsFound: 0 });
    entry.questions += 1;
    entry.expectedFacts += s.expected.length;
    entry.factsFound += s.found.length;
  }
  const count = (pick: (s: HeldOutScore) => boolean) => scores.filter(pick).length;
  return {
    questions: scores.length,
    expectedFacts: scores.reduce((sum, s) => sum + s.expected.length, 0),
    factsFound: scores.reduce((sum, s) => sum + s.found.length, 0),
    answersComplete: count((s) => !s.notStated && s.found.length === s.expected.length),
    answersWithOffTopic: count((s) => s.offTopic.length > 0),
    answersWithInvented: count((s) => s.invented.length > 0),
    answersNamingOtherCustomers: count((s) => s.otherCustomers.length > 0),
    notStatedQuestions: count((s) => s.notStated),
    notStatedAcknowledged: count((s) => s.saysNotStated === true),
    failedRuns: count((s) => s.error !== undefined),
    byKind,
    scores,
  };
}
