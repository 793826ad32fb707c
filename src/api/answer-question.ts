import { z } from 'zod';
import { connectionIdSchema } from './connection-id';
import type { CallReference } from '../gong/call-reference';
import type { MatchedCall } from '../matching/matched-call';

/** Input of `answerQuestionAboutCustomerCall`. */
export const answerQuestionInputSchema = z.strictObject({
  connectionId: connectionIdSchema,
  customerName: z.string().trim().min(1, 'must not be blank').max(200),
  question: z.string().trim().min(1, 'must not be blank').max(4000),
  maxCalls: z.number().int().min(1).max(50).default(5),
  lookbackDays: z.number().int().min(1).max(365).default(90),
});
/** Input of `answerQuestionAboutCustomerCall`, as the caller writes it (defaults optional). */
export type AnswerQuestionInput = z.input<typeof answerQuestionInputSchema>;

export type { CallReference } from '../gong/call-reference';

/** Result of `answerQuestionAboutCustomerCall`. */
export interface AnswerQuestionResult {
  status: 'answered' | 'no_calls_found';
  answer: string;
  /** The calls the answer came from, in the order of its `[n]` markers. */
  citations: CallReference[];
  callsAnalyzed: MatchedCall[];
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
