import { afterAll, beforeAll, expect, it } from 'vitest';
import { callDaysAgo } from '../support/call-fixtures';
import { cli } from '../support/cli-io';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    callDaysAgo(2, {
      title: 'Acme pricing call',
      content: { keyPoints: [{ text: 'Acme wants a lower price per seat.' }] },
    }),
  ];
});
afterAll(() => h?.close());

/** `gong-worker ask` about Acme on connection acme-prod, with a worker polling. */
function askAboutAcme(question: string, ...flags: string[]) {
  return h.withWorker((taskQueue) =>
    h.cli(
      taskQueue,
      'ask',
      '--connection',
      'acme-prod',
      '--customer',
      'Acme',
      '--question',
      question,
      ...flags,
    ),
  );
}

it('ask prints the answer with numbered sources and the link to the run', async () => {
  const { code, out } = await askAboutAcme('What about price?');
  expect(code).toBe(0);
  expect(out).toContain('"Acme wants a lower price per seat." [1]');
  expect(out).toMatch(
    /Sources:\n {2}\[1\] Acme pricing call \(\d{4}-\d{2}-\d{2}\) https:\/\/simulated-call\.gong\.invalid\/call\?id=\d+/,
  );
  expect(out).toContain('Found 1 call from ');
  expect(out).toContain(
    'and read it. The answer quotes the calls word for word (no AI model is configured).',
  );
  expect(out).not.toMatch(/call\(s\)|answered by extractive/);
  expect(out).toMatch(
    /Run in the Temporal UI: http:\/\/localhost:8233\/namespaces\/default\/workflows\/answer-acme-prod-[0-9a-f-]{36}\//,
  );
});

it('ask works with worker-only variables the worker would refuse, such as GONG_TIMEOUT_MS=500', async () => {
  const { code, out } = await h.withWorker((taskQueue) =>
    cli(
      {
        TEMPORAL_ADDRESS: h.temporal.address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        GONG_TIMEOUT_MS: '500',
        GONG_WORKFLOW_BUNDLE: 'fast',
      },
      ...['ask', '--connection', 'acme-prod', '--customer', 'Acme', '--question', 'Price?'],
    ),
  );
  expect(code).toBe(0);
  expect(out).toContain('"Acme wants a lower price per seat." [1]');
});

it('ask names every invalid variable it reads, one line each, without a stack trace', async () => {
  const { code, err } = await cli(
    { TEMPORAL_TASK_QUEUE: ' ', TEMPORAL_UI_URL: 'localhost', PAYLOAD_ENCRYPTION_KEYS: 'k=AAAA' },
    ...['ask', '--connection', 'acme-prod', '--customer', 'Acme', '--question', 'Price?'],
  );
  expect(code).toBe(1);
  expect(err.split('\n')).toEqual([
    'error: invalid environment (2 problems):',
    '  TEMPORAL_UI_URL: use http(s)://host[:port]',
    '  PAYLOAD_ENCRYPTION_KEYS: entry 1 of 1: the key is 3 bytes, AES-256 needs 32',
  ]);
});

it('ask --json prints the result as JSON', async () => {
  const { out } = await askAboutAcme('Price?', '--json');
  const result = JSON.parse(out) as { status: string; citations: unknown[] };
  expect(result.status).toBe('answered');
  expect(result.citations).toHaveLength(1);
});

it('ask refuses a --max-calls that is not a number, before starting anything', async () => {
  const { code, err } = await h.cli(
    'unused',
    'ask',
    '--connection',
    'x',
    '--customer',
    'A',
    '--question',
    'Q',
    '--max-calls',
    'ten',
  );
  expect(code).toBe(2);
  expect(err).toContain('--max-calls must be a whole number');
});

it("health run prints unhealthy with Gong's message and exits 1 for bad keys", async () => {
  await h.addConnection('bad-keys', { accessKeySecret: 'nope-nope' });
  const { code, out, err } = await h.withWorker((taskQueue) =>
    h.cli(taskQueue, 'health', 'run', '--connection', 'bad-keys'),
  );
  expect(code).toBe(1);
  expect(out).toBe('');
  expect(err).toContain('unhealthy: connection "bad-keys": Validate credentials failed.');
});

it("ask prints Gong's reason on one line and exits 1 when the run fails", async () => {
  await h.addConnection('ask-bad-keys', { accessKeySecret: 'nope-nope' });
  const { code, out, err } = await h.withWorker((taskQueue) =>
    h.cli(taskQueue, 'ask', '--connection', 'ask-bad-keys', '--customer', 'Acme', '--question', 'Price?'),
  );
  expect(code).toBe(1);
  expect(out).toBe('');
  expect(err).toBe('error: Validate credentials failed. Please check your credentials and try again.');
});

it('ask --transcripts also answers from what was said on the calls', async () => {
  const [call] = h.simulator.dataSet.calls;
  const speakerId = call?.parties?.[1]?.speakerId ?? '';
  if (call) {
    call.transcript = [
      {
        speakerId,
        topic: 'Pricing',
        sentences: [{ start: 0, end: 3000, text: 'That is above our budget.' }],
      },
    ];
  }
  const { code, out } = await askAboutAcme('Budget?', '--transcripts');
  expect(code).toBe(0);
  expect(out).toContain('Pat Buyer said: "That is above our budget." [1]');
});
