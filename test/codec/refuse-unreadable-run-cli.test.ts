import { afterAll, beforeAll, expect, it } from 'vitest';
import { runHealthCheck } from '../../src/client';
import { generateEncryptionKeyEntry } from '../../src/adapters/codec';
import { bareEnv, runCli } from '../e2e/cli-process';
import { callDaysAgo } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const WORKER_KEYS = generateEncryptionKeyEntry('worker-key');
const OTHER_KEYS = generateEncryptionKeyEntry('other-key');

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness({}, { payloadEncryptionKeys: WORKER_KEYS });
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    callDaysAgo(2, {
      title: 'Acme pricing call',
      content: { keyPoints: [{ text: 'Acme wants a lower price per seat.' }] },
    }),
  ];
});
afterAll(() => h?.close());

const ask = ['ask', '--connection', 'acme-prod', '--customer', 'Acme', '--question', 'What about price?'];

/**
 * With an encrypting worker polling a task queue whose latest run (a health check) ended with an
 * encrypted result, runs the real `gong-worker ask` process with `env`; returns what it printed and
 * how many Gong requests the simulator received meanwhile.
 */
async function askAfterAnEncryptedRun(env: Record<string, string>) {
  return h.withWorker(async (taskQueue) => {
    await runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue });
    const before = h.simulator.requests.length;
    const run = await runCli(
      ask,
      bareEnv({
        TEMPORAL_ADDRESS: h.temporal.address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        GONG_CONNECTIONS_DIR: h.connectionsDir,
        ...env,
      }),
    );
    return { ...run, taskQueue, gongRequests: h.simulator.requests.length - before };
  });
}

it('ask without PAYLOAD_ENCRYPTION_KEYS, where the worker encrypts, exits 1 naming the key id before Gong is read', async () => {
  const { code, stderr, taskQueue, gongRequests } = await askAfterAnEncryptedRun({});
  expect(code).toBe(1);
  expect(stderr).toMatch(
    new RegExp(
      `^error: the worker on task queue "${taskQueue}" encrypts results \\(its latest run, gong-health-acme-prod-\\S+, ` +
        `with key id "worker-key"\\), and PAYLOAD_ENCRYPTION_KEYS is not set here: set it to the worker's keys ` +
        `\\(key id "worker-key"; for npm run dev: the file payload-encryption-keys in its state directory\\); ` +
        `no run was started\\n$`,
    ),
  );
  expect(gongRequests).toBe(0);
});

it("ask with PAYLOAD_ENCRYPTION_KEYS lacking the worker's key id exits 1 naming the key it needs before Gong is read", async () => {
  const { code, stderr, gongRequests } = await askAfterAnEncryptedRun({
    PAYLOAD_ENCRYPTION_KEYS: OTHER_KEYS,
  });
  expect(code).toBe(1);
  expect(stderr).toContain(
    `and PAYLOAD_ENCRYPTION_KEYS here does not hold that key (it holds: other-key): add the worker's key "worker-key"; no run was started`,
  );
  expect(gongRequests).toBe(0);
});
