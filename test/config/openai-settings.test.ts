import { describe, expect, it } from 'vitest';
import { openAiSettings } from '../support/model-options';

describe('the answering model settings', () => {
  it('are null without OPENAI_API_KEY, so the extractive answerer answers', () => {
    expect(openAiSettings({ OPENAI_MODEL: 'gpt-4o' })).toBeNull();
    expect(openAiSettings({ OPENAI_API_KEY: '  ' })).toBeNull();
  });

  it('default to gpt-4o-mini, auto structured output, 800 reply tokens, 60 s, its 128k context and the extractive fallback', () => {
    expect(openAiSettings({ OPENAI_API_KEY: 'k' })).toEqual({
      apiKey: 'k',
      baseUrl: null,
      model: 'gpt-4o-mini',
      organization: null,
      project: null,
      structuredOutput: 'auto',
      maxOutputTokens: 800,
      timeoutMs: 60_000,
      contextTokens: 128_000,
      fallback: 'extractive',
    });
  });

  it("assume the model family's context, and 8k for an unknown model", () => {
    const context = (model: string) =>
      openAiSettings({ OPENAI_API_KEY: 'k', OPENAI_MODEL: model })?.contextTokens;
    expect(context('gpt-3.5-turbo')).toBe(16_385);
    expect(context('SmolLM2-135M-Instruct')).toBe(8_192);
    expect(context('some-local-model')).toBe(8_192);
  });

  it('read every OPENAI_ variable', () => {
    const settings = openAiSettings({
      OPENAI_API_KEY: 'k',
      OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1',
      OPENAI_MODEL: 'smollm2',
      OPENAI_STRUCTURED_OUTPUT: 'json_object',
      OPENAI_MAX_OUTPUT_TOKENS: '300',
      OPENAI_TIMEOUT_MS: '240000',
      OPENAI_CONTEXT_TOKENS: '2048',
      OPENAI_FALLBACK: 'fail',
    });
    expect(settings).toMatchObject({
      baseUrl: 'http://127.0.0.1:8000/v1',
      model: 'smollm2',
      structuredOutput: 'json_object',
      maxOutputTokens: 300,
      timeoutMs: 240_000,
      contextTokens: 2048,
      fallback: 'fail',
    });
  });

  it.each([
    ['OPENAI_STRUCTURED_OUTPUT', 'xml', 'must be one of auto, json_schema, json_object, tools, prompt'],
    ['OPENAI_MAX_OUTPUT_TOKENS', 'lots', 'must be a number of tokens'],
    ['OPENAI_MAX_OUTPUT_TOKENS', '10', 'must be at least 64'],
    ['OPENAI_TIMEOUT_MS', '3600000', 'must be at most 600000'],
    ['OPENAI_CONTEXT_TOKENS', '100', 'must be at least 1024'],
    ['OPENAI_FALLBACK', 'ignore', 'must be extractive or fail'],
    ['OPENAI_BASE_URL', 'localhost:8000', 'must be an http(s) URL'],
  ])('refuse %s=%s, naming the variable and why', (name, value, reason) => {
    expect(() => openAiSettings({ OPENAI_API_KEY: 'k', [name]: value })).toThrow(`${name}: ${reason}`);
  });

  it('refuse a reply limit that leaves the calls no room in the context', () => {
    expect(() =>
      openAiSettings({
        OPENAI_API_KEY: 'k',
        OPENAI_CONTEXT_TOKENS: '2048',
        OPENAI_MAX_OUTPUT_TOKENS: '1500',
      }),
    ).toThrow(
      'OPENAI_MAX_OUTPUT_TOKENS: must be under half of the context (2048 tokens, OPENAI_CONTEXT_TOKENS)',
    );
  });
});
