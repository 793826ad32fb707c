import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseAnswerer, createOpenAiAnswerer, createOpenAiClientFromEnv } from '../../src/answering';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { acmeCalls } from './call-fixtures';

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});

afterEach(async () => {
  await server.stop();
});

describe('createOpenAiClientFromEnv', () => {
  it('is null without OPENAI_API_KEY', () => {
    expect(createOpenAiClientFromEnv({ OPENAI_MODEL: 'gpt-4o' })).toBeNull();
    expect(createOpenAiClientFromEnv({ OPENAI_API_KEY: '  ' })).toBeNull();
  });

  it('uses gpt-4o-mini, no SDK retries and a 60 s timeout by default', () => {
    const config = createOpenAiClientFromEnv({ OPENAI_API_KEY: 'k' });

    expect(config?.model).toBe('gpt-4o-mini');
    expect(config?.client.maxRetries).toBe(0);
    expect(config?.client.timeout).toBe(60_000);
  });

  it('sends requests to OPENAI_BASE_URL with OPENAI_MODEL and the API key', async () => {
    const config = createOpenAiClientFromEnv({
      OPENAI_API_KEY: 'env-key',
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_MODEL: 'gpt-custom',
    });
    if (!config) throw new Error('expected a client');

    const result = await createOpenAiAnswerer(config).answer('pricing?', acmeCalls);

    expect(result.model).toBe('gpt-custom');
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.body).toMatchObject({ model: 'gpt-custom' });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer env-key');
  });
});

describe('chooseAnswerer', () => {
  it('answers extractively when OpenAI is not configured', async () => {
    const result = await chooseAnswerer({}).answer('pricing?', acmeCalls);

    expect(result.answeredBy).toBe('extractive');
    expect(server.requests).toHaveLength(0);
  });

  it('answers with OpenAI when OPENAI_API_KEY is set', async () => {
    const env = { OPENAI_API_KEY: 'env-key', OPENAI_BASE_URL: server.baseUrl };

    const result = await chooseAnswerer(env).answer('pricing?', acmeCalls);

    expect(result).toMatchObject({ answeredBy: 'openai', model: 'gpt-4o-mini', citedCallIds: ['c-kickoff'] });
  });

  it('builds the OpenAI client with the injected factory', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const answerer = chooseAnswerer(
      { CUSTOM: 'x' },
      {
        openAiFromEnv: (env) => {
          seen.push(env);
          return null;
        },
      },
    );

    expect(seen).toEqual([{ CUSTOM: 'x' }]);
    expect((await answerer.answer('pricing?', acmeCalls)).answeredBy).toBe('extractive');
  });
});

describe('fake OpenAI server', () => {
  it('rejects a request without a bearer token in OpenAI error shape', async () => {
    const response = await fetch(`${server.baseUrl}/chat/completions`, { method: 'POST', body: '{}' });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
  });
});
