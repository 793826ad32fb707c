import { ApplicationFailure } from '@temporalio/common';
import { HandlerError } from 'nexus-rpc';
import { FailureTypes, type FailureType } from './failure-types';

/** What went wrong with a run, in terms the platform can branch on. */
export type GongWorkflowErrorKind =
  | 'invalid_input'
  | 'connection_not_found'
  | 'connection_store_unavailable'
  | 'gong_auth'
  | 'gong_rate_limited'
  | 'retry_after_too_long'
  | 'gong_client'
  | 'gong_server'
  | 'gong_transport'
  | 'gong_format'
  | 'gong_paging'
  | 'gong_response_too_large'
  | 'url_not_allowed'
  | 'connection_corrupt'
  | 'secret_key_not_held'
  | 'connection_busy'
  | 'model_unavailable'
  | 'model_rejected_request'
  | 'model_context_exceeded'
  | 'model_timeout'
  | 'model_bad_reply'
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

/** The kind of every failure type: a type without one fails to compile. */
const KIND_OF_TYPE: Record<FailureType, Exclude<GongWorkflowErrorKind, 'unknown'>> = {
  [FailureTypes.invalidInput]: 'invalid_input',
  [FailureTypes.connectionNotFound]: 'connection_not_found',
  [FailureTypes.connectionStoreUnavailable]: 'connection_store_unavailable',
  [FailureTypes.connectionCorrupt]: 'connection_corrupt',
  [FailureTypes.secretKeyNotHeld]: 'secret_key_not_held',
  [FailureTypes.connectionBusy]: 'connection_busy',
  [FailureTypes.gongAuth]: 'gong_auth',
  [FailureTypes.gongRateLimited]: 'gong_rate_limited',
  // Gong or OpenAI asked to wait longer than the worker may: the run fails rather than sleep.
  [FailureTypes.retryAfterTooLong]: 'retry_after_too_long',
  [FailureTypes.gongClient]: 'gong_client',
  [FailureTypes.gongServer]: 'gong_server',
  [FailureTypes.gongTransport]: 'gong_transport',
  [FailureTypes.gongFormat]: 'gong_format',
  [FailureTypes.gongPaging]: 'gong_paging',
  [FailureTypes.responseTooLarge]: 'gong_response_too_large',
  [FailureTypes.urlNotAllowed]: 'url_not_allowed',
  [FailureTypes.modelUnavailable]: 'model_unavailable',
  [FailureTypes.modelRejectedRequest]: 'model_rejected_request',
  [FailureTypes.modelContextExceeded]: 'model_context_exceeded',
  [FailureTypes.modelTimeout]: 'model_timeout',
  [FailureTypes.modelBadReply]: 'model_bad_reply',
  [FailureTypes.openAiRateLimited]: 'model_unavailable',
  [FailureTypes.openAiClient]: 'model_rejected_request',
  [FailureTypes.openAiServer]: 'model_unavailable',
  [FailureTypes.payloadTooLarge]: 'payload_too_large',
};

/**
 * Describes a failure of one of this worker's workflows wherever the platform meets it: a
 * client's `WorkflowFailedError`, a `ChildWorkflowFailure` in a parent workflow, or a
 * `NexusOperationFailure` in a caller workflow. Reads the outermost `ApplicationFailure` of the
 * cause chain (the run's own typed failure); a Nexus `BAD_REQUEST` is `invalid_input`.
 * Deterministic and free of I/O, so workflow code may call it.
 */
export function describeGongFailure(error: unknown): GongWorkflowError | null {
  const chain = causeChain(error);
  const outer = chain.find((e): e is ApplicationFailure => e instanceof ApplicationFailure);
  if (outer) {
    // The workflow rethrows the activity's failure with the activity's own retryability.
    const gong = gongDetails(outer.details?.[0]);
    return {
      kind: kindOfType(outer.type),
      message: outer.message,
      nonRetryable: outer.nonRetryable === true,
      ...(gong ? { gongStatus: gong.status, gongRequestId: gong.requestId } : {}),
    };
  }
  // A Nexus handler refusing the request before any run started (the input's fields, named).
  const refused = chain.find((e): e is HandlerError => e instanceof HandlerError);
  if (refused) {
    return {
      kind: refused.type === 'BAD_REQUEST' ? 'invalid_input' : 'unknown',
      message: refused.message,
      nonRetryable: !refused.retryable,
    };
  }
  return null;
}

/** The kind of a failure type; `unknown` for a type this worker does not raise. */
function kindOfType(type: string | undefined | null): GongWorkflowErrorKind {
  return type && Object.hasOwn(KIND_OF_TYPE, type) ? KIND_OF_TYPE[type as FailureType] : 'unknown';
}

/** The error and its causes, outermost first. */
function causeChain(error: unknown): Error[] {
  const chain: Error[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 20; depth += 1) {
    chain.push(current);
    current = current.cause;
  }
  return chain;
}

/** `{ status, requestId }` of a Gong error's details, or null for other failures. */
function gongDetails(detail: unknown): { status: number; requestId: string | null } | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const { status, requestId } = detail as { status?: unknown; requestId?: unknown };
  if (typeof status !== 'number') return null;
  return { status, requestId: typeof requestId === 'string' ? requestId : null };
}
