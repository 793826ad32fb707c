import { randomUUID } from 'node:crypto';
import { parseSettings } from '../../src/config/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHealthCheck } from '../../src/client';
import { WORKER_DEPLOYMENT_NAME, workerVersioning } from '../../src/app/deployment/worker-versioning';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue, uniqueWorkflowId } from '../support/temporal';
import { startWorkerProcess } from '../support/worker-process';

describe('a versioned worker process', () => {
  let h: GongHarness;
  beforeAll(async () => {
    h = await startGongHarness();
    await h.addConnection('acme-prod');
  });
  afterAll(() => h?.close());

  it('makes its build current and runs workflows as that version', async () => {
    const buildId = `test-${randomUUID().slice(0, 8)}`;
    const taskQueue = uniqueTaskQueue('versioned');
    const worker = await startWorkerProcess({
      ...h.workerProcessEnv(taskQueue),
      GONG_WORKER_VERSIONING: 'on',
      GONG_WORKER_SET_CURRENT: '1',
      GONG_WORKER_BUILD_ID: buildId,
    });
    try {
      expect(worker.output.join('')).toContain(`deployment gong-worker build ${buildId}`);
      const workflowId = uniqueWorkflowId('versioned-health');
      const healthy = await runHealthCheck(
        h.client,
        { connectionId: 'acme-prod' },
        { taskQueue, workflowId },
      );
      expect(healthy.userCount).toBeGreaterThan(0);

      const described = await h.client.workflow.getHandle(workflowId).describe();
      const info = described.raw.workflowExecutionInfo?.versioningInfo;
      expect(info?.deploymentVersion).toMatchObject({ deploymentName: WORKER_DEPLOYMENT_NAME, buildId });
      expect(info?.behavior).toBe(2); // VERSIONING_BEHAVIOR_AUTO_UPGRADE
      expect(worker.output.join('')).toContain(`Build ${buildId} is now the current version of gong-worker`);
    } finally {
      await worker.kill();
    }
  }, 120_000);
});

/** The worker's versioning as the environment `env` sets it. */
function versioningFromEnv(env: Record<string, string>) {
  return workerVersioning(parseSettings(env, ['versioning']).versioning);
}

describe('versioning settings', () => {
  it('are off unless GONG_WORKER_VERSIONING=on', () => {
    expect(versioningFromEnv({})).toEqual({ deployment: undefined, setCurrent: false });
  });

  it('default the build id to the package version and the commit', () => {
    const { deployment } = versioningFromEnv({ GONG_WORKER_VERSIONING: 'on' });
    expect(deployment?.version.buildId).toMatch(/^\d+\.\d+\.\d+(\+[0-9a-f]{7,40})?$/);
    expect(deployment).toMatchObject({
      useWorkerVersioning: true,
      defaultVersioningBehavior: 'AUTO_UPGRADE',
    });
  });

  it('refuse a build id with whitespace, naming the variable', () => {
    expect(() => versioningFromEnv({ GONG_WORKER_VERSIONING: 'on', GONG_WORKER_BUILD_ID: 'a b' })).toThrow(
      'GONG_WORKER_BUILD_ID: must not contain whitespace',
    );
  });

  it('refuse self-promotion without versioning', () => {
    expect(() => versioningFromEnv({ GONG_WORKER_SET_CURRENT: '1' })).toThrow(
      'GONG_WORKER_SET_CURRENT: 1 needs GONG_WORKER_VERSIONING=on',
    );
  });
});
