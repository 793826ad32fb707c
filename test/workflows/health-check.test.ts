import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getHealthCheckStatus,
  runHealthCheck,
  scheduleHealthCheck,
  unscheduleHealthCheck,
} from '../../src/client';
import { failureOf } from '../support/failure-of';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const GONG_401 = 'Validate credentials failed. Please check your credentials and try again.';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  await h.addConnection('bad-keys', { accessKeySecret: 'wrong-secret-value' });
});
afterAll(() => h?.close());

describe('health check run on demand', () => {
  it('reports healthy with the user count when URL, key and secret work', async () => {
    const result = await h.withWorker((taskQueue) =>
      runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }),
    );
    expect(result).toMatchObject({
      healthy: true,
      connectionId: 'acme-prod',
      baseUrl: 'us-12345.api.gong.io',
      userCount: h.simulator.dataSet.users.length,
    });
    expect(Date.parse(result.checkedAt)).not.toBeNaN();
  });

  it("fails the run with Gong's own 401 message, without retrying, when the secret is wrong", async () => {
    h.simulator.clearRequests();
    const failure = await failureOf(
      h.withWorker((taskQueue) => runHealthCheck(h.client, { connectionId: 'bad-keys' }, { taskQueue })),
    );
    expect(failure.cause?.message).toBe(GONG_401);
    expect(h.simulator.requests.filter((r) => r.path === '/v2/users')).toHaveLength(1);
    expect(h.simulator.requests[0]?.status).toBe(401);
  });

  it('waits for Retry-After when Gong answers 429, then passes', async () => {
    h.simulator.clearRequests();
    h.simulator.injectFault({ path: '/v2/users', status: 429, retryAfterSeconds: 2 });
    const result = await h.withWorker((taskQueue) =>
      runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }),
    );
    expect(result.healthy).toBe(true);
    const [limited, passed] = h.simulator.requests;
    expect([limited?.status, passed?.status]).toEqual([429, 200]);
    const waitedMs = (passed?.at.getTime() ?? 0) - (limited?.at.getTime() ?? 0);
    expect(waitedMs).toBeGreaterThanOrEqual(1900);
  });

  it('retries a Gong 5xx with backoff and passes when Gong recovers', async () => {
    h.simulator.clearRequests();
    h.simulator.injectFault({ path: '/v2/users', status: 503, times: 2 });
    const result = await h.withWorker((taskQueue) =>
      runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }),
    );
    expect(result.healthy).toBe(true);
    expect(h.simulator.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('fails at once, naming the field, when the connection id is invalid', async () => {
    const failure = await failureOf(
      h.withWorker((taskQueue) =>
        h.client.workflow.execute('gongHealthCheck', {
          taskQueue,
          workflowId: uniqueWorkflowId('invalid'),
          args: [{ connectionId: 'Not A Valid Id!' }],
        }),
      ),
    );
    expect(failure.cause?.message).toMatch(/^Invalid input for gongHealthCheck: connectionId: /);
  });

  it('fails non-retryably when the connection does not exist', async () => {
    const failure = await failureOf(
      h.withWorker((taskQueue) => runHealthCheck(h.client, { connectionId: 'nobody' }, { taskQueue })),
    );
    expect(failure.cause?.message).toBe('Gong connection "nobody" does not exist');
  });
});

describe('health check on a Temporal Schedule', () => {
  async function triggerAndWaitForRuns(connectionId: string, taskQueue: string) {
    await scheduleHealthCheck(h.client, { connectionId, every: '15 minutes' }, { taskQueue });
    await h.client.schedule.getHandle(`gong-health-${connectionId}`).trigger();
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const status = await getHealthCheckStatus(h.client, { connectionId });
      const done = status.recentRuns.filter((run) => run.status !== 'running');
      if (done.length > 0) return status;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the scheduled run did not finish');
  }

  it('runs and reports healthy in its status', async () => {
    const status = await h.withWorker((taskQueue) => triggerAndWaitForRuns('acme-prod', taskQueue));
    expect(status.every).toEqual(['15m']);
    expect(status.recentRuns[0]).toMatchObject({ status: 'healthy', message: null });
    expect(status.recentRuns[0]?.result?.userCount).toBe(h.simulator.dataSet.users.length);
    await unscheduleHealthCheck(h.client, { connectionId: 'acme-prod' });
  });

  it("with bad keys, reports unhealthy with Gong's 401 message", async () => {
    const status = await h.withWorker((taskQueue) => triggerAndWaitForRuns('bad-keys', taskQueue));
    expect(status.recentRuns[0]).toMatchObject({ status: 'unhealthy', message: GONG_401 });
    await unscheduleHealthCheck(h.client, { connectionId: 'bad-keys' });
  });

  it('scheduling twice updates the one Schedule instead of creating another', async () => {
    const first = await scheduleHealthCheck(h.client, { connectionId: 'acme-prod', every: '15 minutes' });
    const second = await scheduleHealthCheck(h.client, { connectionId: 'acme-prod', every: '1 hour' });
    expect([first.created, second.created]).toEqual([true, false]);
    const description = await h.client.schedule.getHandle('gong-health-acme-prod').describe();
    expect(description.spec.intervals?.map((i) => Number(i.every))).toEqual([3_600_000]);
    expect(description.policies.overlap).toBe('SKIP');
    expect(await unscheduleHealthCheck(h.client, { connectionId: 'acme-prod' })).toBe(true);
    expect(await unscheduleHealthCheck(h.client, { connectionId: 'acme-prod' })).toBe(false);
  });
});
