import { describe, expect, it } from 'vitest';
import {
  ANSWERING_ACTIVITY_TIMEOUT_MS,
  createExtractiveAnswerer,
  MAX_MODEL_TIME_BUDGET_MS,
  ModelError,
  modelTimeBudgetMs,
  type Answer,
  type Answerer,
} from '../../src/answering';
import { withModelFallback } from '../../src/adapters/openai';
import { acmeCalls } from './call-fixtures';

/** A model that fails with `failures` in turn, then answers citing the first call. */
function scriptedModel(failures: ModelError[]): Answerer & { attempts: number } {
  const model = {
    attempts: 0,
    answer(): Promise<Answer> {
      const failure = failures[model.attempts];
      model.attempts += 1;
      if (failure) return Promise.reject(failure);
      return Promise.resolve({
        answer: 'Model answer [1].',
        citedCallIds: ['c-kickoff'],
        answeredBy: 'openai',
        model: 'm',
      });
    },
  };
  return model;
}

const waits: number[] = [];
function options(overrides: Partial<Parameters<typeof withModelFallback>[1]> = {}) {
  return {
    fallbackAnswerer: createExtractiveAnswerer(),
    fallback: 'extractive' as const,
    maxRetryAfterSeconds: 120,
    attemptTimeoutMs: 60_000,
    timeBudgetMs: 20 * 60_000,
    sleep: (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...overrides,
  };
}

const unavailable = () =>
  new ModelError('model_unavailable', 'The model server answered HTTP 503: busy', true);

describe('the model with its fallback', () => {
  it('retries a transient failure in place with backoff and answers with the model', async () => {
    waits.length = 0;
    const model = scriptedModel([unavailable(), unavailable()]);

    const result = await withModelFallback(model, options()).answer('pricing?', acmeCalls);

    expect(result.answeredBy).toBe('openai');
    expect(model.attempts).toBe(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it("waits for the server's Retry-After between attempts", async () => {
    waits.length = 0;
    const limited = new ModelError('model_unavailable', 'rate limited', true, { retryAfterSeconds: 5 });

    await withModelFallback(scriptedModel([limited]), options()).answer('pricing?', acmeCalls);

    expect(waits).toEqual([5000]);
  });

  it('answers extractively, saying why, when the model keeps failing', async () => {
    const model = scriptedModel([unavailable(), unavailable(), unavailable()]);

    const result = await withModelFallback(model, options()).answer(
      'What discount did Acme ask for?',
      acmeCalls,
    );

    expect(model.attempts).toBe(3);
    expect(result).toMatchObject({
      answeredBy: 'extractive',
      modelError: { kind: 'model_unavailable', message: 'The model server answered HTTP 503: busy' },
    });
    expect(result.answer).toContain('15% discount');
  });

  it('quotes the calls at once, reporting the earlier failure, when the model already failed this answer', async () => {
    const model = scriptedModel([]);
    const failed = { kind: 'model_bad_reply' as const, message: 'The model cited no analyzed call.' };

    const result = await withModelFallback(model, options()).answer(
      'What discount did Acme ask for?',
      acmeCalls,
      undefined,
      undefined,
      { modelFailed: failed },
    );

    expect(model.attempts).toBe(0);
    expect(result).toMatchObject({ answeredBy: 'extractive', modelError: failed });
    expect(result.answer).toContain('15% discount');
  });

  it('counts the tokens of the replies the model failed with, also when the calls are quoted instead', async () => {
    const badReply = () =>
      new ModelError('model_bad_reply', 'The model cited none of the 3 analyzed calls', true, {
        usage: { promptTokens: 900, completionTokens: 40 },
      });
    const model = scriptedModel([badReply(), badReply(), badReply()]);

    const result = await withModelFallback(model, options()).answer('pricing?', acmeCalls);

    expect(result.answeredBy).toBe('extractive');
    expect(result.usage).toEqual({ promptTokens: 2700, completionTokens: 120 });
  });

  it("adds the failed replies' tokens to those of the answer the model then wrote", async () => {
    const cut = new ModelError('model_bad_reply', 'not JSON', true, {
      usage: { promptTokens: 900, completionTokens: 40 },
    });
    const model = scriptedModel([cut]);
    const answered = withModelFallback(
      {
        answer: async (...args) => ({
          ...(await model.answer(...args)),
          usage: { promptTokens: 950, completionTokens: 60 },
        }),
      },
      options(),
    );

    const result = await answered.answer('pricing?', acmeCalls);

    expect(result).toMatchObject({
      answeredBy: 'openai',
      usage: { promptTokens: 1850, completionTokens: 100 },
    });
  });

  it('does not retry what another attempt cannot fix', async () => {
    const model = scriptedModel([new ModelError('model_rejected_request', 'HTTP 401: bad key', false)]);

    const result = await withModelFallback(model, options()).answer('pricing?', acmeCalls);

    expect(model.attempts).toBe(1);
    expect(result.modelError?.kind).toBe('model_rejected_request');
  });

  it('stops retrying when another attempt would overrun the time budget', async () => {
    const model = scriptedModel([new ModelError('model_timeout', 'The model did not reply in time.', true)]);

    const result = await withModelFallback(
      model,
      options({ attemptTimeoutMs: 600_000, timeBudgetMs: 600_000 }),
    ).answer('pricing?', acmeCalls);

    expect(model.attempts).toBe(1);
    expect(result.modelError?.kind).toBe('model_timeout');
  });

  it('tries a timed-out model once more, not twice: the abandoned request may still hold the server', async () => {
    const timeout = () => new ModelError('model_timeout', 'The model did not reply in time.', true);
    const model = scriptedModel([timeout(), timeout(), timeout()]);

    const result = await withModelFallback(model, options()).answer('pricing?', acmeCalls);

    expect(model.attempts).toBe(2);
    expect(result.modelError?.kind).toBe('model_timeout');
  });

  it('does not wait for a Retry-After longer than the worker waits, and says so', async () => {
    const model = scriptedModel([
      new ModelError('model_unavailable', 'Quota exceeded.', true, { retryAfterSeconds: 86_400 }),
    ]);

    const result = await withModelFallback(model, options()).answer('pricing?', acmeCalls);

    expect(model.attempts).toBe(1);
    expect(result.modelError?.message).toContain(
      'asked to wait 86400 s (Retry-After), longer than the 120 s',
    );
  });

  it("abandons a model still working when the answer's time budget is spent, and quotes the calls", async () => {
    let aborted = false;
    const busy: Answerer = {
      answer: (_question, _calls, signal) =>
        new Promise<Answer>((_resolve, reject) => {
          signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('Request was aborted.'));
          });
        }),
    };
    const started = Date.now();

    const result = await withModelFallback(
      busy,
      options({ timeBudgetMs: 200, attemptTimeoutMs: 100 }),
    ).answer('What discount did Acme ask for?', acmeCalls);

    expect(Date.now() - started).toBeLessThan(2_000);
    expect(aborted).toBe(true);
    expect(result).toMatchObject({
      answeredBy: 'extractive',
      modelError: {
        kind: 'model_timeout',
        message:
          'The model did not answer within the 0.2 s this answer allows it (a budget derived from OPENAI_TIMEOUT_MS).',
      },
    });
    expect(result.answer).toContain('15% discount');
  });

  it("keeps the model within the answering activity's deadline, leaving time to quote the calls", async () => {
    const busy: Answerer = {
      answer: (_question, _calls, signal) =>
        new Promise<Answer>((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new Error('Request was aborted.')));
        }),
    };
    const started = Date.now();

    // 30.2 s before the deadline: 0.2 s for the model, 30 s kept to quote the calls.
    const result = await withModelFallback(busy, options()).answer(
      'What discount did Acme ask for?',
      acmeCalls,
      undefined,
      undefined,
      { deadlineMs: Date.now() + 30_200 },
    );

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({ answeredBy: 'extractive', modelError: { kind: 'model_timeout' } });
    expect(result.modelError?.message).toContain("what was left of the answering activity's timeout");
    expect(result.answer).toContain('15% discount');
  });

  it('fails with the model error when OPENAI_FALLBACK=fail', async () => {
    const model = scriptedModel([new ModelError('model_context_exceeded', 'too long', false)]);

    await expect(
      withModelFallback(model, options({ fallback: 'fail' })).answer('pricing?', acmeCalls),
    ).rejects.toMatchObject({
      kind: 'model_context_exceeded',
    });
  });
});

describe("the model's time budget for one answer", () => {
  it('is three times OPENAI_TIMEOUT_MS and the waits between the attempts', () => {
    expect(modelTimeBudgetMs(1_000)).toBe(6_000);
    expect(modelTimeBudgetMs(60_000)).toBe(183_000);
    expect(modelTimeBudgetMs(300_000)).toBe(903_000);
  });

  it('is at most 20 minutes, within the answering activity timeout with 10 minutes left to read the calls', () => {
    expect(modelTimeBudgetMs(600_000)).toBe(MAX_MODEL_TIME_BUDGET_MS);
    expect(MAX_MODEL_TIME_BUDGET_MS).toBe(20 * 60_000);
    expect(ANSWERING_ACTIVITY_TIMEOUT_MS - MAX_MODEL_TIME_BUDGET_MS).toBe(10 * 60_000);
  });
});
