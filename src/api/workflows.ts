import type { z } from 'zod';
import {
  answerQuestionInputSchema,
  type AnswerQuestionInput,
  type AnswerQuestionResult,
} from './answer-question';
import { callContentInputSchema, type CallContentInput, type CallContentResult } from './call-content';
import {
  callTranscriptsInputSchema,
  type CallTranscriptsInput,
  type CallTranscriptsResult,
} from './call-transcripts';
import { kindOfQuestion } from '../answering/kind-of-question';
import { fieldIssues, type FieldIssue } from './describe-issues';
import {
  gongApiRequestInputSchema,
  type GongApiRequestInput,
  type GongApiRequestResult,
} from './gong-api-request';
import { healthCheckInputSchema, type HealthCheckInput, type HealthCheckResult } from './health-check';
import { searchCallsInputSchema, type SearchCallsInput, type SearchCallsResult } from './search-calls';

/** Every workflow of the worker by type name, with the signature the platform calls. */
export interface GongWorkflows {
  answerQuestionAboutCustomerCall(input: AnswerQuestionInput): Promise<AnswerQuestionResult>;
  gongHealthCheck(input: HealthCheckInput): Promise<HealthCheckResult>;
  searchCalls(input: SearchCallsInput): Promise<SearchCallsResult>;
  getCallContent(input: CallContentInput): Promise<CallContentResult>;
  getCallTranscripts(input: CallTranscriptsInput): Promise<CallTranscriptsResult>;
  gongApiRequest(input: GongApiRequestInput): Promise<GongApiRequestResult>;
}

/** A workflow type name: `answerQuestionAboutCustomerCall`, `gongHealthCheck`, ... */
export type GongWorkflowType = keyof GongWorkflows;
/** The input of workflow `T`, as the caller writes it. */
export type GongWorkflowInput<T extends GongWorkflowType> = Parameters<GongWorkflows[T]>[0];
/** The result of workflow `T`. */
export type GongWorkflowResult<T extends GongWorkflowType> = Awaited<ReturnType<GongWorkflows[T]>>;

/** What starting a run needs, from a validated input. */
export interface PreparedRun {
  /** The validated input, defaults filled in: the run's only argument. */
  input: unknown;
  connectionId: string;
  /** Shown in the Temporal UI (a payload: encrypted with the rest when a codec is set). */
  summary: string;
}

/** A workflow's input check: a {@link PreparedRun}, or the wrong fields. */
export type Preparation = { ok: true; run: PreparedRun } | { ok: false; issues: FieldIssue[] };

/** How to start one workflow: its input schema, its id prefix and its summary. */
export interface GongWorkflowDefinition<T extends GongWorkflowType = GongWorkflowType> {
  type: T;
  /** First part of a run's id: `<idPrefix>-<connectionId>-<unique>`. */
  idPrefix: string;
  /** Validates an input as the workflow will, so a mistake is reported before anything starts. */
  prepare(input: unknown): Preparation;
}

function define<T extends GongWorkflowType, S extends z.ZodType<{ connectionId: string }>>(
  type: T,
  idPrefix: string,
  schema: S,
  summary: (input: z.output<S>) => string,
): GongWorkflowDefinition<T> {
  return {
    type,
    idPrefix,
    prepare(input) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
      const valid = parsed.data;
      return { ok: true, run: { input: valid, connectionId: valid.connectionId, summary: summary(valid) } };
    },
  };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Every workflow's definition, by type name. */
export const gongWorkflowDefinitions: { [T in GongWorkflowType]: GongWorkflowDefinition<T> } = {
  answerQuestionAboutCustomerCall: define(
    'answerQuestionAboutCustomerCall',
    'answer',
    answerQuestionInputSchema,
    // The kind of question and the connection, never the customer or the question's words: the
    // summary is readable in the Web UI even when payloads are not encrypted.
    (input) =>
      `Answer a ${kindOfQuestion(input.question)} question from Gong connection ${input.connectionId}`,
  ),
  gongHealthCheck: define(
    'gongHealthCheck',
    'gong-health',
    healthCheckInputSchema,
    (input) => `Health check of Gong connection ${input.connectionId}`,
  ),
  searchCalls: define(
    'searchCalls',
    'search-calls',
    searchCallsInputSchema,
    (input) => `Calls from ${input.fromDateTime} to ${input.toDateTime} (up to ${input.limit})`,
  ),
  getCallContent: define(
    'getCallContent',
    'call-content',
    callContentInputSchema,
    (input) => `AI content of ${plural(input.callIds.length, 'call')}`,
  ),
  getCallTranscripts: define(
    'getCallTranscripts',
    'call-transcripts',
    callTranscriptsInputSchema,
    (input) => `Transcripts of ${plural(input.callIds.length, 'call')}`,
  ),
  gongApiRequest: define(
    'gongApiRequest',
    'gong-api',
    gongApiRequestInputSchema,
    (input) => `${input.method} ${input.path}`,
  ),
};

/** The id of a run: `<idPrefix>-<connectionId>-<unique>`, never a customer name or a question. */
export function gongWorkflowId(type: GongWorkflowType, connectionId: string, unique: string): string {
  return `${gongWorkflowDefinitions[type].idPrefix}-${connectionId}-${unique}`;
}

/** Id of the one health-check Schedule of a connection; its runs' ids start with it too. */
export function healthScheduleId(connectionId: string): string {
  return `gong-health-${connectionId}`;
}
