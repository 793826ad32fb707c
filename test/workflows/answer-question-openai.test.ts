import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import { modelTimeBudgetMs, type ModelOptions } from '../../src/answering';
import { answerQuestionAboutCustomerCall, describeWorkflowError } from '../../src/client';
import { callDaysAgo, fillerCalls, NEUTRAL_PARTIES } from '../support/call-fixtures';
import { citeFirstCall, startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { testModelOptions } from '../support/model-options';

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
  h.simulator.clearRequests();
});

/** Asks about Acme's pricing, or `question`, with the model on the fake server (no model when `model` is null). */
function ask(model: Partial<ModelOptions> | null = {}, question = 'What did Acme say about pricing?') {
  const answerer = chooseAnswerer(
    model ? testModelOptions(openAi.baseUrl, { model: 'fake-4o', ...model }) : null,
    {
      maxRetryAfterSeconds: 120,
    },
  );
  return h.withWorker(
    (taskQueue) =>
      answerQuestionAboutCustomerCall(
        h.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question },
        { taskQueue },
      ),
    { answerer },
  );
}

/**
 * What one run asked of Gong: how many times it read call content, and whether it listed any part
 * of the window twice. The number of listing requests follows the time slices, which are planned
 * from the clock, so two runs seconds apart may list in 3 or 4 requests; reads and repeats do not vary.
 */
function gongReads(requests: readonly { body?: unknown }[]) {
  const bodies = requests.map((request) => JSON.stringify(request.body ?? null));
  const listings = bodies.filter((body) => !body.includes('"callIds"'));
  return {
    contentReads: bodies.length - listings.length,
    repeatedListings: listings.length - new Set(listings).size,
  };
}

/** Gong reads of one run without a model, or with one that answers at once, to compare with. */
async function gongRequestsOfOneRun(
  model: Partial<ModelOptions> | null,
): Promise<ReturnType<typeof gongReads>> {
  h.simulator.clearRequests();
  await ask(model);
  const reads = gongReads(h.simulator.requests);
  h.simulator.clearRequests();
  openAi.requests.length = 0;
  return reads;
}

const unavailable = {
  status: 503,
  error: { message: 'Service Unavailable', type: 'server_error', code: null },
} as const;

describe('answering with an OpenAI-compatible model', () => {
  it('answers with citations of the analyzed calls, through real HTTP', async () => {
    openAi.enqueue({
      json: {
        answer: 'Acme wants 15% off.',
        claims: [{ text: 'Acme wants 15% off for two years.', sources: ['1'] }],
      },
    });
    const result = await ask();
    expect(result).toMatchObject({ status: 'answered', answeredBy: 'openai', model: 'fake-4o' });
    expect(result.answer).toBe('Acme wants 15% off for two years [1].');
    expect(result.citations).toEqual([
      {
        callId: quarterly.metaData.id,
        title: 'Acme QBR',
        started: quarterly.metaData.started,
        url: quarterly.metaData.url,
      },
    ]);
    expect(JSON.stringify(openAi.requests[0]?.body)).toContain(
      'Acme wants a 15% discount for a two-year term.',
    );
  });

  it('retries a failing model without reading the calls from Gong again', async () => {
    // A model's answer reads what a model's answer reads; the failures add no Gong request to it.
    const baseline = await gongRequestsOfOneRun({});
    openAi.enqueue(unavailable);
    openAi.enqueue(unavailable);
    const result = await ask();
    expect(result.answeredBy).toBe('openai');
    expect(openAi.requests).toHaveLength(3);
    expect(gongReads(h.simulator.requests)).toEqual(baseline);
  });

  it('answers by quoting the calls, saying why, when the model keeps failing', async () => {
    const baseline = await gongRequestsOfOneRun(null);
    openAi.setDefault(() => unavailable);
    try {
      const result = await ask();
      expect(result).toMatchObject({
        status: 'answered',
        answeredBy: 'extractive',
        modelError: { kind: 'model_unavailable', message: expect.stringContaining('HTTP 503') as string },
      });
      expect(result.answer).toContain('15% discount');
      expect(result.citations.map((c) => c.callId)).toContain(quarterly.metaData.id);
      expect(gongReads(h.simulator.requests)).toEqual(baseline);
    } finally {
      openAi.setDefault(citeFirstCall);
    }
  });

  it('asks a model that keeps failing for one answer only, not again once the other transcripts are read', async () => {
    openAi.setDefault(() => unavailable);
    try {
      const result = await ask({}, 'What concerns did Acme raise?');
      expect(result).toMatchObject({ answeredBy: 'extractive', modelError: { kind: 'model_unavailable' } });
      // One answer's attempts (a try and two retries), not a second answer's after reading the transcripts.
      expect(openAi.requests).toHaveLength(3);
    } finally {
      openAi.setDefault(citeFirstCall);
    }
  });

  it('answers as fully as without a model when the model keeps failing: the other transcripts are still read and quoted', async () => {
    const question = 'What concerns did Acme raise?';
    h.simulator.clearRequests();
    const withoutModel = await ask(null, question);
    const readsWithoutModel = gongReads(h.simulator.requests);
    h.simulator.clearRequests();
    openAi.setDefault(() => unavailable);
    try {
      const result = await ask({}, question);

      expect(result).toMatchObject({ answeredBy: 'extractive', modelError: { kind: 'model_unavailable' } });
      expect(result.answer).toBe(withoutModel.answer);
      expect(gongReads(h.simulator.requests)).toEqual(readsWithoutModel);
    } finally {
      openAi.setDefault(citeFirstCall);
    }
  });

  it('answers by quoting the calls within the time OPENAI_TIMEOUT_MS allows when the model server hangs, without reading Gong again', async () => {
    const baseline = await gongRequestsOfOneRun(null);
    openAi.setDefault(() => ({ hang: true }));
    try {
      const result = await ask({ timeoutMs: 1_000 });

      expect(result).toMatchObject({
        status: 'answered',
        answeredBy: 'extractive',
        modelError: { kind: 'model_timeout' },
      });
      expect(result.answer).toContain('15% discount');
      // A timed-out request is tried once more, inside the budget of 3 × 1 s + 3 s, then the calls are quoted.
      expect(openAi.requests).toHaveLength(2);
      const [first, second] = openAi.requests.map((request) => request.at.getTime());
      expect((second ?? Infinity) - (first ?? 0)).toBeLessThan(modelTimeBudgetMs(1_000));
      expect(gongReads(h.simulator.requests)).toEqual(baseline);
    } finally {
      openAi.setDefault(citeFirstCall);
    }
  });

  it('answers with the model when the server replies to json_schema in prose and to json_object in JSON', async () => {
    openAi.enqueue({ content: 'Acme asked for a 15% discount on a two-year term.' });
    const result = await ask();
    expect(result).toMatchObject({ status: 'answered', answeredBy: 'openai', model: 'fake-4o' });
    expect(result.citations.map((c) => c.callId)).toEqual([quarterly.metaData.id]);
    expect(
      openAi.requests.map((r) => (r.body as { response_format?: { type: string } }).response_format?.type),
    ).toEqual(['json_schema', 'json_object']);
  });

  it('answers by quoting the calls when the model cites none of them', async () => {
    openAi.enqueue({
      json: { answer: 'x', claims: [{ text: 'Acme signed yesterday.', sources: ['1234567890123456789'] }] },
    });
    const result = await ask();
    expect(result).toMatchObject({ answeredBy: 'extractive', modelError: { kind: 'model_bad_reply' } });
    expect(result.answer).not.toContain('signed yesterday');
    expect(openAi.requests).toHaveLength(1);
  });

  it('answers by quoting the calls, saying why, when the calls the model cites state none of its claims', async () => {
    openAi.enqueue({
      json: {
        answer: 'x',
        claims: [
          {
            text: 'Nine of the order forms were rejected due to the order being signed off by Owen Fairclough.',
            sources: ['1'],
          },
        ],
      },
    });
    const result = await ask();
    expect(result).toMatchObject({
      answeredBy: 'extractive',
      modelError: {
        kind: 'model_bad_reply',
        message: expect.stringContaining('not stated by the calls they cite') as string,
      },
    });
    expect(result.answer).not.toContain('Fairclough');
    expect(openAi.requests).toHaveLength(1);
  });

  it('fails the run, not to be retried, when OPENAI_FALLBACK=fail and the calls state none of its claims', async () => {
    openAi.enqueue({
      json: { answer: 'x', claims: [{ text: 'Acme wants 40% off for five years.', sources: ['1'] }] },
    });
    const error = await ask({ fallback: 'fail' }).catch((e: unknown) => e);
    expect(describeWorkflowError(error)).toMatchObject({ kind: 'model_bad_reply', nonRetryable: true });
    expect(openAi.requests).toHaveLength(1);
  });

  it('keeps a claim naming the customer as the user did when the calls name it only in an email domain', async () => {
    const parties = [...NEUTRAL_PARTIES, { name: 'Jane Roe', emailAddress: 'jane@acme.com' }];
    const followUp = callDaysAgo(3, {
      title: 'Follow-up',
      parties,
      content: { brief: 'Jane Roe wants a 15% discount for a two-year term.' },
    });
    h.simulator.dataSet.calls = [followUp, ...fillerCalls(10)];
    openAi.enqueue({
      json: { answer: 'x', claims: [{ text: 'Jane Roe said Acme wants a 15% discount.', sources: ['1'] }] },
    });
    const result = await ask();
    expect(result).toMatchObject({
      answeredBy: 'openai',
      answer: 'Jane Roe said Acme wants a 15% discount [1].',
    });
  });

  it('fails the run with the model error kind when OPENAI_FALLBACK=fail, without retrying', async () => {
    openAi.enqueue({
      status: 401,
      error: {
        message: 'Incorrect API key provided.',
        type: 'invalid_request_error',
        code: 'invalid_api_key',
      },
    });
    const error = await ask({ fallback: 'fail' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect(describeWorkflowError(error)).toMatchObject({
      kind: 'model_rejected_request',
      nonRetryable: true,
      message: expect.stringContaining('Incorrect API key provided.') as string,
    });
    expect(openAi.requests).toHaveLength(1);
  });
});
