import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { toApplicationFailure } from '../../src/activities/to-application-failure';
import { FailureTypes } from '../../src/api/failure-types';
import { GongApiError } from '../../src/gong/errors';

const LIMITS = { maxRetryAfterSeconds: 120 };

function rateLimited(retryAfterSeconds: number): GongApiError {
  return new GongApiError({
    status: 429,
    method: 'GET',
    path: '/v2/users',
    errors: ['API request limit exceeded'],
    requestId: null,
    retryAfterSeconds,
  });
}

function failureFor(error: unknown): ApplicationFailure {
  const failure = toApplicationFailure(error, LIMITS);
  expect(failure).toBeInstanceOf(ApplicationFailure);
  return failure as ApplicationFailure;
}

describe('a Retry-After longer than the worker waits', () => {
  it.each([86_400, 1_000_000_000])('Gong’s Retry-After %i fails at once, saying so', (seconds) => {
    const failure = failureFor(rateLimited(seconds));
    expect(failure).toMatchObject({ type: FailureTypes.retryAfterTooLong, nonRetryable: true });
    expect(failure.message).toBe(
      `Gong asked to wait ${seconds} s before trying again (Retry-After), longer than the 120 s this worker waits (GONG_MAX_RETRY_AFTER_SECONDS), so the run stops instead of waiting: API request limit exceeded. Try again later.`,
    );
    expect(failure.nextRetryDelay).toBeUndefined();
  });

  it('Gong’s Retry-After of exactly the limit is waited for', () => {
    const failure = failureFor(rateLimited(120));
    expect(failure).toMatchObject({
      type: FailureTypes.gongRateLimited,
      nonRetryable: false,
      nextRetryDelay: 120_000,
    });
  });
});
