import { z } from 'zod';
import { connectionIdSchema } from './connection-id';
import type { CallReference, MatchedCall } from './calls';

/** Input of `answerQuestionAboutCustomerCall`. */
export const answerQuestionInputSchema = z.strictObject({
  connectionId: connectionIdSchema,
  customerName: z.string().trim().min(1, 'must not be blank').max(200),
  question: z.string().trim().min(1, 'must not be blank').max(4000),
  maxCalls: z.number().int().min(1).max(50).default(5),
  lookbackDays: z.number().int().min(1).max(365).default(90),
  /** Read the whole window even when the most recent `maxCalls` matches are already sure. */
  exhaustive: z.boolean().default(false),
  /**
   * Also answer from the analysed calls' transcripts, not only Gong's AI content: word-for-word
   * evidence at the cost of one more Gong request per 100 calls. Off by default.
   */
  includeTranscripts: z.boolean().default(false),
});
/** Input of `answerQuestionAboutCustomerCall`, as the caller writes it (defaults optional). */
export type AnswerQuestionInput = z.input<typeof answerQuestionInputSchema>;

/** Result of `answerQuestionAboutCustomerCall`. */
export interface AnswerQuestionResult {
  status: 'answered' | 'no_calls_found';
  answer: string;
  /** The calls the answer came from, in the order of its `[n]` markers. */
  citations: CallReference[];
  callsAnalyzed: MatchedCall[];
  /** Matching calls in the part of the window read (`coverage`); older ones may exist when it is incomplete. */
  matchedCallCount: number;
  window: { fromDateTime: string; toDateTime: string };
  coverage: AnswerCoverage;
  answeredBy: 'openai' | 'extractive' | 'none';
  model?: string;
}

/**
 * How much of the window was read. Calls are read newest first and the reading stops once the
 * `maxCalls` most recent matches are sure: older calls could not change which calls are analysed.
 */
export interface AnswerCoverage {
  /** Every call from this instant (inclusive)... */
  scannedFrom: string;
  /** ...to this one (exclusive, the window's end) was read. */
  scannedTo: string;
  callsScanned: number;
  /** True when the whole window was read, so `matchedCallCount` counts every match in it. */
  complete: boolean;
}

/** What the `progress` query returns while the workflow runs. */
export interface AnswerQuestionProgress {
  stage: 'listing' | 'answering' | 'done';
  callsScanned: number;
  callsMatched: number;
  callsAnalyzed: number;
}
