import { ApplicationFailure } from '@temporalio/common';
import { HandlerError } from 'nexus-rpc';
import { FailureTypes } from './failure-types';

/** What went wrong with a run, in terms the platform can branch on. */
export type GongWorkflowErrorKind =
  | 'invalid_input'
  | 'connection_not_found'
  | 'connection_store_unavailable'
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
  [FailureTypes.connectionStoreUnavailable]: 'connection_store_unavailable',
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
      kind: KIND_OF_TYPE[outer.type ?? ''] ?? 'unknown',
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
