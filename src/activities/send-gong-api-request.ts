import { cancellationSignal } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { apiPathProblem } from '../gong/api-path';
import { GongTransportError } from '../gong/errors';
import { toGongApiError, type GongRequest } from '../gong/http';
import { isIdempotentRequest } from '../gong/idempotent-request';
import { assertResultFits } from './assert-result-fits';
import { gongClientFor, type ActivityDeps } from './deps';
import { FailureTypes } from './to-application-failure';

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
 * as Gong API errors so Temporal retries them, honouring Gong's `Retry-After`; except that a
 * write (not a GET or a read-only POST) is never retried after a 5xx or a lost connection.
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
    const idempotent = isIdempotentRequest(input.method, input.path);
    let response;
    try {
      response = await client.send(request);
    } catch (error) {
      if (idempotent || !(error instanceof GongTransportError)) throw error;
      throw notRetriedWrite(input, error.reason);
    }
    if (!idempotent && response.status >= 500) throw notRetriedWrite(input, `HTTP ${response.status}`);
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

/** A write whose outcome is unknown: failing beats applying it twice. */
function notRetriedWrite(input: SendGongApiRequestInput, reason: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(
    `${input.method} ${input.path} failed (${reason}) and was not retried: it writes to Gong, so it may already have been applied. Check in Gong before sending it again.`,
    FailureTypes.gongServer,
  );
}

/** Statuses that are not an answer for the caller: failed credentials, or worth retrying. */
function mustThrow(status: number): boolean {
  return status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;
}
