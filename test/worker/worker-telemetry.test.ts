import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, gongApiRequest } from '../../src/client';
import { findFreePort } from '../../tools/temporal-server';
import { callDaysAgo } from '../support/call-fixtures';
import { citeFirstCall, startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { secretForms } from '../support/secret-scan';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

const ACCESS_KEY = 'TELEMETRYKEY4242';
const ACCESS_KEY_SECRET = 'telemetry-secret-value-9f3c1d';
const MODEL = 'gpt-telemetry-test';
/** What the model server says the answer cost; the scrape must say the same. */
const REPORTED_USAGE = { prompt_tokens: 1234, completion_tokens: 56 };

let h: GongHarness;
let openAi: FakeOpenAiServer;
let worker: WorkerProcess;
let taskQueue: string;
let metricsAddress: string;
beforeAll(async () => {
  h = await startGongHarness({ accounts: [{ accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET }] });
  await h.addConnection('acme', { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET });
  h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme QBR' })];
  taskQueue = uniqueTaskQueue('telemetry');
  metricsAddress = `127.0.0.1:${await findFreePort()}`;
  openAi = await startFakeOpenAiServer();
  openAi.setDefault((body) => ({ ...citeFirstCall(body), usage: REPORTED_USAGE }));
  worker = await startWorkerProcess({
    ...h.workerProcessEnv(taskQueue),
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'debug',
    TEMPORAL_PROMETHEUS_ADDRESS: metricsAddress,
    OPENAI_API_KEY: 'sk-telemetry-not-real',
    OPENAI_BASE_URL: openAi.baseUrl,
    OPENAI_MODEL: MODEL,
    OPENAI_FALLBACK: 'fail',
  });
  await answerQuestionAboutCustomerCall(
    h.client,
    { connectionId: 'acme', customerName: 'Acme', question: 'What did Acme ask about?' },
    { taskQueue },
  );
  // Gong throttles once: the activity retries after Retry-After and the request succeeds.
  h.simulator.injectFault({ path: '/v2/users', status: 429, retryAfterSeconds: 1 });
  await gongApiRequest(h.client, { connectionId: 'acme', method: 'GET', path: '/v2/users' }, { taskQueue });
}, 120_000);
afterAll(async () => {
  await worker?.kill();
  await openAi?.stop();
  await h?.close();
});

const scrape = async () => (await fetch(`http://${metricsAddress}/metrics`)).text();

/** The value of the one series of `name` whose labels include every one of `labels`. */
function seriesValue(text: string, name: string, labels: Record<string, string>): number | null {
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2] ?? '';
    if (Object.entries(labels).every(([key, value]) => present.includes(`${key}="${value}"`))) {
      return Number(match[3]);
    }
  }
  return null;
}

it('writes every log line as JSON with level, time and message when LOG_FORMAT=json', () => {
  const lines = worker.output
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '');
  expect(lines.length).toBeGreaterThan(5);
  for (const line of lines) {
    const record = JSON.parse(line) as Record<string, unknown>;
    expect(typeof record.level, line).toBe('string');
    expect(typeof record.message, line).toBe('string');
    expect(Number.isNaN(Date.parse(String(record.time))), line).toBe(false);
  }
});

it('names the workflow, run, activity, attempt and connection on activity log lines', () => {
  const records = worker.output
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const completed = records.find(
    (record) => record.activityType === 'findCustomerCalls' && record.message === 'Activity completed',
  );
  expect(completed).toMatchObject({
    workflowId: expect.any(String),
    workflowRunId: expect.any(String),
    attempt: 1,
    connectionId: 'acme',
  });
});

it('leaves the access key and its secret out of every JSON log line', () => {
  const text = worker.output.join('');
  for (const secret of [ACCESS_KEY, ACCESS_KEY_SECRET]) {
    for (const form of secretForms(secret)) expect(text).not.toContain(form);
  }
});

it('counts Gong requests by host, path template and status class, and the 429 apart', async () => {
  const text = await scrape();
  const host = 'us-12345.api.gong.io';
  expect(
    seriesValue(text, 'gong_requests_total', {
      host,
      path_template: '/v2/calls/extensive',
      status_class: '2xx',
    }),
  ).toBeGreaterThanOrEqual(1);
  expect(
    seriesValue(text, 'gong_requests_total', { host, path_template: '/v2/users', status_class: '4xx' }),
  ).toBe(1);
  expect(
    seriesValue(text, 'gong_requests_total', { host, path_template: '/v2/users', status_class: '2xx' }),
  ).toBe(1);
  expect(seriesValue(text, 'gong_rate_limited_total', { host, path_template: '/v2/users' })).toBe(1);
});

it('measures Gong latency, response sizes and pacer waits as histograms', async () => {
  const text = await scrape();
  const tags = { host: 'us-12345.api.gong.io', path_template: '/v2/users' };
  expect(seriesValue(text, 'gong_request_duration_seconds_count', tags)).toBe(2);
  expect(seriesValue(text, 'gong_response_size_bytes_sum', tags)).toBeGreaterThan(0);
  expect(
    seriesValue(text, 'gong_pacer_wait_seconds_count', { host: 'us-12345.api.gong.io' }),
  ).toBeGreaterThanOrEqual(3);
});

it('counts answers by status and the answerer calls', async () => {
  const text = await scrape();
  expect(seriesValue(text, 'gong_answers_total', { status: 'answered' })).toBe(1);
  expect(
    seriesValue(text, 'gong_model_calls_total', { answerer: 'openai', model: MODEL, outcome: 'ok' }),
  ).toBe(1);
  expect(seriesValue(text, 'gong_requests_today', { connection_id: 'acme' })).toBeGreaterThanOrEqual(3);
});

it("counts the model's input and output tokens as the model server reported them", async () => {
  const text = await scrape();
  expect(openAi.requests).toHaveLength(1);
  const tokens = (type: string) => seriesValue(text, 'gong_model_tokens_total', { model: MODEL, type });
  expect(tokens('input')).toBe(REPORTED_USAGE.prompt_tokens);
  expect(tokens('output')).toBe(REPORTED_USAGE.completion_tokens);
});

it('counts the tokens of a reply the model failed with when OPENAI_FALLBACK=fail', async () => {
  const before = seriesValue(await scrape(), 'gong_model_tokens_total', { model: MODEL, type: 'input' }) ?? 0;
  openAi.enqueue({
    json: { answered: true, answer: 'x', claims: [{ text: 'Acme signed.', sources: ['99'] }] },
    usage: { prompt_tokens: 300, completion_tokens: 7 },
  });

  await answerQuestionAboutCustomerCall(
    h.client,
    { connectionId: 'acme', customerName: 'Acme', question: 'Did Acme sign?' },
    { taskQueue },
  ).catch(() => undefined);

  const after = seriesValue(await scrape(), 'gong_model_tokens_total', { model: MODEL, type: 'input' });
  expect(after).toBe(before + 300);
});
