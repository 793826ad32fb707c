import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAnswerQuestion } from '../../src/client';
import {
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
  startCodecServer,
  type CodecServer,
} from '../../src/adapters/codec';
import { findTemporalCli } from '../../tools/temporal-server';
import { callDaysAgo } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const run = promisify(execFile);
const KEYS = generateEncryptionKeyEntry('cli-codec');
const TOKEN = 'temporal-cli-token-0123';
const QUESTION = 'Where did Marlowe Freight land on the seat price?';

let h: GongHarness;
let codec: CodecServer;
beforeAll(async () => {
  h = await startGongHarness({}, { payloadEncryptionKeys: KEYS });
  codec = await startCodecServer({ keys: parseEncryptionKeys(KEYS), token: TOKEN });
  await h.addConnection('cli-codec');
  h.simulator.dataSet.calls = [callDaysAgo(2, { title: 'Marlowe Freight pricing' })];
});
afterAll(async () => {
  await codec?.stop();
  await h?.close();
});

it("Temporal's own CLI shows a run decoded through the codec server, with the bearer token", async () => {
  const workflowId = await h.withWorker(async (taskQueue) => {
    const handle = await startAnswerQuestion(
      h.client,
      { connectionId: 'cli-codec', customerName: 'Marlowe Freight', question: QUESTION },
      { taskQueue },
    );
    await handle.result();
    return handle.workflowId;
  });
  const cli = await findTemporalCli();
  const show = (...extra: string[]) =>
    run(
      cli.path,
      ['workflow', 'show', '-w', workflowId, '--address', h.temporal.address, '--detailed', ...extra],
      {
        encoding: 'utf8',
      },
    ).then((result) => result.stdout);

  expect(await show()).not.toContain(QUESTION);
  const decoded = await show('--codec-endpoint', codec.url, '--codec-auth', `Bearer ${TOKEN}`);
  expect(decoded).toContain(QUESTION);
  expect(decoded).toContain('Marlowe Freight pricing');
});
