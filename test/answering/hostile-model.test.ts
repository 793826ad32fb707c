import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiAnswerer, createOpenAiClient, withModelFallback } from '../../src/adapters/openai';
import { createExtractiveAnswerer, type Answerer } from '../../src/answering';
import type { StructuredOutputMode } from '../../src/answering/model-options';
import {
  INJECTED_STATEMENT,
  startHostileModelServer,
  type HostileModelServer,
} from '../support/hostile-model-server';
import { testModelOptions } from '../support/model-options';
import { acmeCalls } from './call-fixtures';

/** The Acme calls with the QBR numbered 1: the hostile server's claims cite call 1 and state what the QBR says. */
const calls = [...acmeCalls].sort((a, b) => Number(b.callId === 'c-qbr') - Number(a.callId === 'c-qbr'));

let server: HostileModelServer;

beforeEach(async () => {
  server = await startHostileModelServer();
});

afterEach(async () => {
  await server.stop();
});

/** The OpenAI answerer on the hostile server, retried in place with the extractive fallback (no waits). */
function answerer(openAi: ReturnType<typeof createOpenAiAnswerer> = modelOnly()): Answerer {
  return withModelFallback(openAi, {
    fallbackAnswerer: createExtractiveAnswerer(),
    fallback: 'extractive',
    maxRetryAfterSeconds: 120,
    attemptTimeoutMs: 10_000,
    timeBudgetMs: 120_000,
    sleep: () => Promise.resolve(),
  });
}

function modelOnly(): ReturnType<typeof createOpenAiAnswerer> {
  return createOpenAiAnswerer({ client: createOpenAiClient(testModelOptions(server.baseUrl)), model: 'm' });
}

/** How each request to the hostile server asked for JSON. */
function modesAsked(): StructuredOutputMode[] {
  return server.requests.map((request) => {
    const body = JSON.parse(request.body) as {
      response_format?: { type: StructuredOutputMode };
      tools?: unknown;
    };
    return body.response_format?.type ?? (body.tools ? 'tools' : 'prompt');
  });
}

const RESULT_LIMIT_BYTES = 64 * 1024;

describe('a model that obeyed instructions injected into the calls', () => {
  it("answers by quoting the calls, never with the model's uncited statement, after retrying a reply without claims", async () => {
    server.setDefault('uncited');

    const result = await answerer().answer('What did Acme agree to pay?', calls);

    expect(result).toMatchObject({ answeredBy: 'extractive', modelError: { kind: 'model_bad_reply' } });
    expect(result.answer).not.toContain('1,000,000');
    expect(server.requests).toHaveLength(3);
  });

  it('answers with the model once a retry brings cited claims', async () => {
    server.enqueue('uncited');

    const result = await answerer().answer('What did Acme agree to pay?', calls);

    expect(result).toMatchObject({ answeredBy: 'openai', citedCallIds: ['c-qbr'] });
    expect(result.answer).not.toContain(INJECTED_STATEMENT);
  });

  it("removes the [n] markers a claim's text carries, keeping only the markers of its real citations", async () => {
    server.enqueue('self-marked-claims');

    const result = await answerer().answer('What does Acme want?', calls);

    expect(result.answer).toBe('Acme asked for a 15% discount [1]. Renewal is due in March [1].');
  });
});

describe('a reply too large to be an answer', () => {
  it.each(['many-claims', 'huge-reply'] as const)(
    'answers by quoting the calls, in a result under 64 KB, after one model request (%s)',
    async (play) => {
      server.setDefault(play);

      const result = await answerer().answer('What does Acme want?', calls);

      expect(result).toMatchObject({ answeredBy: 'extractive', modelError: { kind: 'model_bad_reply' } });
      expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThan(RESULT_LIMIT_BYTES);
      expect(server.requests).toHaveLength(1);
    },
  );
});

describe('token counts that are not counts', () => {
  it.each(['-5', '1.5', '1e999', '18446744073709551616', '"NaN"', 'null'])(
    'answers with the model and reports no token usage when prompt_tokens is %s',
    async (promptTokens) => {
      server.enqueue({ usage: promptTokens });

      const result = await answerer().answer('What does Acme want?', calls);

      expect(result.answeredBy).toBe('openai');
      expect(result).not.toHaveProperty('usage');
    },
  );
});

describe('a redirect from the model server', () => {
  it.each([302, 307] as const)(
    'reaches no other origin and the calls are quoted instead (HTTP %i)',
    async (status) => {
      server.setDefault({ redirect: status });

      const result = await answerer().answer('What does Acme want?', calls);

      expect(server.elsewhere.requests).toHaveLength(0);
      expect(result).toMatchObject({
        answeredBy: 'extractive',
        modelError: {
          kind: 'model_rejected_request',
          message: expect.stringContaining('redirect') as string,
        },
      });
    },
  );
});

describe('replies the server cut', () => {
  it.each(['content-filter', 'length'] as const)(
    'keeps asking later answers as json_schema after a reply cut by %s',
    async (play) => {
      const model = answerer();
      server.enqueue(play, play);

      await model.answer('What does Acme want?', calls);
      server.requests.length = 0;
      await model.answer('What about security?', calls);

      expect(modesAsked()).toEqual(['json_schema']);
    },
  );

  it('keeps asking later answers as json_schema after three answers each had a reply cut by the content filter', async () => {
    const model = answerer();
    for (const question of ['pricing?', 'security?', 'timeline?']) {
      server.enqueue('content-filter');
      await model.answer(question, calls);
    }
    server.requests.length = 0;

    await model.answer('Who signs?', calls);

    expect(modesAsked()).toEqual(['json_schema']);
  });
});

describe('an error body that echoes the request', () => {
  it("keeps the status and leaves the calls' content out of the model error and its cause", async () => {
    server.setDefault('echo-error');

    const error = await modelOnly()
      .answer('What does Acme want?', calls)
      .then(
        () => expect.unreachable('expected the answer to fail'),
        (e: unknown) => e as Error,
      );

    expect(error.message).toContain('HTTP 400');
    const everything = JSON.stringify([error.message, error.cause, (error.cause as Error).message]);
    for (const content of ['Acme Corp. QBR', 'Usage grew 40% since the pilot', 'What does Acme want?']) {
      expect(everything).not.toContain(content);
    }
  });
});
