import { WorkflowFailedError } from '@temporalio/client';
import { parseSettings } from '../../src/config/settings';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/answering';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
let openAi: FakeOpenAiServer;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  openAi = await startFakeOpenAiServer();
});
afterAll(async () => {
  await openAi?.stop();
  await h?.close();
});

const quarterly = callDaysAgo(3, {
  title: 'Acme QBR',
  content: { brief: 'Acme wants a 15% discount for a two-year term.' },
});
const demo = callDaysAgo(10, { title: 'Acme demo', content: { brief: 'Acme asked about SSO.' } });

beforeEach(() => {
  h.simulator.dataSet.calls = [quarterly, demo, ...fillerCalls(10)];
  openAi.requests.length = 0;
});

function ask() {
  const answerer = chooseAnswerer(
    parseSettings(
      {
        OPENAI_API_KEY: 'sk-test-not-real',
        OPENAI_BASE_URL: openAi.baseUrl,
        OPENAI_MODEL: 'fake-4o',
      },
      ['openai'],
    ).openai,
  );
  return h.withWorker(
    (taskQueue) =>
      answerQuestionAboutCustomerCall(
        h.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question: 'What did Acme say about pricing?' },
        { taskQueue },
      ),
    { answerer },
  );
}

describe('answering with an OpenAI-compatible model', () => {
  it('answers with citations of the analysed calls, through real HTTP', async () => {
    const id = quarterly.metaData.id;
    openAi.enqueue({
      json: {
        answer: 'Acme wants 15% off.',
        claims: [{ text: 'Acme wants 15% off for two years.', callIds: [id] }],
      },
    });
    const result = await ask();
    expect(result).toMatchObject({ status: 'answered', answeredBy: 'openai', model: 'fake-4o' });
    expect(result.answer).toContain('Acme wants 15% off for two years');
    expect(result.answer).toContain('[1]');
    expect(result.citations).toEqual([
      { callId: id, title: 'Acme QBR', started: quarterly.metaData.started, url: quarterly.metaData.url },
    ]);
    expect(JSON.stringify(openAi.requests[0]?.body)).toContain(
      'Acme wants a 15% discount for a two-year term.',
    );
  });

  it('drops a call id the model invented', async () => {
    const id = demo.metaData.id;
    openAi.enqueue({
      json: {
        answer: 'x',
        claims: [
          { text: 'Acme asked about SSO.', callIds: [id, '999999999999'] },
          { text: 'Acme signed yesterday.', callIds: ['123456789'] },
        ],
      },
    });
    const result = await ask();
    expect(result.citations.map((c) => c.callId)).toEqual([id]);
    expect(result.answer).not.toContain('signed yesterday');
    expect(JSON.stringify(result)).not.toContain('999999999999');
  });

  it("retries a 429 after OpenAI's Retry-After, through Temporal", async () => {
    openAi.enqueue({
      status: 429,
      error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
      headers: { 'retry-after': '5' },
    });
    const result = await ask();
    expect(result.status).toBe('answered');
    const [limited, retried] = openAi.requests;
    expect(openAi.requests).toHaveLength(2);
    const waitedMs = (retried?.at.getTime() ?? 0) - (limited?.at.getTime() ?? 0);
    expect(waitedMs).toBeGreaterThanOrEqual(4900);
  });

  it('fails without retrying on a 400, with its message', async () => {
    openAi.enqueue({
      status: 400,
      error: {
        message: "Invalid schema for response_format 'answer'",
        type: 'invalid_request_error',
        code: null,
      },
    });
    const error = await ask().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect((error as WorkflowFailedError).cause?.message).toContain(
      "Invalid schema for response_format 'answer'",
    );
    expect(openAi.requests).toHaveLength(1);
  });
});
