import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/answering';
import { runHealthCheck, startAnswerQuestion } from '../../src/client';
import { callDaysAgo } from '../support/call-fixtures';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { startGongHarness, workerLogLines, type GongHarness } from '../support/gong-harness';

const ACCESS_KEY = 'AKEY-secret-scan-7f3a9e';
const ACCESS_KEY_SECRET = 'SSEC-secret-scan-91c2d8';
const WRONG_SECRET = 'WSEC-wrong-secret-44b1aa';
const OPENAI_KEY = 'sk-secret-scan-0e5f7c';
const SECRETS = [
  ACCESS_KEY,
  ACCESS_KEY_SECRET,
  WRONG_SECRET,
  OPENAI_KEY,
  Buffer.from(`${ACCESS_KEY}:${ACCESS_KEY_SECRET}`).toString('base64'),
  Buffer.from(`${ACCESS_KEY}:${WRONG_SECRET}`).toString('base64'),
];

let h: GongHarness;
let openAi: FakeOpenAiServer;
beforeAll(async () => {
  h = await startGongHarness({ accounts: [{ accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET }] });
  openAi = await startFakeOpenAiServer();
  await h.addConnection('scanned', { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET });
  await h.addConnection('scanned-bad', { accessKey: ACCESS_KEY, accessKeySecret: WRONG_SECRET });
  h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme QBR' })];
});
afterAll(async () => {
  await openAi?.stop();
  await h?.close();
});

it('no secret appears in any workflow history, result, failure or worker log line', async () => {
  const answerer = chooseAnswerer({ OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: openAi.baseUrl });
  const handles: WorkflowHandle[] = [];
  const errors: unknown[] = [];
  await h.withWorker(
    async (taskQueue) => {
      const ids = [`scan-ok-${Date.now()}`, `scan-bad-${Date.now()}`];
      await runHealthCheck(h.client, { connectionId: 'scanned' }, { taskQueue, workflowId: ids[0] });
      await runHealthCheck(
        h.client,
        { connectionId: 'scanned-bad' },
        { taskQueue, workflowId: ids[1] },
      ).catch((e: unknown) => errors.push(e));
      handles.push(...ids.map((id) => h.client.workflow.getHandle(id)));
      for (const connectionId of ['scanned', 'scanned-bad']) {
        const handle = await startAnswerQuestion(
          h.client,
          { connectionId, customerName: 'Acme', question: 'Pricing?' },
          { taskQueue },
        );
        handles.push(handle);
        await handle.result().catch((e: unknown) => errors.push(e));
      }
    },
    { answerer },
  );

  expect(errors).toHaveLength(2);
  expect(errors.every((e) => e instanceof WorkflowFailedError)).toBe(true);
  expect(openAi.requests).toHaveLength(1);
  const histories = await Promise.all(
    handles.map(async (handle) => JSON.stringify(await handle.fetchHistory())),
  );
  expect(histories.join('')).toContain('Validate credentials failed');
  const everything = [
    ...histories,
    ...workerLogLines,
    ...h.warnings,
    ...errors.map(
      (e) =>
        JSON.stringify(e, Object.getOwnPropertyNames(e)) + String((e as WorkflowFailedError).cause?.message),
    ),
  ].join('\n');
  expect(workerLogLines.length).toBeGreaterThan(0);
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
});
