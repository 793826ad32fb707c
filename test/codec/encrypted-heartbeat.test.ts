import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAnswerQuestion } from '../../src/client';
import {
  createEncryptionCodec,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
} from '../../src/adapters/codec';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { isSearchAttribute, payloadsIn, payloadsText, readableText } from '../support/raw-payloads';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess } from '../support/worker-process';

const KEYS = generateEncryptionKeyEntry('heartbeat-key');
const codec = createEncryptionCodec(parseEncryptionKeys(KEYS));
const CUSTOMER = 'Quillfeather Logistics';
const TITLES = ['Quillfeather Logistics kickoff', 'Quillfeather Logistics pricing review'];

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness({}, { payloadEncryptionKeys: KEYS });
  await h.addConnection('sealed-listing');
  h.simulator.dataSet.calls = [
    ...fillerCalls(347),
    callDaysAgo(88, { title: TITLES[0] }),
    callDaysAgo(87, { title: TITLES[1] }),
  ];
});
afterAll(() => h?.close());

it('a listing resumed from its heartbeat after a worker crash keeps the heartbeat details sealed', async () => {
  const taskQueue = uniqueTaskQueue('sealed-crash');
  const doomed = await startWorkerProcess({
    ...h.workerProcessEnv(taskQueue),
    PAYLOAD_ENCRYPTION_KEYS: KEYS,
  });
  // The worker says encryption is on, naming the key id but never the key.
  expect(doomed.output.join('')).toContain('Payload encryption: AES-256-GCM with key id "heartbeat-key"');
  expect(doomed.output.join('')).not.toContain(KEYS.slice('heartbeat-key='.length));
  h.simulator.setLatency(1500);
  const handle = await startAnswerQuestion(
    h.client,
    { connectionId: 'sealed-listing', customerName: CUSTOMER, question: 'Where are they on pricing?' },
    { taskQueue },
  );
  const listing = () => h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive');
  while (listing().length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
  await doomed.kill();
  // What an operator sees of the listing while it waits to be resumed: its last heartbeat.
  const pending = await h.rawClient.workflow.getHandle(handle.workflowId).describe();
  const heartbeat = payloadsIn(pending.raw.pendingActivities).filter((found) =>
    found.path.includes('heartbeatDetails'),
  );
  h.simulator.setLatency(0);
  const result = await h.withWorker(() => handle.result(), {}, taskQueue);
  expect(result.matchedCallCount).toBe(2);

  const history = await h.rawClient.workflow.getHandle(handle.workflowId).fetchHistory();
  const raw = readableText(history);
  for (const secret of [CUSTOMER, ...TITLES]) expect(raw).not.toContain(secret);
  const sealed = payloadsIn(history).filter((found) => !isSearchAttribute(found));
  expect(sealed.every((found) => codec.isEncrypted(found.payload))).toBe(true);

  expect(heartbeat).toHaveLength(1);
  expect(readableText(pending.raw.pendingActivities)).not.toMatch(/pagesFetched|Quillfeather/);
  expect(heartbeat.every((found) => codec.isEncrypted(found.payload))).toBe(true);
  // Decoded with the key, it is the listing's progress the new worker resumed from.
  const decoded = payloadsText(await codec.decode(heartbeat.map((found) => found.payload)));
  expect(decoded).toMatch(/"pagesFetched":[1-9]/);
}, 120_000);
