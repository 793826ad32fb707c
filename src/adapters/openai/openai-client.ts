import OpenAI from 'openai';
import { guardedOpenAiFetch } from './guarded-fetch';
import type { ModelOptions } from '../../answering/model-options';

/**
 * Builds the OpenAI client for `options`. The SDK does not retry (`maxRetries: 0`): the answerer
 * retries itself, reusing the calls already read. A request is abandoned after `timeoutMs`. Answers
 * are read with a size limit and the key is removed from them (see `guardedOpenAiFetch`).
 */
export function createOpenAiClient(
  options: Pick<ModelOptions, 'apiKey' | 'baseUrl' | 'organization' | 'project' | 'timeoutMs'>,
): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    // Explicit nulls stop the SDK from reading process.env behind the caller's back.
    baseURL: options.baseUrl,
    organization: options.organization,
    project: options.project,
    adminAPIKey: null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    fetch: guardedOpenAiFetch({ apiKey: options.apiKey }),
  });
}
