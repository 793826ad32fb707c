import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import { testModelOptions } from '../support/model-options';
import { main } from '../../src/cli/main';
import {
  runHealthCheck,
  startAnswerQuestion,
  startGetCallContent,
  startGetCallTranscripts,
  startGongApiRequest,
  startSearchCalls,
} from '../../src/client';
import { callDaysAgo } from '../support/call-fixtures';
import { recordingIo } from '../support/cli-io';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, workerLogLines, type GongHarness } from '../support/gong-harness';
import { errorText, historyText } from '../support/secret-scan';

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
  const answerer = chooseAnswerer(
    testModelOptions(openAi.baseUrl, { apiKey: OPENAI_KEY, fallback: 'fail' }),
    {
      maxRetryAfterSeconds: 120,
    },
  );
  const handles: WorkflowHandle[] = [];
  const errors: unknown[] = [];
  await h.withWorker(
    async (taskQueue) => {
      const ids = [uniqueWorkflowId('scan-ok'), uniqueWorkflowId('scan-bad')];
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
  const surface = await surfaceOf(handles, errors);
  expect(surface).toContain('Validate credentials failed');
  // Payloads (inputs and results) are scanned decoded, not as byte arrays.
  expect(surface).toContain('Pricing?');
  expect(surface).toContain('us-12345.api.gong.io');
  expect(workerLogLines.length).toBeGreaterThan(0);
  expectNoSecretIn(surface);
});

/** Everything the runs left behind that a person or a log collector could read, as one text. */
async function surfaceOf(handles: WorkflowHandle[], errors: unknown[]): Promise<string> {
  const histories = await Promise.all(handles.map(historyText));
  return [...histories, ...workerLogLines, ...h.warnings, ...errors.map(errorText)].join('\n');
}

function expectNoSecretIn(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

it('no secret appears in the histories, results or failures of the tool workflows', async () => {
  const callId = h.simulator.dataSet.calls[0]?.metaData.id ?? '';
  const handles: WorkflowHandle[] = [];
  const errors: unknown[] = [];
  await h.withWorker(async (taskQueue) => {
    const now = Date.now();
    const started = [
      await startSearchCalls(
        h.client,
        {
          connectionId: 'scanned',
          fromDateTime: new Date(now - 10 * 86_400_000).toISOString(),
          toDateTime: new Date(now).toISOString(),
        },
        { taskQueue },
      ),
      await startGetCallContent(h.client, { connectionId: 'scanned', callIds: [callId] }, { taskQueue }),
      await startGetCallTranscripts(h.client, { connectionId: 'scanned', callIds: [callId] }, { taskQueue }),
      await startGongApiRequest(
        h.client,
        { connectionId: 'scanned', method: 'GET', path: '/v2/users' },
        { taskQueue },
      ),
      await startGongApiRequest(
        h.client,
        { connectionId: 'scanned-bad', method: 'GET', path: '/v2/users' },
        { taskQueue },
      ),
    ];
    handles.push(...started);
    for (const handle of started) await handle.result().catch((e: unknown) => errors.push(e));
  });

  expect(errors).toHaveLength(1);
  expect(errorText(errors[0])).toContain('Validate credentials failed');
  const surface = await surfaceOf(handles, errors);
  expect(surface).toContain('Acme QBR');
  expect(surface).toContain(callId);
  expectNoSecretIn(surface);
});

it('the OpenAI key appears nowhere when OpenAI refuses it', async () => {
  const answerer = chooseAnswerer(
    testModelOptions(openAi.baseUrl, { apiKey: OPENAI_KEY, fallback: 'fail' }),
    {
      maxRetryAfterSeconds: 120,
    },
  );
  openAi.requests.length = 0;
  openAi.enqueue({
    status: 401,
    error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
  });
  const handles: WorkflowHandle[] = [];
  const errors: unknown[] = [];
  await h.withWorker(
    async (taskQueue) => {
      const handle = await startAnswerQuestion(
        h.client,
        { connectionId: 'scanned', customerName: 'Acme', question: 'Pricing?' },
        { taskQueue },
      );
      handles.push(handle);
      await handle.result().catch((e: unknown) => errors.push(e));
    },
    { answerer },
  );

  expect(openAi.requests).toHaveLength(1);
  expect(openAi.requests[0]?.headers.authorization).toBe(`Bearer ${OPENAI_KEY}`);
  expect(errorText(errors[0])).toContain('Incorrect API key provided.');
  expectNoSecretIn(await surfaceOf(handles, errors));
});

it('no secret appears in what the CLI prints about connections and a failed health check', async () => {
  const outputs = await h.withWorker(async (taskQueue) => {
    const env = {
      TEMPORAL_ADDRESS: h.temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      GONG_CONNECTIONS_DIR: h.connectionsDir,
    };
    const commands = [
      ['health', 'run', '--connection', 'scanned-bad'],
      ['connections', 'list'],
      ['connections', 'show', 'scanned'],
    ];
    const printed: { code: number; stdout: string; stderr: string }[] = [];
    for (const argv of commands) {
      const io = recordingIo(env);
      const code = await main(argv, io);
      printed.push({ code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') });
    }
    return printed;
  });

  const [health, list, show] = outputs;
  expect(outputs.map((o) => o.code)).toEqual([1, 0, 0]);
  expect(health?.stderr).toContain('Validate credentials failed');
  expect(list?.stdout).toContain('scanned-bad');
  expect(show?.stdout).toContain('us-12345.api.gong.io');
  expectNoSecretIn(outputs.map((o) => `${o.stdout}\n${o.stderr}`).join('\n'));
});
