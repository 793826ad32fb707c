import { z } from 'zod';
import { connectionIdSchema } from '../connections/connection';
import type { MatchReason } from '../matching/match-call';

/** Input of `answerQuestionAboutCustomerCall`. */
export const answerQuestionInputSchema = z.object({
  connectionId: connectionIdSchema,
  customerName: z.string().trim().min(1, 'must not be blank').max(200),
  question: z.string().trim().min(1, 'must not be blank').max(4000),
  maxCalls: z.number().int().min(1).max(50).default(5),
  lookbackDays: z.number().int().min(1).max(365).default(90),
  /**
   * Also answer from the analysed calls' transcripts, not only Gong's AI content: word-for-word
   * evidence at the cost of one more Gong request per 100 calls. Off by default.
   */
  includeTranscripts: z.boolean().default(false),
});
/** Input of `answerQuestionAboutCustomerCall`, as the caller writes it (defaults optional). */
export type AnswerQuestionInput = z.input<typeof answerQuestionInputSchema>;

/** A call as the result shows it. */
export interface CallReference {
  callId: string;
  title: string;
  started: string;
  url: string;
}

/** Result of `answerQuestionAboutCustomerCall`. */
export interface AnswerQuestionResult {
  status: 'answered' | 'no_calls_found';
  answer: string;
  /** The calls the answer came from, in the order of its `[n]` markers. */
  citations: CallReference[];
  callsAnalyzed: (CallReference & { matchedOn: MatchReason[] })[];
  matchedCallCount: number;
  window: { fromDateTime: string; toDateTime: string };
  answeredBy: 'openai' | 'extractive' | 'none';
  model?: string;
}

/** What the `progress` query returns while the workflow runs. */
export interface AnswerQuestionProgress {
  stage: 'listing' | 'answering' | 'done';
  callsScanned: number;
  callsMatched: number;
  callsAnalyzed: number;
}
