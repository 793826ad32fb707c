import { cancellationSignal, sleep } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { apiPathProblem } from '../gong/api-path';
import { GongTransportError } from '../gong/errors';
import type { GongClient } from '../gong/client';
import { toGongApiError, type GongRequest, type GongResponse } from '../gong/http';
import { isIdempotentRequest } from '../gong/idempotent-request';
import { assertResultFits } from './assert-result-fits';
import { gongClientFor, type ActivityDeps } from './deps';
import { FailureTypes } from '../api/failure-types';

/** Input of {@link createSendGongApiRequest}. */
export interface SendGongApiRequestInput {
  connectionId: string;
  method: GongRequest['method'];
  /** A relative `/v2/...` path; see `apiPathProblem`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

/** Gong's answer, whatever its status. */
export interface SendGongApiRequestResult {
  status: number;
  body: unknown;
  requestId: string | null;
}

/**
 * Sends one request to the connection's own Gong host and returns the answer, 4xx included, for
 * the caller to judge. Bad credentials (401/403) fail non-retryably; 408, 429 and 5xx are thrown
 * as Gong API errors so Temporal retries them, honouring Gong's `Retry-After`. A write (not a
 * GET or a read-only POST) is never resent after a 5xx, a 408 or a lost connection.
 */
export function createSendGongApiRequest(deps: ActivityDeps) {
  return async function sendGongApiRequest(
    input: SendGongApiRequestInput,
  ): Promise<SendGongApiRequestResult> {
    // The workflow validates first; checked again so no caller of the activity can skip it.
    const problem = apiPathProblem(input.path);
    if (problem !== null) {
      throw ApplicationFailure.nonRetryable(`path: ${problem}`, FailureTypes.invalidInput);
    }
    const client = await gongClientFor(deps, input.connectionId);
    const request: GongRequest = {
      method: input.method,
      path: input.path,
      query: input.query,
      body: input.body,
      signal: cancellationSignal(),
    };
    const response = isIdempotentRequest(input.method, input.path)
      ? await client.send(request)
      : await sendWriteOnce(client, request);
    if (mustThrow(response.status)) throw toGongApiError(request, response);
    const result = { status: response.status, body: response.body, requestId: response.requestId };
    assertResultFits(
      result,
      `Gong's answer to ${input.method} ${input.path}`,
      'Narrow the request: add filters (e.g. a shorter date range or fewer ids), or page through it with the "cursor" Gong returns in records.cursor.',
    );
    return result;
  };
}

/** Gong's 429 means the write was refused unapplied, so it is resent after Retry-After, this often. */
const MAX_WRITE_RATE_LIMIT_WAITS = 3;

/**
 * Sends a write at most once to be applied. The workflow runs this activity with a single
 * attempt, so the only resends are after a 429, which Gong answers before doing anything.
 */
async function sendWriteOnce(client: GongClient, request: GongRequest): Promise<GongResponse> {
  for (let waits = 0; ; waits += 1) {
    let response: GongResponse;
    try {
      response = await client.send(request);
    } catch (error) {
      if (error instanceof GongTransportError) throw notRetriedWrite(request, error.reason);
      throw error;
    }
    if (response.status === 429 && waits < MAX_WRITE_RATE_LIMIT_WAITS) {
      await sleep((response.retryAfterSeconds ?? 1) * 1000);
      continue;
    }
    if (response.status === 408 || response.status >= 500) {
      throw notRetriedWrite(request, `HTTP ${response.status}`);
    }
    return response;
  }
}

/** A write whose outcome is unknown: failing beats applying it twice. */
function notRetriedWrite(request: GongRequest, reason: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(
    `${request.method} ${request.path} failed (${reason}) and was not retried: it writes to Gong, so it may already have been applied. Check in Gong before sending it again.`,
    FailureTypes.gongServer,
  );
}

/** Statuses that are not an answer for the caller: failed credentials, or worth retrying. */
function mustThrow(status: number): boolean {
  return status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;
}
