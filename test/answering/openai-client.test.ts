import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import { createOpenAiAnswerer, createOpenAiClient } from '../../src/adapters/openai';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { openAiSettings, testModelOptions } from '../support/model-options';
import { acmeCalls } from './call-fixtures';

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});

afterEach(async () => {
  await server.stop();
});

describe('createOpenAiClient', () => {
  it('does not retry in the SDK and abandons a request after OPENAI_TIMEOUT_MS', () => {
    const client = createOpenAiClient(testModelOptions(server.baseUrl, { timeoutMs: 240_000 }));

    expect(client.maxRetries).toBe(0);
    expect(client.timeout).toBe(240_000);
  });

  it('sends requests to OPENAI_BASE_URL with OPENAI_MODEL and the API key', async () => {
    const settings = openAiSettings({
      OPENAI_API_KEY: 'env-key',
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_MODEL: 'gpt-custom',
    });
    if (!settings) throw new Error('expected settings');

    const result = await createOpenAiAnswerer({
      client: createOpenAiClient(settings),
      model: settings.model,
    }).answer('pricing?', acmeCalls);

    expect(result.model).toBe('gpt-custom');
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.body).toMatchObject({ model: 'gpt-custom' });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer env-key');
  });
});

describe('chooseAnswerer', () => {
  it('answers extractively when no model is configured', async () => {
    const result = await chooseAnswerer(null, { maxRetryAfterSeconds: 120 }).answer('pricing?', acmeCalls);

    expect(result.answeredBy).toBe('extractive');
    expect(server.requests).toHaveLength(0);
  });

  it('answers with the model when one is configured', async () => {
    const answerer = chooseAnswerer(testModelOptions(server.baseUrl), { maxRetryAfterSeconds: 120 });

    const result = await answerer.answer('pricing?', acmeCalls);

    expect(result).toMatchObject({ answeredBy: 'openai', model: 'gpt-4o-mini', citedCallIds: ['c-kickoff'] });
  });

  it('warns once when it adapts to what the server accepts', async () => {
    const warnings: string[] = [];
    server.enqueue({
      status: 422,
      error: {
        message: 'response_format: json_schema is not supported',
        type: 'invalid_request_error',
        code: null,
      },
    });
    const answerer = chooseAnswerer(testModelOptions(server.baseUrl), {
      maxRetryAfterSeconds: 120,
      warn: (m) => warnings.push(m),
    });

    await answerer.answer('pricing?', acmeCalls);
    await answerer.answer('pricing?', acmeCalls);

    expect(warnings).toEqual([
      'gpt-4o-mini: the server refuses structured output as json_schema; asking as json_object',
    ]);
  });

  it('quotes the calls, saying why, only when every way of asking for JSON gets prose', async () => {
    server.setDefault(() => ({ content: 'Acme wants a discount, I think.' }));
    const answerer = chooseAnswerer(testModelOptions(server.baseUrl), { maxRetryAfterSeconds: 120 });

    const result = await answerer.answer('What discount did Acme ask for?', acmeCalls);

    expect(result).toMatchObject({
      answeredBy: 'extractive',
      modelError: { kind: 'model_bad_reply', message: 'The model reply is not valid JSON.' },
    });
    expect(result.answer).toContain('15% discount');
    // json_schema, json_object, tools and prompt once each; having asked every way, not again.
    expect(server.requests).toHaveLength(4);
  });
});

describe('fake OpenAI server', () => {
  it('rejects a request without a bearer token in OpenAI error shape', async () => {
    const response = await fetch(`${server.baseUrl}/chat/completions`, { method: 'POST', body: '{}' });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
  });
});
