import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import { testModelOptions } from '../support/model-options';
import { main } from '../../src/cli/main';
import { startAnswerQuestion, startGongApiRequest } from '../../src/client';
import { REDACTED } from '../../src/gong/redact';
import { callDaysAgo } from '../support/call-fixtures';
import { recordingIo } from '../support/cli-io';
import { startBrokenGong, type BrokenGong } from '../support/broken-gong';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { startGongHarness, workerLogLines, type GongHarness } from '../support/gong-harness';
import { errorText, historyText, secretForms } from '../support/secret-scan';
import { uniqueWorkflowId } from '../support/temporal';

// Chosen so their base64 forms contain "+" and "/", where URL-safe base64 differs.
const ACCESS_KEY = 'AKEY-echo-scan~~~>>>?';
const ACCESS_KEY_SECRET = 'SSEC-echo-scan-??>>~~1';
const OPENAI_KEY = 'sk-echo-scan-6d1f0b9a2c';
const BASIC = `Basic ${Buffer.from(`${ACCESS_KEY}:${ACCESS_KEY_SECRET}`).toString('base64')}`;

/** Everything a Gong that echoes the request's credentials back could say about them. */
function echoesOf(req: IncomingMessage): string[] {
  const authorization = req.headers.authorization ?? '';
  const token = authorization.replace(/^Basic /, '');
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  return [
    `Invalid Authorization header: ${authorization}`,
    `token ${token}, url-safe ${Buffer.from(decoded).toString('base64url')}, unpadded ${token.replace(/=+$/, '')}`,
    `decoded ${decoded}; key ${decoded.split(':')[0]}; secret ${decoded.split(':').slice(1).join(':')}`,
    `percent-encoded ${encodeURIComponent(decoded)}`,
  ];
}

/** Echoes by path: 401 for the health check, a 400 and a 200 the API request returns as its result. */
function echoingGong(req: IncomingMessage, res: ServerResponse): void {
  const echoes = echoesOf(req);
  const path = (req.url ?? '').split('?')[0];
  const status = path === '/v2/users' ? 401 : path === '/v2/settings/trackers' ? 400 : 200;
  // The 200 hides the secret behind JSON escapes, which a scan of the raw text would miss.
  const body =
    status === 200
      ? JSON.stringify({ requestId: 'echo-1', echo: echoes }).replace(
          /[A-Za-z]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        )
      : JSON.stringify({ requestId: 'echo-1', errors: echoes });
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
}

let h: GongHarness;
let gong: BrokenGong;
let openAi: FakeOpenAiServer;
beforeAll(async () => {
  h = await startGongHarness({ accounts: [{ accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET }] });
  gong = await startBrokenGong(echoingGong);
  openAi = await startFakeOpenAiServer();
  await h.addConnection('echoed', { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET });
  h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme QBR' })];
});
afterAll(async () => {
  await gong?.close();
  await openAi?.stop();
  await h?.close();
});

function expectNoSecretIn(text: string): void {
  for (const secret of [ACCESS_KEY, ACCESS_KEY_SECRET, OPENAI_KEY]) {
    for (const form of secretForms(secret)) expect(text).not.toContain(form);
  }
  expect(text).not.toContain(BASIC);
}

it('a Gong that echoes the credentials leaves them in no history, result, failure, log line or CLI output', async () => {
  const handles: WorkflowHandle[] = [];
  const errors: unknown[] = [];
  const printed = await h.withWorker(async (taskQueue) => {
    for (const path of ['/v2/users', '/v2/settings/trackers', '/v2/workspaces']) {
      const handle = await startGongApiRequest(
        h.client,
        { connectionId: 'echoed', method: 'GET', path },
        { taskQueue, workflowId: uniqueWorkflowId('echo') },
      );
      handles.push(handle);
      await handle.result().catch((e: unknown) => errors.push(e));
    }
    const env = {
      TEMPORAL_ADDRESS: h.temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      GONG_CONNECTIONS_DIR: h.connectionsDir,
    };
    const outputs: string[] = [];
    for (const argv of [
      ['health', 'run', '--connection', 'echoed'],
      ['request', 'GET', '/v2/settings/trackers', '--connection', 'echoed'],
      ['request', 'GET', '/v2/workspaces', '--connection', 'echoed', '--json'],
    ]) {
      const io = recordingIo(env);
      await main(argv, io);
      outputs.push([...io.stdout, ...io.stderr].join('\n'));
    }
    return outputs;
  }, gong.deps);

  expect(gong.server.paths.length).toBeGreaterThanOrEqual(6);
  expect(errors).toHaveLength(1);
  const histories = await Promise.all(handles.map(historyText));
  const surface = [...histories, ...printed, ...workerLogLines, ...errors.map(errorText)].join('\n');
  // The echoes arrived, and what they carried was replaced.
  expect(printed[0]).toContain(`Invalid Authorization header: Basic ${REDACTED}`);
  expect(printed[1]).toContain(`decoded ${REDACTED}`);
  expect(printed[2]).toContain(`key ${REDACTED}; secret ${REDACTED}`);
  expect(histories.join('\n')).toContain(`percent-encoded ${REDACTED}`);
  expectNoSecretIn(surface);
});

it('OpenAI’s 401 quoting the API key leaves it in no history, failure or log line', async () => {
  const answerer = chooseAnswerer(
    testModelOptions(openAi.baseUrl, { apiKey: OPENAI_KEY, fallback: 'fail' }),
    {
      maxRetryAfterSeconds: 120,
    },
  );
  openAi.enqueue({
    status: 401,
    error: {
      message: `Incorrect API key provided: ${OPENAI_KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      type: 'invalid_request_error',
      code: 'invalid_api_key',
    },
  });
  const errors: unknown[] = [];
  const handle = await h.withWorker(
    async (taskQueue) => {
      const started = await startAnswerQuestion(
        h.client,
        { connectionId: 'echoed', customerName: 'Acme', question: 'Pricing?' },
        { taskQueue },
      );
      await started.result().catch((e: unknown) => errors.push(e));
      return started;
    },
    { answerer },
  );

  expect(openAi.requests).toHaveLength(1);
  expect(errors).toHaveLength(1);
  const surface = [await historyText(handle), ...workerLogLines, ...errors.map(errorText)].join('\n');
  expect(surface).toContain(`Incorrect API key provided: ${REDACTED}`);
  expectNoSecretIn(surface);
});
