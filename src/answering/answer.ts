import type { ModelErrorKind } from './model-error';
import type { CallContent } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';

/** An answer to a question about a set of Gong calls. */
export interface Answer {
  /** The answer text; markers such as `[1]` refer to `citedCallIds` by 1-based position. */
  answer: string;
  /** Ordered, unique ids of the analyzed calls the answer cites. */
  citedCallIds: string[];
  answeredBy: 'openai' | 'extractive';
  /** The model that wrote the answer, for `openai`. */
  model?: string;
  /** Why the model did not write this answer, when one is configured but failed. */
  modelError?: { kind: ModelErrorKind; message: string };
  /** True when part of the calls' content was left out to fit the model's context. */
  contentTrimmed?: boolean;
  /**
   * False when nothing in the calls read bears on the question (the answer says so): the
   * workflow then reads the customer's older calls of the window. Absent means true (answers
   * recorded before the field existed).
   */
  answersQuestion?: boolean;
  /**
   * True when the answer quotes what the calls read say of something a customer's history keeps
   * adding to (the concerns raised, the rivals named, the systems to connect) or comes only close
   * (no call read states who decides): the workflow then reads the older calls too and answers
   * from all of them. Absent means false.
   */
  partial?: boolean;
  /**
   * True when the answer answers, but the transcripts of the calls read whose transcripts were not
   * given may add to it (how they feel, or what the person asked about said, is said aloud more than
   * in Gong's summary): the answering activity reads them and answers again, inside the activity
   * (nothing the workflow sees changes), and the workflow does not look further back for it. Absent
   * means false.
   */
  transcriptsMayAdd?: boolean;
  /**
   * Tokens the model read and wrote for this answer, replies it failed with included (also when
   * the fallback answered), when the server reports them.
   */
  usage?: TokenUsage;
}

/** Tokens a model read (`promptTokens`) and wrote (`completionTokens`). */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** `a` and `b` added up; either may be unknown. */
export function addTokens(a: TokenUsage | undefined, b: TokenUsage | undefined): TokenUsage | undefined {
  if (!a || !b) return a ?? b;
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
}

/** Answers a question from the content of the given calls. */
export interface Answerer {
  /**
   * Answers `question` from Gong's AI content of `calls` and, when given, from the transcripts of
   * some of them (matched by call id), which hold what was said word for word.
   */
  answer(
    question: string,
    calls: CallContent[],
    signal?: AbortSignal,
    transcripts?: readonly CallTranscript[],
    context?: AnswerContext,
  ): Promise<Answer>;
}

/** What the answerer is told of one answer besides the question and the calls. */
interface AnswerContext {
  /** Epoch milliseconds by which the answer must be given (the answering activity's own timeout). */
  deadlineMs?: number;
  /** The customer the question is about, as the user named it: a model may name it so. */
  customerName?: string;
  /**
   * The model already failed this answer, from fewer transcripts: the fallback answers at once and
   * the answer reports that failure, so reading more costs no second wait for the same failure.
   */
  modelFailed?: { kind: ModelErrorKind; message: string };
}

/** Text used by every answerer when it is given no calls: there is nothing to read or cite. */
export const NO_CALLS_ANALYZED_ANSWER = 'No calls were analyzed, so there is nothing to answer from.';
