import { activityInfo, cancellationSignal, sleep } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';
import { apiPathProblem } from '../api/api-path';
import { GongTransportError } from '../gong/errors';
import type { GongClient } from '../gong/client';
import { toGongApiError, type GongRequest, type GongResponse } from '../gong/http';
import { isIdempotentRequest } from '../gong/idempotent-request';
import { assertResultFits } from './assert-result-fits';
import { gongClientFor, type ActivityDeps } from './deps';
import { FailureTypes } from '../api/failure-types';
import type { getGongApiRequestInputSchema, GongApiRequestResult } from '../api/gong-api-request';
import { DEFAULT_MAX_RETRY_AFTER_SECONDS } from '../gong/retry-after-limit';
import { whileHeartbeating } from './while-heartbeating';

/** Input of the request activities: the validated `gongApiRequest` input. */
export type SendGongApiRequestInput = z.output<ReturnType<typeof getGongApiRequestInputSchema>>;

/**
 * The two activities of `gongApiRequest`, chosen by the workflow with `isIdempotentRequest`:
 * `sendGongApiRead` (a GET or a read-only POST) is retried like any read; `sendGongApiWrite` runs
 * once and is never resent after a 5xx, a 408 or a lost connection, since Gong may have applied
 * it. Both return Gong's answer, 4xx included, for the caller to judge; bad credentials
 * (401/403) fail non-retryably; 408, 429 and 5xx of a read are thrown for Temporal to retry,
 * honouring Gong's `Retry-After`.
 */
export function createSendGongApiRequests(deps: ActivityDeps) {
  async function send(
    input: SendGongApiRequestInput,
    transmit: (client: GongClient, request: GongRequest) => Promise<GongResponse>,
  ): Promise<GongApiRequestResult> {
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
    const response = await transmit(client, request);
    if (mustThrow(response.status)) throw toGongApiError(request, response);
    const result = { status: response.status, body: response.body, requestId: response.requestId };
    assertResultFits(
      result,
      `Gong's answer to ${input.method} ${input.path}`,
      'Narrow the request: add filters (e.g. a shorter date range or fewer ids), or page through it with the "cursor" Gong returns in records.cursor.',
    );
    return result;
  }
  return {
    async sendGongApiRead(input: SendGongApiRequestInput): Promise<GongApiRequestResult> {
      if (!isIdempotentRequest(input.method, input.path)) {
        throw ApplicationFailure.nonRetryable(
          `${input.method} ${input.path} writes to Gong: send it with sendGongApiWrite`,
          FailureTypes.invalidInput,
        );
      }
      return send(input, (client, request) =>
        whileHeartbeating({ sending: `${request.method} ${request.path}` }, () => client.send(request)),
      );
    },
    async sendGongApiWrite(input: SendGongApiRequestInput): Promise<GongApiRequestResult> {
      return send(input, (client, request) =>
        sendWriteOnce(client, request, {
          maxRetryAfterSeconds: deps.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS,
          requestTimeoutMs: deps.gongTimeoutMs ?? 30_000,
        }),
      );
    },
  };
}

/** Gong's 429 means the write was refused unapplied, so it is resent after Retry-After, this often. */
const MAX_WRITE_RATE_LIMIT_WAITS = 3;

/**
 * Sends a write at most once to be applied. The workflow runs this activity with a single
 * attempt, so the only resends are after a 429, which Gong answers before doing anything. The
 * wait honours `Retry-After` only up to the limit, and only when the wait and one more request
 * fit in the attempt's time left; otherwise the write fails, unsent, saying why.
 */
async function sendWriteOnce(
  client: GongClient,
  request: GongRequest,
  limits: { maxRetryAfterSeconds: number; requestTimeoutMs: number },
): Promise<GongResponse> {
  for (let waits = 0; ; waits += 1) {
    let response: GongResponse;
    try {
      response = await whileHeartbeating({ sending: `${request.method} ${request.path}`, waits }, () =>
        client.send(request),
      );
    } catch (error) {
      if (error instanceof GongTransportError) throw notRetriedWrite(request, error.reason);
      throw error;
    }
    if (response.status === 429 && waits < MAX_WRITE_RATE_LIMIT_WAITS) {
      const seconds = response.retryAfterSeconds ?? 1;
      // Fails as RetryAfterTooLong: see toApplicationFailure.
      if (seconds > limits.maxRetryAfterSeconds) throw toGongApiError(request, response);
      if (!fitsInAttempt(seconds * 1000 + limits.requestTimeoutMs)) throw unsentWrite(request, seconds);
      await whileHeartbeating({ waitingSeconds: seconds, waits }, () => sleep(seconds * 1000));
      continue;
    }
    if (response.status === 408 || response.status >= 500) {
      throw notRetriedWrite(request, `HTTP ${response.status}`);
    }
    return response;
  }
}

/** Whether `ms` more fit before this attempt's start-to-close deadline (counted from its scheduling). */
function fitsInAttempt(ms: number): boolean {
  const info = activityInfo();
  return Date.now() + ms <= info.currentAttemptScheduledTimestampMs + info.startToCloseTimeoutMs;
}

/** A write Gong refused with 429 (so did not apply) whose Retry-After outlasts the attempt. */
function unsentWrite(request: GongRequest, retryAfterSeconds: number): ApplicationFailure {
  return ApplicationFailure.nonRetryable(
    `${request.method} ${request.path} was rate-limited by Gong (HTTP 429) and not applied; Gong asked to wait ${retryAfterSeconds} s (Retry-After), longer than this attempt has left. Send it again later.`,
    FailureTypes.gongRateLimited,
  );
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
