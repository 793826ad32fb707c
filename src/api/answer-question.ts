import { z } from 'zod';
import { builtOnce } from './built-once';
import { getConnectionIdSchema } from './connection-id';
import type { CallReference, MatchedCall } from './calls';
import type { GongWorkflowErrorKind } from './gong-failure';

/** Input of `answerQuestionAboutCustomerCall`. */
export const getAnswerQuestionInputSchema = builtOnce(() =>
  z.strictObject({
    connectionId: getConnectionIdSchema(),
    customerName: z.string().trim().min(1, 'must not be blank').max(200),
    question: z.string().trim().min(1, 'must not be blank').max(4000),
    maxCalls: z.number().int().min(1).max(50).default(5),
    lookbackDays: z.number().int().min(1).max(365).default(90),
    /** Read the whole window even when the most recent `maxCalls` matches are already sure. */
    exhaustive: z.boolean().default(false),
    /**
     * Also answer from the analyzed calls' transcripts, not only Gong's AI content: word-for-word
     * evidence at the cost of one more Gong request per 100 calls. Off by default.
     */
    includeTranscripts: z.boolean().default(false),
  }),
);
/** Input of `answerQuestionAboutCustomerCall`, as the caller writes it (defaults optional). */
export type AnswerQuestionInput = z.input<ReturnType<typeof getAnswerQuestionInputSchema>>;

/** Result of `answerQuestionAboutCustomerCall`. */
export interface AnswerQuestionResult {
  status: 'answered' | 'no_calls_found';
  answer: string;
  /** The calls the answer came from, in the order of its `[n]` markers. */
  citations: CallReference[];
  /**
   * Every call read: the most recent, then, when they did not answer, the older ones the run read
   * too (the answer says so and cites those).
   */
  callsAnalyzed: MatchedCall[];
  /** Matching calls in the part of the window read (`coverage`); older ones may exist when it is incomplete. */
  matchedCallCount: number;
  window: { fromDateTime: string; toDateTime: string };
  coverage: AnswerCoverage;
  answeredBy: 'openai' | 'extractive' | 'none';
  model?: string;
  /**
   * Why a configured model did not write the answer (it failed, or cited no analyzed call): the
   * extractive answerer answered instead (`answeredBy: "extractive"`).
   */
  modelError?: AnswerModelError;
  /** True when part of the calls' content was left out to fit the model's context (the answer says so). */
  contentTrimmed?: boolean;
  /**
   * With `no_calls_found`: customer names seen in the window's calls close to `customerName`
   * (a typo, another spelling), closest first; the answer offers them too. With `answered` and
   * `answeredFor`: the one near name the answer is for.
   */
  nearNames?: string[];
  /**
   * The customer name the calls were found for when `customerName` found none and exactly one
   * customer name seen in the window is near it ("Northgate Univeristy": "Northgate University");
   * the answer opens by saying so. Absent when the calls are `customerName`'s.
   */
  answeredFor?: string;
  /**
   * The question, the answer, its numbered sources and what was read, as Markdown: what the
   * Temporal Web UI shows as the run's result. Absent from runs of older workers.
   */
  markdown?: string;
}

/** A model failure that the run answered around. */
export interface AnswerModelError {
  kind: Extract<GongWorkflowErrorKind, `model_${string}`>;
  message: string;
}

/**
 * How much of the window was read. Calls are read newest first and the listing stops once the
 * `maxCalls` most recent matches are known; older calls are neither listed nor read, unless the
 * most recent did not answer and the run listed on to read older ones.
 */
export interface AnswerCoverage {
  /** Every call from this instant (inclusive)... */
  scannedFrom: string;
  /** ...to this one (exclusive, the window's end) was read. */
  scannedTo: string;
  callsScanned: number;
  /** True when the whole window was read, so `matchedCallCount` counts every match in it. */
  complete: boolean;
  /**
   * Calls Gong listed that could not be used (a call without a start time, say): left out, and the
   * answer given from the rest. Absent when none was.
   */
  callsSkipped?: number;
}

/** What the `progress` query returns while the workflow runs. */
export interface AnswerQuestionProgress {
  stage: 'listing' | 'answering' | 'done';
  callsScanned: number;
  callsMatched: number;
  callsAnalyzed: number;
}
