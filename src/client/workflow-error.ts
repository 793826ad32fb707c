import { ApplicationFailure, WorkflowFailedError } from '@temporalio/client';
import { FailureTypes } from '../api';
import { InvalidInputError } from './invalid-input-error';

/** What went wrong with a run, in terms the platform can branch on. */
export type GongWorkflowErrorKind =
  | 'invalid_input'
  | 'connection_not_found'
  | 'gong_auth'
  | 'gong_rate_limited'
  | 'gong_client'
  | 'gong_server'
  | 'gong_transport'
  | 'gong_format'
  | 'url_not_allowed'
  | 'openai'
  | 'payload_too_large'
  | 'unknown';

/** A failed run, described: its kind, the upstream's own message, and what Gong said. */
export interface GongWorkflowError {
  kind: GongWorkflowErrorKind;
  /** Gong's or OpenAI's own message, or the worker's when the failure is its own. */
  message: string;
  /** True when running the same input again cannot succeed (bad input, credentials, URL...). */
  nonRetryable: boolean;
  /** Gong's HTTP status, when Gong answered with an error. */
  gongStatus?: number;
  /** Gong's `requestId` of that answer, for Gong support; null when Gong sent none. */
  gongRequestId?: string | null;
}

const KIND_OF_TYPE: Record<string, GongWorkflowErrorKind> = {
  [FailureTypes.invalidInput]: 'invalid_input',
  [FailureTypes.connectionNotFound]: 'connection_not_found',
  [FailureTypes.gongAuth]: 'gong_auth',
  [FailureTypes.gongRateLimited]: 'gong_rate_limited',
  [FailureTypes.gongClient]: 'gong_client',
  [FailureTypes.gongServer]: 'gong_server',
  [FailureTypes.gongTransport]: 'gong_transport',
  [FailureTypes.gongFormat]: 'gong_format',
  [FailureTypes.urlNotAllowed]: 'url_not_allowed',
  [FailureTypes.openAiRateLimited]: 'openai',
  [FailureTypes.openAiClient]: 'openai',
  [FailureTypes.openAiServer]: 'openai',
  [FailureTypes.payloadTooLarge]: 'payload_too_large',
};

/**
 * Describes an error thrown by this package's client functions: an {@link InvalidInputError}
 * raised before starting, or a `WorkflowFailedError` whose cause chain holds the activity's
 * typed `ApplicationFailure`. Anything else is `unknown`, with its message.
 */
export function describeWorkflowError(error: unknown): GongWorkflowError {
  if (error instanceof InvalidInputError) {
    return { kind: 'invalid_input', message: error.message, nonRetryable: true };
  }
  const failures = applicationFailuresOf(error);
  const outer = failures[0];
  if (!outer) {
    const message =
      error instanceof WorkflowFailedError
        ? (error.cause?.message ?? error.message)
        : error instanceof Error
          ? error.message
          : String(error);
    return { kind: 'unknown', message, nonRetryable: false };
  }
  // The workflow rethrows the activity's failure with the activity's own retryability.
  const gong = gongDetails(outer.details?.[0]);
  return {
    kind: KIND_OF_TYPE[outer.type ?? ''] ?? 'unknown',
    message: outer.message,
    nonRetryable: outer.nonRetryable === true,
    ...(gong ? { gongStatus: gong.status, gongRequestId: gong.requestId } : {}),
  };
}

/** The `ApplicationFailure`s of the error's cause chain, outermost first. */
function applicationFailuresOf(error: unknown): ApplicationFailure[] {
  const found: ApplicationFailure[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 20; depth += 1) {
    if (current instanceof ApplicationFailure) found.push(current);
    current = current.cause;
  }
  return found;
}

/** `{ status, requestId }` of a Gong error's details, or null for other failures. */
function gongDetails(detail: unknown): { status: number; requestId: string | null } | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const { status, requestId } = detail as { status?: unknown; requestId?: unknown };
  if (typeof status !== 'number') return null;
  return { status, requestId: typeof requestId === 'string' ? requestId : null };
}
