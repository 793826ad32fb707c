import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import {
  createOpenAiAnswerer,
  createOpenAiClient,
  type OpenAiAnswererOptions,
} from '../../src/adapters/openai';
import { type Answerer } from '../../src/answering';
import {
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type RecordedResponse,
} from '../support/fake-openai-server';
import { testModelOptions } from '../support/model-options';
import { acmeCalls } from './call-fixtures';

/**
 * Replays what llama-cpp-python's server with SmolLM2-135M-Instruct answered to the answerer's
 * requests (recorded by test/answering/recordings/record.ts), through a local HTTP server.
 * `acmeCalls` are numbered 1 c-kickoff, 2 c-qbr, 3 c-security, as when recorded.
 */
function recording(name: string): { recorded: RecordedResponse } {
  const file = join(import.meta.dirname, 'recordings', `${name}.json`);
  const { response } = JSON.parse(readFileSync(file, 'utf8')) as { response: RecordedResponse };
  return { recorded: response };
}

const QUESTION = 'What does Acme need to renew?';
let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});

afterEach(async () => {
  await server.stop();
});

function answererWith(options: Partial<OpenAiAnswererOptions> = {}): Answerer {
  const client = createOpenAiClient(testModelOptions(server.baseUrl));
  return createOpenAiAnswerer({ client, model: 'SmolLM2-135M-Instruct', contextTokens: 2048, ...options });
}

interface SentBody {
  response_format?: { type: string; schema?: unknown };
  tools?: unknown[];
  tool_choice?: unknown;
  messages: { role: string; content: string }[];
}

function sent(index: number): SentBody {
  return server.requests[index]?.body as SentBody;
}

/**
 * What the recorded valid replies come to: two claims citing calls 3 and 2, which state neither
 * ("The report must be submitted by 9/15/2027", a date no call gives; "a compliance document that
 * requires them to meet specific requirements", words they do not use), so the reply, read and
 * mapped to the calls, is a bad reply that is not retried.
 */
const RECORDED_CLAIMS_UNSTATED = {
  kind: 'model_bad_reply',
  transient: false,
  message: expect.stringContaining('not stated by the calls they cite') as string,
};

/** Awaits a rejection and returns the error, so its fields can be checked. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected the answer to fail'),
    (error: unknown) => error,
  );
}

describe('llama-cpp-python, replayed: auto structured output', () => {
  it('falls back to json_object with the schema when the server rejects json_schema with HTTP 500, and remembers it', async () => {
    server.enqueue(recording('json-schema-rejected'));
    server.enqueue(recording('json-object-answer'));
    server.enqueue(recording('json-object-answer'));
    const answerer = answererWith();

    const first = await rejection(answerer.answer(QUESTION, acmeCalls));
    const second = await rejection(answerer.answer(QUESTION, acmeCalls));

    expect(first).toMatchObject(RECORDED_CLAIMS_UNSTATED);
    expect(second).toMatchObject(RECORDED_CLAIMS_UNSTATED);
    expect(server.requests).toHaveLength(3);
    expect(sent(0).response_format?.type).toBe('json_schema');
    expect(sent(1).response_format).toMatchObject({
      type: 'json_object',
      schema: { required: ['answered', 'answer', 'claims'] },
    });
    expect(sent(2).response_format?.type).toBe('json_object');
  });

  it('falls back to a forced tool call when json_object is refused too', async () => {
    server.enqueue(recording('json-schema-rejected'));
    server.enqueue({
      status: 400,
      error: {
        message:
          "Invalid parameter: 'response_format' of type 'json_object' is not supported with this model.",
        type: 'invalid_request_error',
        code: null,
      },
    });
    server.enqueue(recording('tools-answer'));

    const error = await rejection(answererWith().answer(QUESTION, acmeCalls));

    expect(error).toMatchObject(RECORDED_CLAIMS_UNSTATED);
    expect(sent(2).response_format).toBeUndefined();
    expect(sent(2).tool_choice).toEqual({ type: 'function', function: { name: 'call_answer' } });
  });

  it('falls back to the schema in the prompt when tools are refused too', async () => {
    server.enqueue(recording('json-schema-rejected'));
    server.enqueue({
      status: 422,
      error: { message: 'response_format is not supported', type: 'invalid_request_error', code: null },
    });
    server.enqueue({
      status: 400,
      error: { message: 'tools are not supported by this model', type: 'invalid_request_error', code: null },
    });

    await answererWith().answer(QUESTION, acmeCalls);

    expect(server.requests).toHaveLength(4);
    expect(sent(3).tools).toBeUndefined();
    expect(sent(3).response_format).toBeUndefined();
    expect(sent(3).messages[0]?.content).toContain('Reply with one JSON object and nothing else');
  });

  it('never retries a rejection as is when the mode is fixed', async () => {
    server.enqueue(recording('json-schema-rejected'));

    const error = await answererWith({ structuredOutput: 'json_schema' })
      .answer(QUESTION, acmeCalls)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'model_rejected_request', transient: false });
    expect((error as Error).message).toContain("Input should be 'text' or 'json_object'");
    expect(server.requests).toHaveLength(1);
  });
});

describe('llama-cpp-python, replayed: each structured-output mode', () => {
  it('json_object: the grammar-constrained reply cites numbered calls', async () => {
    server.enqueue(recording('json-object-answer'));

    const error = await rejection(
      answererWith({ structuredOutput: 'json_object' }).answer(QUESTION, acmeCalls),
    );

    expect(error).toMatchObject({
      ...RECORDED_CLAIMS_UNSTATED,
      usage: { promptTokens: 649, completionTokens: 132 },
    });
  });

  it("tools: the forced tool call's arguments are the answer", async () => {
    server.enqueue(recording('tools-answer'));

    const error = await rejection(answererWith({ structuredOutput: 'tools' }).answer(QUESTION, acmeCalls));

    expect(error).toMatchObject(RECORDED_CLAIMS_UNSTATED);
    expect(sent(0).tools).toHaveLength(1);
  });

  it('prompt: a small model answering in prose instead of JSON is a retryable bad reply', async () => {
    server.enqueue(recording('prompt-answer'));

    const error = await answererWith({ structuredOutput: 'prompt' })
      .answer(QUESTION, acmeCalls)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'model_bad_reply', transient: true });
  });

  it('prompt: the run still answers, by quoting the calls, when every attempt is prose', async () => {
    server.setDefault(() => recording('prompt-answer'));
    const answerer = chooseAnswerer(
      testModelOptions(server.baseUrl, { structuredOutput: 'prompt', contextTokens: 2048 }),
      { maxRetryAfterSeconds: 120 },
    );

    const result = await answerer.answer('What discount did Acme ask for?', acmeCalls);

    expect(result).toMatchObject({ answeredBy: 'extractive', modelError: { kind: 'model_bad_reply' } });
    expect(result.answer).toContain('15% discount');
    expect(server.requests).toHaveLength(3);
  });
});

describe('llama-cpp-python, replayed: limits', () => {
  it('asks once for a shorter answer after a reply cut at max_tokens (finish_reason length)', async () => {
    server.enqueue(recording('json-object-cut-at-limit'));
    server.enqueue(recording('json-object-answer'));

    const error = await rejection(
      answererWith({ structuredOutput: 'json_object' }).answer(QUESTION, acmeCalls),
    );

    expect(error).toMatchObject(RECORDED_CLAIMS_UNSTATED);
    expect(server.requests).toHaveLength(2);
    expect(sent(1).messages[0]?.content).toContain('Answer in at most three short sentences');
  });

  it('fits the prompt to the 2048 tokens context_length_exceeded names, then reads the reply', async () => {
    server.enqueue(recording('context-length-exceeded'));
    server.enqueue(recording('json-object-answer'));
    const answerer = answererWith({ structuredOutput: 'json_object', contextTokens: 128_000 });

    const error = await rejection(answerer.answer(QUESTION, acmeCalls));

    expect(error).toMatchObject(RECORDED_CLAIMS_UNSTATED);
    expect(server.requests).toHaveLength(2);
    const secondChars = sent(1)
      .messages.map((m) => m.content)
      .join('').length;
    expect(secondChars).toBeLessThanOrEqual((2048 - 800) * 3);
  });

  it('drops the ids a small model makes up, and answers by quoting the calls when nothing valid is left', async () => {
    server.enqueue(recording('json-object-made-up-ids'));
    const answerer = chooseAnswerer(
      testModelOptions(server.baseUrl, { structuredOutput: 'json_object', contextTokens: 2048 }),
      {
        maxRetryAfterSeconds: 120,
      },
    );

    const result = await answerer.answer('What discount did Acme ask for?', acmeCalls);

    expect(result).toMatchObject({
      answeredBy: 'extractive',
      modelError: { kind: 'model_bad_reply', message: expect.stringContaining('acm_report') as string },
    });
    expect(result.citedCallIds.every((id) => acmeCalls.some((call) => call.callId === id))).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("answers by quoting the calls, never with the small model's claims, when the calls it cites state none of them", async () => {
    server.enqueue(recording('json-object-answer'));
    const answerer = chooseAnswerer(
      testModelOptions(server.baseUrl, { structuredOutput: 'json_object', contextTokens: 2048 }),
      { maxRetryAfterSeconds: 120 },
    );

    const result = await answerer.answer('What discount did Acme ask for?', acmeCalls);

    expect(result).toMatchObject({
      answeredBy: 'extractive',
      modelError: { kind: 'model_bad_reply', message: RECORDED_CLAIMS_UNSTATED.message },
    });
    expect(result.answer).not.toContain('9/15/2027');
    expect(result.answer).toContain('15% discount');
    expect(server.requests).toHaveLength(1);
  });
});
