import { parseSettings } from '../../src/config/settings';
import type { ModelOptions } from '../../src/answering';

/** Model options for a test server: the defaults a worker would use, with `overrides`. */
export function testModelOptions(baseUrl: string, overrides: Partial<ModelOptions> = {}): ModelOptions {
  return {
    apiKey: 'sk-test-not-real',
    baseUrl,
    model: 'gpt-4o-mini',
    organization: null,
    project: null,
    structuredOutput: 'auto',
    maxOutputTokens: 800,
    timeoutMs: 10_000,
    contextTokens: 128_000,
    fallback: 'extractive',
    ...overrides,
  };
}

/** The model settings `env` gives, parsed as the worker parses them (null without a key). */
export function openAiSettings(env: Record<string, string>): ModelOptions | null {
  return parseSettings(env, ['openai']).openai;
}
