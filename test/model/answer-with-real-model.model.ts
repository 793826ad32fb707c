import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { ACME_QUESTION, acmeStory } from './acme-story';
import { openAiSettings } from '../support/model-options';
import {
  provisionModelServer,
  SERVED_MODEL,
  startModelServer,
  type RunningModelServer,
} from '../../tools/model-server/model-server';

let h: GongHarness;
let server: RunningModelServer;

beforeAll(async () => {
  server = await startModelServer(await provisionModelServer());
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = acmeStory();
}, 120 * 60_000);

afterAll(async () => {
  await server?.stop();
  await h?.close();
});

/** Asks the question through a worker answering with `env`'s model (the extractive answerer without one). */
function ask(env: Record<string, string>) {
  const answerer = chooseAnswerer(openAiSettings(env), { maxRetryAfterSeconds: 120, warn: console.log });
  return h.withWorker(
    (taskQueue) =>
      answerQuestionAboutCustomerCall(
        h.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question: ACME_QUESTION },
        { taskQueue },
      ),
    { answerer },
  );
}

it(
  "answers with llama-cpp-python's server in the default configuration, citing only analyzed calls, with no extra Gong request",
  async () => {
    h.simulator.clearRequests();
    await ask({});
    const withoutModel = h.simulator.requests.length;
    h.simulator.clearRequests();

    const started = performance.now();
    const result = await ask({
      OPENAI_API_KEY: 'local',
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_MODEL: SERVED_MODEL,
    });
    const latencyMs = Math.round(performance.now() - started);

    console.log(`[model] answer in ${latencyMs} ms by ${result.answeredBy}: ${result.answer}`);
    console.log(
      `[model] Gong requests: ${h.simulator.requests.length} with the model, ${withoutModel} without`,
    );
    expect(result.status).toBe('answered');
    // By the model, or, when the calls do not state its claims (a 135M model's usually: it cites
    // the wrong call or makes words up), by quoting the calls and saying why.
    const outcome = {
      answeredBy: result.answeredBy,
      model: result.model,
      modelError: result.modelError?.kind,
    };
    expect([
      { answeredBy: 'openai', model: SERVED_MODEL, modelError: undefined },
      { answeredBy: 'extractive', model: undefined, modelError: 'model_bad_reply' },
    ]).toContainEqual(outcome);
    expect(result.citations.length).toBeGreaterThan(0);
    const analyzed = new Set(result.callsAnalyzed.map((call) => call.callId));
    expect(result.citations.every((call) => analyzed.has(call.callId))).toBe(true);
    expect(h.simulator.requests.length).toBeLessThanOrEqual(withoutModel);
  },
  30 * 60_000,
);
