/**
 * Cost of tracing per answer: two `gong-worker worker` processes, one with tracing off and one
 * exporting every span to a real Jaeger over OTLP/HTTP, answer alternately against the Gong
 * simulator at 150 ms per request (BENCH_GONG_LATENCY_MS). Prints answer latency (p50, mean) per
 * mode and each worker process's CPU time per answer (from /proc). Pacing is lifted
 * (GONG_MAX_REQUESTS_PER_SECOND=1000) so the pacer's slots do not hide the difference.
 * Run with `npm run bench:tracing` (BENCH_ANSWERS to change the load).
 */
import { randomUUID } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { answerQuestionAboutCustomerCall } from '../src/client';
import { createConnection } from '../src/connections/connection';
import { createConnectionStore } from '../src/adapters/files/file-connection-store';
import { createDataSet, DEFAULT_SIM_ACCOUNT, startGongSimulator } from '../tools/simulator';
import { findTemporalCli, startDevServer } from '../tools/temporal-server';
import { findJaeger, startJaeger } from '../tools/jaeger';
import { startWorkerProcess, type WorkerProcess } from '../test/support/worker-process';

const answers = Number(process.env.BENCH_ANSWERS ?? 20);
const gongLatencyMs = Number(process.env.BENCH_GONG_LATENCY_MS ?? 150);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** User plus system CPU time of a process so far, in milliseconds (Linux /proc). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at ") ".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

const cli = await findTemporalCli();
const server = await startDevServer({ cliPath: cli.path, uiPort: null });
const jaeger = await startJaeger(await findJaeger((line) => console.log(line)));
const simulator = await startGongSimulator({
  requestsPerSecond: 1000,
  latencyMs: gongLatencyMs,
  dataSet: createDataSet({ seed: 7, now: new Date(), callCount: 300, lookbackDays: 120 }),
});
const dir = await mkdtemp(join(tmpdir(), 'bench-tracing-'));
const workers: WorkerProcess[] = [];
const clientConnection = await Connection.connect({ address: server.address });
try {
  await createConnectionStore({ directory: dir }).save(
    createConnection('bench', {
      baseUrl: 'https://us-00000.api.gong.io',
      accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
      accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
    }),
  );
  const base = {
    TEMPORAL_ADDRESS: server.address,
    GONG_CONNECTIONS_DIR: dir,
    GONG_SIMULATOR_URL: simulator.url,
    GONG_MAX_REQUESTS_PER_SECOND: '1000',
  };
  const modes = [
    { name: 'off', env: {} as Record<string, string> },
    {
      name: 'on',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint, OTEL_SERVICE_NAME: 'bench-tracing' },
    },
  ].map((mode) => ({
    ...mode,
    taskQueue: `bench-tracing-${mode.name}-${randomUUID()}`,
    latencies: [] as number[],
  }));
  for (const mode of modes) {
    workers.push(await startWorkerProcess({ ...base, ...mode.env, TEMPORAL_TASK_QUEUE: mode.taskQueue }));
  }
  const client = new Client({ connection: clientConnection });
  const customers = simulator.dataSet.companies.map((company) => company.name);
  const cpuBefore: number[] = [];
  for (let i = -2; i < answers; i += 1) {
    if (i === 0) for (const worker of workers) cpuBefore.push(await cpuMs(worker.child.pid ?? 0));
    const customerName = customers[Math.max(0, i) % customers.length] ?? 'Acme';
    // Alternating order, so neither mode always runs first on a warm cache.
    const order = i % 2 === 0 ? modes : [...modes].reverse();
    for (const mode of order) {
      const started = performance.now();
      await answerQuestionAboutCustomerCall(
        client,
        { connectionId: 'bench', customerName, question: 'What did they say about pricing?' },
        { taskQueue: mode.taskQueue },
      );
      if (i >= 0) mode.latencies.push(performance.now() - started);
    }
  }
  const cpuAfter = await Promise.all(workers.map((worker) => cpuMs(worker.child.pid ?? 0)));
  console.log(
    `tracing per answer, ${answers} answers each, Gong simulator at ${gongLatencyMs} ms per request, spans to Jaeger:`,
  );
  const rows = modes.map((mode, index) => {
    const sorted = [...mode.latencies].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    const cpu = ((cpuAfter[index] ?? 0) - (cpuBefore[index] ?? 0)) / answers;
    console.log(
      `  tracing ${mode.name.padEnd(3)}  p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms  mean ${mean.toFixed(0).padStart(5)} ms  ` +
        `p95 ${percentile(sorted, 95).toFixed(0).padStart(5)} ms  worker CPU ${cpu.toFixed(1)} ms per answer`,
    );
    return { p50: percentile(sorted, 50), mean, cpu };
  });
  const [off, on] = rows;
  if (off && on) {
    console.log(
      `  difference: p50 ${(((on.p50 - off.p50) / off.p50) * 100).toFixed(1)}%, mean ${(((on.mean - off.mean) / off.mean) * 100).toFixed(1)}%, ` +
        `worker CPU ${(((on.cpu - off.cpu) / off.cpu) * 100).toFixed(1)}%`,
    );
  }
} finally {
  await Promise.all(workers.map((worker) => worker.kill()));
  await clientConnection.close();
  await simulator.stop();
  await jaeger.stop();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
