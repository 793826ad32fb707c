import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import { testModelOptions } from '../support/model-options';
import { answerQuestionAboutCustomerCall, gongApiRequest, runHealthCheck } from '../../src/client';
import { FailureTypes } from '../../src/api/failure-types';
import { answerWith } from '../gong/local-server';
import { startBrokenGong } from '../support/broken-gong';
import { callDaysAgo } from '../support/call-fixtures';
import { startFakeOpenAiServer } from '../support/fake-openai-server';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

const rateLimited = (retryAfter: string) =>
  answerWith(
    429,
    { requestId: 'r-1', errors: ['API request limit exceeded'] },
    { 'retry-after': retryAfter },
  );

/** Runs `body` on a worker whose Gong always answers 429 with `retryAfter`; returns the failure and requests. */
async function againstRateLimitedGong(retryAfter: string, body: (taskQueue: string) => Promise<unknown>) {
  const gong = await startBrokenGong(rateLimited(retryAfter));
  try {
    const failure = await failureOf(h.withWorker(body, gong.deps));
    return { cause: failure.cause as ApplicationFailure, requests: gong.server.paths.length };
  } finally {
    await gong.close();
  }
}

describe('Gong asking to come back much later', () => {
  it.each(['86400', '1000000000'])(
    'a health check told Retry-After %s fails at once, saying the wait is too long',
    async (retryAfter) => {
      const started = Date.now();
      const { cause, requests } = await againstRateLimitedGong(retryAfter, (taskQueue) =>
        runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }),
      );
      expect(cause).toBeInstanceOf(ApplicationFailure);
      expect(cause.type).toBe(FailureTypes.retryAfterTooLong);
      expect(cause.message).toContain(`Gong asked to wait ${retryAfter} s before trying again`);
      expect(requests).toBe(1);
      expect(Date.now() - started).toBeLessThan(30_000);
    },
  );

  it('a write told Retry-After 1000000000 is not resent in a burst: one request, then the failure', async () => {
    const { cause, requests } = await againstRateLimitedGong('1000000000', (taskQueue) =>
      gongApiRequest(
        h.client,
        { connectionId: 'acme-prod', method: 'POST', path: '/v2/calls', body: { title: 'x' } },
        { taskQueue },
      ),
    );
    expect(cause.type).toBe(FailureTypes.retryAfterTooLong);
    expect(requests).toBe(1);
  });

  it('a write told to wait longer than its attempt has left fails unsent instead of timing out', async () => {
    // 119 s is within the limit, but with a 5 s request after it the wait outlasts the 2-minute attempt.
    const { cause, requests } = await againstRateLimitedGong('119', (taskQueue) =>
      gongApiRequest(
        h.client,
        { connectionId: 'acme-prod', method: 'POST', path: '/v2/calls', body: { title: 'x' } },
        { taskQueue },
      ),
    );
    expect(cause.type).toBe(FailureTypes.gongRateLimited);
    expect(cause.message).toContain('was rate-limited by Gong (HTTP 429) and not applied');
    expect(requests).toBe(1);
  });
});

it('an answer whose model asks for Retry-After 86400 fails at once, saying so, after one OpenAI request', async () => {
  const openAi = await startFakeOpenAiServer();
  h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme QBR' })];
  openAi.enqueue({
    status: 429,
    error: { message: 'You exceeded your current quota.', type: 'requests', code: 'rate_limit_exceeded' },
    headers: { 'retry-after': '86400' },
  });
  try {
    const answerer = chooseAnswerer(testModelOptions(openAi.baseUrl, { fallback: 'fail' }), {
      maxRetryAfterSeconds: 120,
    });
    const failure = await failureOf(
      h.withWorker(
        (taskQueue) =>
          answerQuestionAboutCustomerCall(
            h.client,
            { connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?' },
            { taskQueue },
          ),
        { answerer },
      ),
    );
    expect(failure.cause).toMatchObject({ type: FailureTypes.modelUnavailable, nonRetryable: true });
    expect(failure.cause?.message).toContain('asked to wait 86400 s (Retry-After), longer than the 120 s');
    expect(openAi.requests).toHaveLength(1);
  } finally {
    await openAi.stop();
  }
});
