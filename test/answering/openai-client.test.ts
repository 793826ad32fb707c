import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseAnswerer, createOpenAiAnswerer, createOpenAiClient } from '../../src/answering';
import { parseSettings } from '../../src/config/settings';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { acmeCalls } from './call-fixtures';

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});

afterEach(async () => {
  await server.stop();
});

const openAiOf = (env: Record<string, string>) => parseSettings(env, ['openai']).openai;

describe('the OpenAI settings and client', () => {
  it('are absent without OPENAI_API_KEY', () => {
    expect(openAiOf({ OPENAI_MODEL: 'gpt-4o' })).toBeNull();
    expect(openAiOf({ OPENAI_API_KEY: '  ' })).toBeNull();
  });

  it('use gpt-4o-mini, no SDK retries and a 60 s timeout by default', () => {
    const settings = openAiOf({ OPENAI_API_KEY: 'k' });
    if (!settings) throw new Error('expected settings');
    const config = createOpenAiClient(settings);

    expect(config.model).toBe('gpt-4o-mini');
    expect(config.client.maxRetries).toBe(0);
    expect(config.client.timeout).toBe(60_000);
  });

  it('refuse an OPENAI_BASE_URL that is not a URL, naming the variable', () => {
    expect(() => openAiOf({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'localhost:11434' })).toThrow(
      /OPENAI_BASE_URL: use http\(s\):\/\/host\[:port\]\/path/,
    );
  });

  it('send requests to OPENAI_BASE_URL with OPENAI_MODEL and the API key', async () => {
    const settings = openAiOf({
      OPENAI_API_KEY: 'env-key',
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_MODEL: 'gpt-custom',
    });
    if (!settings) throw new Error('expected settings');

    const result = await createOpenAiAnswerer(createOpenAiClient(settings)).answer('pricing?', acmeCalls);

    expect(result.model).toBe('gpt-custom');
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.body).toMatchObject({ model: 'gpt-custom' });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer env-key');
  });
});

describe('chooseAnswerer', () => {
  it('answers extractively when OpenAI is not configured', async () => {
    const result = await chooseAnswerer(null).answer('pricing?', acmeCalls);

    expect(result.answeredBy).toBe('extractive');
    expect(server.requests).toHaveLength(0);
  });

  it('answers with OpenAI when OPENAI_API_KEY is set', async () => {
    const settings = openAiOf({ OPENAI_API_KEY: 'env-key', OPENAI_BASE_URL: server.baseUrl });

    const result = await chooseAnswerer(settings).answer('pricing?', acmeCalls);

    expect(result).toMatchObject({ answeredBy: 'openai', model: 'gpt-4o-mini', citedCallIds: ['c-kickoff'] });
  });

  it('builds the OpenAI client with the injected factory', async () => {
    const settings = openAiOf({ OPENAI_API_KEY: 'env-key', OPENAI_BASE_URL: server.baseUrl });
    const seen: unknown[] = [];
    const answerer = chooseAnswerer(settings, {
      openAiClient: (options) => {
        seen.push(options);
        return createOpenAiClient({ ...options, model: 'injected-model' });
      },
    });

    expect(seen).toEqual([settings]);
    expect((await answerer.answer('pricing?', acmeCalls)).model).toBe('injected-model');
  });
});

describe('fake OpenAI server', () => {
  it('rejects a request without a bearer token in OpenAI error shape', async () => {
    const response = await fetch(`${server.baseUrl}/chat/completions`, { method: 'POST', body: '{}' });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
  });
});
