/**
 * Benchmark of answering with a real local model: llama-cpp-python's server with
 * SmolLM2-135M-Instruct (provisioned like `npm run test:model`, on loopback), a real dev server and
 * the Gong simulator. Asks the same questions with the model and without one (the extractive
 * answerer) and prints, per answer, latency, the model's prompt and reply tokens, who answered and
 * the Gong requests; then the Gong requests per answer with and without the model. Run with
 * `npm run bench:model` (BENCH_MODEL_ANSWERS, default 3; OPENAI_TIMEOUT_MS, default 60000).
 */
import { randomUUID } from 'node:crypto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { Answer, Answerer } from '../src/answering';
import { chooseAnswerer } from '../src/app/choose-answerer';
import { answerQuestionAboutCustomerCall } from '../src/client';
import { createGongWorker } from '../src/worker';
import { provisionModelServer, SERVED_MODEL, startModelServer } from '../tools/model-server/model-server';
import { openAiSettings } from '../test/support/model-options';
import { startBenchStack } from './bench-stack';

const ANSWERS = Number(process.env.BENCH_MODEL_ANSWERS ?? 3);
const QUESTIONS = [
  'What did they say about pricing?',
  'What are their security requirements?',
  'What are the next steps?',
];

/** An answerer that keeps each answer, to read the model's token counts. */
function recording(answerer: Answerer, answers: Answer[]): Answerer {
  return {
    async answer(...args) {
      const answer = await answerer.answer(...args);
      answers.push(answer);
      return answer;
    },
  };
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const model = await startModelServer(await provisionModelServer());
  const { simulator, deps, client, workerConnection, customers, stop } = await startBenchStack(1000);
  const modelOptions = openAiSettings({
    OPENAI_API_KEY: 'local',
    OPENAI_BASE_URL: model.baseUrl,
    OPENAI_MODEL: SERVED_MODEL,
    OPENAI_TIMEOUT_MS: process.env.OPENAI_TIMEOUT_MS ?? '60000',
  });
  const adaptations: string[] = [];
  const answers: Answer[] = [];
  const withModel = recording(
    chooseAnswerer(modelOptions, { maxRetryAfterSeconds: 120, warn: (m) => adaptations.push(m) }),
    answers,
  );

  /** Asks every question with `answerer`; returns latency and Gong requests per answer. */
  async function run(answerer: Answerer) {
    const taskQueue = `bench-model-${randomUUID()}`;
    const worker = await createGongWorker({
      connection: workerConnection,
      taskQueue,
      deps: { ...deps, answerer },
    });
    const rows: { customer: string; question: string; ms: number; requests: number; answeredBy: string }[] =
      [];
    await worker.runUntil(async () => {
      for (let i = 0; i < ANSWERS; i += 1) {
        const customer = customers[i % customers.length] ?? 'Acme';
        const question = QUESTIONS[i % QUESTIONS.length] ?? 'Pricing?';
        const before = simulator.requests.length;
        const started = performance.now();
        const result = await answerQuestionAboutCustomerCall(
          client,
          { connectionId: 'bench', customerName: customer, question },
          { taskQueue },
        );
        rows.push({
          customer,
          question,
          ms: performance.now() - started,
          requests: simulator.requests.length - before,
          answeredBy: result.modelError ? `extractive (${result.modelError.kind})` : result.answeredBy,
        });
      }
    });
    return rows;
  }

  const without = await run(chooseAnswerer(null, { maxRetryAfterSeconds: 120 }));
  const withRows = await run(withModel);

  console.log(
    `Answers with ${SERVED_MODEL} on llama-cpp-python (1 thread, n_ctx 2048), 1000 simulated calls`,
  );
  withRows.forEach((row, i) => {
    const usage = answers[i]?.usage;
    const tokens = usage
      ? `${usage.promptTokens} prompt + ${usage.completionTokens} reply tokens`
      : 'no token counts';
    console.log(
      `  ${row.customer.padEnd(24)} ${(row.ms / 1000).toFixed(1).padStart(6)} s  ${tokens.padEnd(32)} ` +
        `${row.requests} Gong requests (${without[i]?.requests ?? '?'} without a model, ${((without[i]?.ms ?? 0) / 1000).toFixed(1)} s)  by ${row.answeredBy}`,
    );
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const counted = answers.flatMap((a) => (a.usage ? [a.usage] : []));
  const mean = (values: number[]) => (values.length === 0 ? NaN : sum(values) / values.length);
  const modelSeconds = sum(withRows.map((r) => r.ms)) / 1000;
  console.log(
    `mean latency ${(modelSeconds / withRows.length).toFixed(1)} s with the model, ` +
      `${(sum(without.map((r) => r.ms)) / without.length / 1000).toFixed(1)} s without; ` +
      `mean ${mean(counted.map((u) => u.promptTokens)).toFixed(0)} prompt and ` +
      `${mean(counted.map((u) => u.completionTokens)).toFixed(0)} reply tokens per model answer (${counted.length} of ${answers.length} by the model)`,
  );
  console.log(
    `Gong requests per answer: ${withRows.map((r) => r.requests).join(', ')} with the model, ` +
      `${without.map((r) => r.requests).join(', ')} without`,
  );
  if (adaptations.length > 0) console.log(`adapted to the server: ${adaptations.join('; ')}`);

  await stop();
  await model.stop();
}

await main();
