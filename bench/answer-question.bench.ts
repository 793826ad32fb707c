/**
 * Benchmark of the flagship workflow on a real dev server and the Gong simulator at Gong's own
 * rate limit (3 requests/s). Prints latency per answer, Gong requests per answer, history size and
 * the worker's memory. Run with `npm run bench` (BENCH_CALLS, BENCH_ANSWERS to change the load).
 */
import { randomUUID } from 'node:crypto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { answerQuestionAboutCustomerCall } from '../src/client';
import { createGongWorker } from '../src/worker';
import { startBenchStack } from './bench-stack';

const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 10);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const { simulator, deps, client, workerConnection, customers, stop } = await startBenchStack(CALLS);
  const taskQueue = `bench-${randomUUID()}`;
  const worker = await createGongWorker({ connection: workerConnection, taskQueue, deps });

  const rows: {
    customer: string;
    ms: number;
    requests: number;
    events: number;
    historyBytes: number;
    matched: number;
  }[] = [];
  await worker.runUntil(async () => {
    for (let i = 0; i < ANSWERS; i += 1) {
      const customer = customers[i % customers.length] ?? 'Acme';
      const before = simulator.requests.length;
      const started = performance.now();
      const workflowId = `bench-${i}-${randomUUID()}`;
      const result = await answerQuestionAboutCustomerCall(
        client,
        { connectionId: 'bench', customerName: customer, question: 'What did they say about pricing?' },
        { taskQueue, workflowId },
      );
      const ms = performance.now() - started;
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      rows.push({
        customer,
        ms,
        requests: simulator.requests.length - before,
        events: history.events?.length ?? 0,
        historyBytes: JSON.stringify(history).length,
        matched: result.matchedCallCount,
      });
    }
  });

  const latencies = rows.map((r) => r.ms).sort((a, b) => a - b);
  const memory = process.memoryUsage();
  console.log(
    `answerQuestionAboutCustomerCall: ${ANSWERS} answers over ${CALLS} simulated calls (120 days), Gong limit 3 req/s`,
  );
  for (const r of rows) {
    console.log(
      `  ${r.customer.padEnd(28)} ${r.ms.toFixed(0).padStart(6)} ms  ${String(r.requests).padStart(3)} Gong requests  ` +
        `${String(r.matched).padStart(3)} matched  ${r.events} history events  ${(r.historyBytes / 1024).toFixed(1)} KiB history`,
    );
  }
  console.log(
    `latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`,
  );
  console.log(
    `Gong requests per answer: ${[...new Set(rows.map((r) => r.requests))].join(', ')} (any 429 included)`,
  );
  console.log(
    `history per run: max ${Math.max(...rows.map((r) => r.events))} events, max ${(Math.max(...rows.map((r) => r.historyBytes)) / 1024).toFixed(1)} KiB`,
  );
  console.log(
    `process memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );

  await stop();
}

await main();
