import Long from 'long';
import { randomUUID } from 'node:crypto';
import { CancelledFailure, Client, WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue, uniqueWorkflowId } from '../support/temporal';
import { gongWorkflowRegistry } from '../../src/api';
import { parseInterval } from '../../src/api/interval';
import { runsListedByConnection } from './connection-runs';
import { withPlatformWorker } from './platform-worker';
import type { checkConnectionThroughNexus, searchCallsThroughNexus } from './workflows';

const GONG_401 = 'Validate credentials failed. Please check your credentials and try again.';

let h: GongHarness;
/** The platform's own namespace, where the caller workflows run. */
let platformNamespace: string;
let platform: Client;
/** The Gong worker's task queue in `default`, the endpoint's target. */
let gongTaskQueue: string;
let endpoint: string;
type NexusEndpoint = NonNullable<
  Awaited<ReturnType<Client['connection']['operatorService']['createNexusEndpoint']>>['endpoint']
>;
let created: NexusEndpoint | null | undefined;

beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  await h.addConnection('bad-keys', { accessKeySecret: 'wrong-secret-value' });
  platformNamespace = `platform-${randomUUID().slice(0, 8)}`;
  await h.client.workflowService.registerNamespace({
    namespace: platformNamespace,
    workflowExecutionRetentionPeriod: { seconds: Long.fromNumber(86_400) },
  });
  platform = new Client({ connection: h.client.connection, namespace: platformNamespace });
  gongTaskQueue = uniqueTaskQueue('gong-nexus');
  endpoint = `gong-test-${randomUUID().slice(0, 8)}`;
  ({ endpoint: created } = await h.client.connection.operatorService.createNexusEndpoint({
    spec: { name: endpoint, target: { worker: { namespace: 'default', taskQueue: gongTaskQueue } } },
  }));
});
afterAll(async () => {
  if (created) {
    const { id, version } = created;
    await h.client.connection.operatorService.deleteNexusEndpoint({ id, version }).catch(() => undefined);
  }
  await h?.close();
});

/** Runs `body` while the Gong worker serves the endpoint's queue and a platform worker runs callers. */
function withWorkers<R>(body: (platformTaskQueue: string) => Promise<R>): Promise<R> {
  return h.withWorker(() => withPlatformWorker(h, platformNamespace, body), {}, gongTaskQueue);
}

function checkThroughNexus(connectionId: string, workflowId = uniqueWorkflowId('nexus-check')) {
  return (taskQueue: string) =>
    platform.workflow.execute<typeof checkConnectionThroughNexus>('checkConnectionThroughNexus', {
      taskQueue,
      workflowId,
      args: [{ endpoint, connectionId }],
    });
}

/** Our runs on the endpoint's task queue (started after `since`), newest first. */
async function gongRuns(since?: Date): Promise<{ workflowId: string; type: string; status: string }[]> {
  const runs = [];
  const after = since ? ` AND StartTime > '${since.toISOString()}'` : '';
  for await (const run of h.client.workflow.list({ query: `TaskQueue = '${gongTaskQueue}'${after}` })) {
    runs.push({ workflowId: run.workflowId, type: run.type, status: run.status.name });
  }
  return runs;
}

describe('the gong Nexus service, called from a workflow in another namespace', () => {
  it('returns the typed health result of a gongHealthCheck run in the worker namespace', async () => {
    const outcome = await withWorkers(checkThroughNexus('acme-prod'));
    expect(outcome).toEqual({
      ok: true,
      result: expect.objectContaining({
        healthy: true,
        connectionId: 'acme-prod',
        userCount: h.simulator.dataSet.users.length,
      }),
    });
    const runs = await gongRuns();
    expect(runs).toContainEqual({
      workflowId: expect.stringMatching(/^gong-health-acme-prod-/),
      type: 'gongHealthCheck',
      status: 'COMPLETED',
    });
  });

  it("lists the run it started under the connection's GongConnectionId, with its execution timeout", async () => {
    await h.addConnection('nexus-listed');
    const outcome = await withWorkers(checkThroughNexus('nexus-listed'));
    expect(outcome.ok).toBe(true);
    const runs = await runsListedByConnection(h.client, 'nexus-listed', gongTaskQueue, 1);
    expect(runs).toEqual([
      {
        workflowId: expect.stringMatching(/^gong-health-nexus-listed-/),
        type: 'gongHealthCheck',
        executionTimeoutMs: parseInterval(gongWorkflowRegistry.gongHealthCheck.executionTimeout),
      },
    ]);
  });

  it('returns the calls of a searchCalls run, typed', async () => {
    const now = Date.now();
    const search = {
      connectionId: 'acme-prod',
      fromDateTime: new Date(now - 30 * 86_400_000).toISOString(),
      toDateTime: new Date(now).toISOString(),
      limit: 3,
    };
    const outcome = await withWorkers((taskQueue) =>
      platform.workflow.execute<typeof searchCallsThroughNexus>('searchCallsThroughNexus', {
        taskQueue,
        workflowId: uniqueWorkflowId('nexus-search'),
        args: [{ endpoint, search }],
      }),
    );
    expect(outcome.ok).toBe(true);
    const calls = outcome.ok ? outcome.result.calls : [];
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(3);
    for (const call of calls) expect(Date.parse(call.started)).toBeGreaterThanOrEqual(now - 30 * 86_400_000);
  });

  it("reaches the caller with our run's typed failure: Gong's 401 as gong_auth", async () => {
    const outcome = await withWorkers(checkThroughNexus('bad-keys'));
    expect(outcome).toEqual({
      ok: false,
      failure: {
        kind: 'gong_auth',
        message: GONG_401,
        nonRetryable: true,
        gongStatus: 401,
        gongRequestId: expect.any(String),
      },
    });
  });

  it('refuses a wrong input as a bad request naming the field, and starts nothing', async () => {
    h.simulator.clearRequests();
    const since = new Date();
    const outcome = await withWorkers(checkThroughNexus('Not A Valid Id!'));
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'invalid_input', nonRetryable: true } });
    expect(outcome.ok ? '' : outcome.failure?.message).toMatch(
      /^Invalid input for gongHealthCheck: connectionId: /,
    );
    expect(outcome.ok ? '' : outcome.failure?.message).not.toContain('Not A Valid Id!');
    expect(await gongRuns(since)).toEqual([]);
    expect(h.simulator.requests).toHaveLength(0);
  });

  it('cancelling the caller cancels our run', async () => {
    h.simulator.clearRequests();
    // Gong answers 429 asking for two minutes: our run waits for its next attempt.
    h.simulator.injectFault({ path: '/v2/users', status: 429, retryAfterSeconds: 120 });
    const workflowId = uniqueWorkflowId('nexus-cancel');
    await withWorkers(async (taskQueue) => {
      const caller = await platform.workflow.start<typeof checkConnectionThroughNexus>(
        'checkConnectionThroughNexus',
        { taskQueue, workflowId, args: [{ endpoint, connectionId: 'acme-prod' }] },
      );
      await expect.poll(() => h.simulator.requests.map((r) => r.status), { timeout: 20_000 }).toEqual([429]);
      const running = () => gongRuns().then((runs) => runs.filter((r) => r.status === 'RUNNING'));
      await expect.poll(running, { timeout: 10_000 }).toHaveLength(1);
      const [ours] = await running();
      expect(ours?.type).toBe('gongHealthCheck');
      await caller.cancel();
      const error = await caller.result().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkflowFailedError);
      expect((error as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
      const run = h.client.workflow.getHandle(ours?.workflowId ?? '');
      await expect
        .poll(async () => (await run.describe()).status.name, { timeout: 20_000 })
        .toBe('CANCELLED');
    });
  });
});
