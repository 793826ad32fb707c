import type { z } from 'zod';
import { fieldIssues, type FieldIssue } from '../wording/field-issues';
import { kindOfTypedQuestion } from '../wording/typed-question';
import { countOf } from '../wording/count-of';
import { getAnswerQuestionInputSchema, type AnswerQuestionResult } from './answer-question';
import { getCallContentInputSchema, type CallContentResult } from './call-content';
import { getCallTranscriptsInputSchema, type CallTranscriptsResult } from './call-transcripts';
import { getGongApiRequestInputSchema, type GongApiRequestResult } from './gong-api-request';
import { getHealthCheckInputSchema, type HealthCheckResult } from './health-check';
import { getSearchCallsInputSchema, type SearchCallsResult } from './search-calls';

/** A run's execution timeout, in words Temporal's `Duration` reads: `10 minutes`, `3 hours`. */
export type ExecutionTimeout = `${number} ${'minutes' | 'hour' | 'hours'}`;

/** The one input every workflow takes: an object naming the connection it works on. */
type InputSchema = z.ZodType<{ connectionId: string }>;

/** One workflow of the worker, as the registry describes it. Its type name is its key. */
export interface GongWorkflowEntry<
  S extends InputSchema = InputSchema,
  R = unknown,
  N extends string = string,
> {
  /** First part of a run's id: `<idPrefix>-<connectionId>-<unique>`. */
  idPrefix: string;
  /**
   * Validates the input, as the client, a parent, the Nexus handler and the workflow all do. Built
   * on first read: a workflow run builds only its own (see `built-once.ts`).
   */
  readonly input: S;
  /** Only the result's type: never set, never read at run time. */
  result?: R;
  /** What the Temporal UI shows for a run (a payload: encrypted with the rest when a codec is set). */
  summary(input: z.output<S>): string;
  /**
   * How long one run may take in all, retries and backoff included. Each is above the worst case
   * its activity options allow, so only a stuck run (an upstream that never answers, a worker that
   * never picks it up) reaches it; every start (client, child, Nexus, Schedule) sets it.
   */
  executionTimeout: ExecutionTimeout;
  /** The operation of the `gong` Nexus service that starts it. */
  nexusOperation: N;
  /** True when a run may change data in Gong (so a caller may ask for confirmation first). */
  writes: boolean;
}

/** An entry with result type `R`: `workflow<R>()({...})`, the input's type read from its schema. */
const workflow =
  <R>() =>
  <S extends InputSchema, N extends string>(
    entry: Omit<GongWorkflowEntry<S, R, N>, 'result'>,
  ): GongWorkflowEntry<S, R, N> =>
    entry;

/**
 * Every workflow of the worker, by type name: the one list the definitions, timeouts, Nexus
 * service and handler, child-workflow options and client starters derive from. Adding a workflow
 * is an entry here, the workflow (`src/workflows`, checked against this), its activity and its
 * CLI command.
 */
export const gongWorkflowRegistry = {
  answerQuestionAboutCustomerCall: workflow<AnswerQuestionResult>()({
    idPrefix: 'answer',
    get input() {
      return getAnswerQuestionInputSchema();
    },
    // The kind of question and the connection, never the customer or the question's words: the
    // summary is readable in the Web UI even when payloads are not encrypted.
    summary: (input) =>
      `Answer a ${kindOfTypedQuestion(input.question)} question from Gong connection ${input.connectionId}`,
    executionTimeout: '3 hours',
    nexusOperation: 'answerQuestionAboutCustomerCall',
    writes: false,
  }),
  gongHealthCheck: workflow<HealthCheckResult>()({
    idPrefix: 'gong-health',
    get input() {
      return getHealthCheckInputSchema();
    },
    summary: (input) => `Health check of Gong connection ${input.connectionId}`,
    executionTimeout: '10 minutes',
    nexusOperation: 'gongHealthCheck',
    writes: false,
  }),
  searchCalls: workflow<SearchCallsResult>()({
    idPrefix: 'search-calls',
    get input() {
      return getSearchCallsInputSchema();
    },
    summary: (input) => `Calls from ${input.fromDateTime} to ${input.toDateTime} (up to ${input.limit})`,
    executionTimeout: '3 hours',
    nexusOperation: 'searchCalls',
    writes: false,
  }),
  getCallContent: workflow<CallContentResult>()({
    idPrefix: 'call-content',
    get input() {
      return getCallContentInputSchema();
    },
    summary: (input) => `AI content of ${countOf(input.callIds.length, 'call')}`,
    executionTimeout: '1 hour',
    nexusOperation: 'getCallContent',
    writes: false,
  }),
  getCallTranscripts: workflow<CallTranscriptsResult>()({
    idPrefix: 'call-transcripts',
    get input() {
      return getCallTranscriptsInputSchema();
    },
    summary: (input) => `Transcripts of ${countOf(input.callIds.length, 'call')}`,
    executionTimeout: '3 hours',
    nexusOperation: 'getCallTranscripts',
    writes: false,
  }),
  gongApiRequest: workflow<GongApiRequestResult>()({
    idPrefix: 'gong-api',
    get input() {
      return getGongApiRequestInputSchema();
    },
    summary: (input) => `${input.method} ${input.path}`,
    executionTimeout: '30 minutes',
    nexusOperation: 'gongApiRequest',
    // POST, PUT, PATCH and DELETE reach any endpoint the key may use.
    writes: true,
  }),
};

type Registry = typeof gongWorkflowRegistry;

/** A workflow type name: `answerQuestionAboutCustomerCall`, `gongHealthCheck`, ... */
export type GongWorkflowType = keyof Registry;
/** The input of workflow `T`, as the caller writes it (defaults optional). */
export type GongWorkflowInput<T extends GongWorkflowType> = z.input<Registry[T]['input']>;
/** The input of workflow `T` once validated, defaults filled in. */
export type GongWorkflowValidInput<T extends GongWorkflowType> = z.output<Registry[T]['input']>;
/** The result of workflow `T`. */
export type GongWorkflowResult<T extends GongWorkflowType> = NonNullable<Registry[T]['result']>;
/** The Nexus operation name of workflow `T`. */
export type GongNexusOperation<T extends GongWorkflowType> = Registry[T]['nexusOperation'];

/**
 * Every workflow of the worker by type name, with the signature the platform calls; derived from
 * the registry, and `src/workflows/index.ts` must satisfy it.
 */
export type GongWorkflows = {
  [T in GongWorkflowType]: (input: GongWorkflowInput<T>) => Promise<GongWorkflowResult<T>>;
};

/** Every workflow type name, in the registry's order. */
export const GONG_WORKFLOW_TYPES = Object.keys(gongWorkflowRegistry) as GongWorkflowType[];

/** What starting a run of `T` needs, from a validated input. */
export interface PreparedRun<T extends GongWorkflowType = GongWorkflowType> {
  /** The validated input, defaults filled in: the run's only argument. */
  input: GongWorkflowValidInput<T>;
  connectionId: string;
  /** Shown in the Temporal UI. */
  summary: string;
  /** From the registry; every start sets it. */
  executionTimeout: ExecutionTimeout;
}

/** A workflow's input check: a {@link PreparedRun}, or the wrong fields. */
export type Preparation<T extends GongWorkflowType = GongWorkflowType> =
  { ok: true; run: PreparedRun<T> } | { ok: false; issues: FieldIssue[] };

/** Validates an input of workflow `type` as the workflow will, so a mistake is reported before anything starts. */
export function prepareGongRun<T extends GongWorkflowType>(type: T, input: unknown): Preparation<T> {
  const entry: GongWorkflowEntry = gongWorkflowRegistry[type];
  const parsed = entry.input.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
  const valid = parsed.data;
  return {
    ok: true,
    run: {
      input: valid as GongWorkflowValidInput<T>,
      connectionId: valid.connectionId,
      summary: entry.summary(valid),
      executionTimeout: entry.executionTimeout,
    },
  };
}

/** The id of a run: `<idPrefix>-<connectionId>-<unique>`, never a customer name or a question. */
export function gongWorkflowId(type: GongWorkflowType, connectionId: string, unique: string): string {
  return `${gongWorkflowRegistry[type].idPrefix}-${connectionId}-${unique}`;
}

/** Id of the one health-check Schedule of a connection; its runs' ids start with it too. */
export function healthScheduleId(connectionId: string): string {
  return `gong-health-${connectionId}`;
}
