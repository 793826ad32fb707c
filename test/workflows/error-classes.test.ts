import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  answerQuestionAboutCustomerCall,
  describeWorkflowError,
  runHealthCheck,
  type HealthCheckResult,
} from '../../src/client';
import type { FetchLike } from '../../src/gong/http';
import { DEFAULT_SIM_ACCOUNT } from '../../tools/simulator';
import { callDaysAgo } from '../support/call-fixtures';
import { failureOf } from '../support/failure-of';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  await h.addConnection('bad-keys', { accessKeySecret: 'wrong-secret-value' });
  h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme QBR' })];
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());
afterEach(() => h.simulator.setLatency(0));

function healthCheck(connectionId: string, overrides: Parameters<GongHarness['withWorker']>[1] = {}) {
  return h.withWorker((taskQueue) => runHealthCheck(h.client, { connectionId }, { taskQueue }), overrides);
}

function usersRequests() {
  return h.simulator.requests.filter((r) => r.path === '/v2/users');
}

/** The harness's fetch, counting calls and failing or replacing the ones `intercept` answers. */
function interceptedFetch(intercept: (call: number) => Promise<Response> | null): {
  fetch: FetchLike;
  calls: () => number;
} {
  let calls = 0;
  return {
    fetch: (input, init) => {
      calls += 1;
      return intercept(calls) ?? h.deps.fetch(input, init);
    },
    calls: () => calls,
  };
}

describe('errors Gong answers with', () => {
  it("a 403 fails the run at once with Gong's message, after one request", async () => {
    h.simulator.injectFault({ path: '/v2/users', status: 403, errors: ['Access denied to users'] });
    const failure = await failureOf(healthCheck('acme-prod'));
    expect(failure.cause?.message).toBe('Access denied to users');
    expect(usersRequests()).toHaveLength(1);
  });

  it("a 400 on the call listing fails the run at once with Gong's message", async () => {
    h.simulator.injectFault({
      method: 'POST',
      path: '/v2/calls/extensive',
      status: 400,
      errors: ['fromDateTime must be before toDateTime'],
    });
    const failure = await failureOf(
      h.withWorker((taskQueue) =>
        answerQuestionAboutCustomerCall(
          h.client,
          { connectionId: 'acme-prod', customerName: 'Acme', question: 'Pricing?' },
          { taskQueue },
        ),
      ),
    );
    expect(failure.cause?.message).toBe(
      'fromDateTime must be before toDateTime (HTTP 400 on POST /v2/calls/extensive)',
    );
    expect(h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive')).toHaveLength(1);
  });
});

describe('Gong not answering properly', () => {
  it('a request that times out is retried, and the run passes when Gong answers in time', async () => {
    h.simulator.setLatency(1500);
    const slowOnce = interceptedFetch((call) => {
      if (call > 1) h.simulator.setLatency(0);
      return null;
    });
    const result: HealthCheckResult = await healthCheck('acme-prod', {
      fetch: slowOnce.fetch,
      gongTimeoutMs: 1000,
    });
    expect(result.healthy).toBe(true);
    expect(slowOnce.calls()).toBe(2);
    expect(usersRequests()).toHaveLength(2);
  });

  it('a refused connection is retried, and the run passes when Gong is reachable', async () => {
    const refusedOnce = interceptedFetch((call) =>
      call === 1 ? Promise.reject(new TypeError('fetch failed')) : null,
    );
    const result = await healthCheck('acme-prod', { fetch: refusedOnce.fetch });
    expect(result.healthy).toBe(true);
    expect(refusedOnce.calls()).toBe(2);
    expect(usersRequests()).toHaveLength(1);
  });

  it("a 2xx body of the wrong shape fails the run at once, naming Gong's unexpected response", async () => {
    const malformed = interceptedFetch(() =>
      Promise.resolve(new Response('{"users":"nope"}', { status: 200 })),
    );
    const failure = await failureOf(healthCheck('acme-prod', { fetch: malformed.fetch }));
    expect(failure.cause?.message).toMatch(/^Gong returned an unexpected response for \/v2\/users: /);
    expect(malformed.calls()).toBe(1);
  });
});

describe('requests refused before reaching Gong', () => {
  it('a connection whose base URL is not a *.gong.io host fails, and nothing is sent', async () => {
    const stored = {
      id: 'off-gong',
      baseUrl: 'api.gong.io.example.com',
      accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
      accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
    };
    await writeFile(join(h.connectionsDir, 'off-gong.json'), JSON.stringify(stored), { mode: 0o600 });
    const failure = await failureOf(healthCheck('off-gong'));
    expect(failure.cause?.message).toMatch(/^Request URL is not allowed: /);
    expect(h.simulator.requests).toHaveLength(0);
  });
});

describe('describeWorkflowError', () => {
  it('names a 401 as gong_auth, with the status and request id Gong sent', async () => {
    const failure = await failureOf(healthCheck('bad-keys'));
    const described = describeWorkflowError(failure);
    expect(described).toMatchObject({
      kind: 'gong_auth',
      message: 'Validate credentials failed. Please check your credentials and try again.',
      nonRetryable: true,
      gongStatus: 401,
    });
    expect(described.gongRequestId).toMatch(/\S/);
  });

  it('names an input the client refuses as invalid_input', async () => {
    const error = await runHealthCheck(h.client, { connectionId: 'Not A Valid Id!' }).catch(
      (e: unknown) => e,
    );
    expect(describeWorkflowError(error)).toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/^Invalid input for gongHealthCheck: connectionId: /) as string,
      nonRetryable: true,
    });
  });

  it('names an input the workflow refuses as invalid_input', async () => {
    const failure = await failureOf(
      h.withWorker((taskQueue) =>
        h.client.workflow.execute('gongHealthCheck', {
          taskQueue,
          workflowId: uniqueWorkflowId('invalid'),
          args: [{ connectionId: 'Not A Valid Id!' }],
        }),
      ),
    );
    expect(describeWorkflowError(failure)).toMatchObject({ kind: 'invalid_input', nonRetryable: true });
  });

  it('names a missing connection as connection_not_found, without a Gong status', async () => {
    const described = describeWorkflowError(await failureOf(healthCheck('nobody')));
    expect(described).toEqual({
      kind: 'connection_not_found',
      message: 'Gong connection "nobody" does not exist',
      nonRetryable: true,
    });
  });

  it('names a 5xx that outlasted the retries as gong_server, worth retrying later', async () => {
    h.simulator.injectFault({ path: '/v2/users', status: 503, times: 4 });
    const described = describeWorkflowError(await failureOf(healthCheck('acme-prod')));
    expect(described).toMatchObject({
      kind: 'gong_server',
      message: 'Service temporarily unavailable',
      nonRetryable: false,
      gongStatus: 503,
    });
  });
});
