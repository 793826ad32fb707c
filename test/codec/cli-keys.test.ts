import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { generateEncryptionKeyEntry } from '../../src/adapters/codec';
import { callDaysAgo } from '../support/call-fixtures';
import { recordingIo } from '../support/cli-io';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const KEYS = generateEncryptionKeyEntry('cli-key');

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness({}, { payloadEncryptionKeys: KEYS });
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    callDaysAgo(2, {
      title: 'Acme pricing call',
      content: { keyPoints: [{ text: 'Acme wants a lower price per seat.' }] },
    }),
  ];
});
afterAll(() => h?.close());

function cli(taskQueue: string, env: Record<string, string>, ...argv: string[]) {
  const io = recordingIo({
    TEMPORAL_ADDRESS: h.temporal.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    GONG_CONNECTIONS_DIR: h.connectionsDir,
    ...env,
  });
  return main(argv, io).then((code) => ({ code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }));
}

const ask = ['ask', '--connection', 'acme-prod', '--customer', 'Acme', '--question', 'What about price?'];

it("ask with the worker's PAYLOAD_ENCRYPTION_KEYS prints the decrypted answer", async () => {
  const { code, out } = await h.withWorker((taskQueue) =>
    cli(taskQueue, { PAYLOAD_ENCRYPTION_KEYS: KEYS }, ...ask),
  );
  expect(code).toBe(0);
  expect(out).toContain('"Acme wants a lower price per seat." [1]');
});

it('ask without the keys says the results are encrypted and which variable to set', async () => {
  const { code, err } = await h.withWorker((taskQueue) => cli(taskQueue, {}, ...ask));
  expect(code).toBe(1);
  expect(err).toBe(
    "error: the run's data is encrypted and PAYLOAD_ENCRYPTION_KEYS is not set here: set it to the keys the worker uses " +
      '(for npm run dev: the file payload-encryption-keys in its state directory)',
  );
});
