import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWorkflowError, runHealthCheck, startHealthCheck } from '../../src/client';
import { FailureTypes } from '../../src/api/failure-types';
import { openStore } from '../../src/app/open-store';
import { parseSettings } from '../../src/config/settings';
import { createConnection } from '../../src/connections/connection';
import type { ConnectionStore } from '../../src/connections/connection-store';
import { DEFAULT_SIM_ACCOUNT } from '../../tools/simulator';
import { failureOf } from '../support/failure-of';
import { startGongHarness, TEST_GONG_BASE_URL, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';

const OLD_KEY = `old=${randomBytes(32).toString('base64')}`;
const NEW_KEY = `new=${randomBytes(32).toString('base64')}`;

let h: GongHarness;
let directory: string;
const opened: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  h = await startGongHarness();
  directory = await mkdtemp(join(tmpdir(), 'key-rotation-'));
  // One replica re-encrypted under the new key: the connection is now sealed with it.
  const rotated = storeWith(`${NEW_KEY},${OLD_KEY}`);
  await rotated.add(
    createConnection('acme-prod', {
      baseUrl: TEST_GONG_BASE_URL,
      accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
      accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
    }),
  );
});
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  await rm(directory, { recursive: true, force: true });
  await h?.close();
});

/** Resolves once the run's activity has failed an attempt and waits to be tried again, or the run ended. */
async function firstAttemptFailed(handle: WorkflowHandle): Promise<void> {
  for (;;) {
    const { raw, status } = await handle.describe();
    if (status.name !== 'RUNNING' || (raw.pendingActivities?.[0]?.attempt ?? 0) >= 2) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The shared encrypted store as a replica holding `keys` reads it. */
function storeWith(keys: string): ConnectionStore {
  const store = openStore(
    parseSettings({ GONG_CONNECTIONS_DIR: directory, GONG_SECRETS_KEYS: keys }, ['store']).store,
  );
  opened.push(store);
  return store.connections;
}

it('a run on a replica without the new key fails retryably as secret_key_not_held, naming the key', async () => {
  const failure = await failureOf(
    h.withWorker((taskQueue) => runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }), {
      connections: storeWith(OLD_KEY),
    }),
  );
  expect(failure.cause).toMatchObject({ type: FailureTypes.secretKeyNotHeld, nonRetryable: false });
  expect(failure.cause?.message).toContain('key "new"');
  expect(describeWorkflowError(failure)).toMatchObject({ kind: 'secret_key_not_held', nonRetryable: false });
});

it('a run that met a replica without the new key completes once a replica holding it picks it up', async () => {
  const taskQueue = uniqueTaskQueue('rotation');
  const handle = await startHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue });
  // The old replica fails the first attempt; the run waits for the next one instead of ending.
  await h.withWorker(() => firstAttemptFailed(handle), { connections: storeWith(OLD_KEY) }, taskQueue);
  const result = await h.withWorker(
    () => handle.result(),
    { connections: storeWith(`${OLD_KEY},${NEW_KEY}`) },
    taskQueue,
  );
  expect(result).toMatchObject({ healthy: true, connectionId: 'acme-prod' });
});
