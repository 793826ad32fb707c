/**
 * Cost of payload encryption per answer, codec off vs on, on a real dev server and the Gong
 * simulator (no pacing, so Temporal and the codec dominate). Prints end-to-end latency, the bytes
 * of payloads stored per run, and the codec's own CPU time for one answer's payloads.
 * Run with `npx tsx bench/codec.bench.ts` (BENCH_ANSWERS, BENCH_CALLS to change the load), or
 * call {@link measureCodecCost} from another benchmark.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { createExtractiveAnswerer } from '../src/answering';
import { answerQuestionAboutCustomerCall } from '../src/client';
import {
  createEncryptionCodec,
  encryptingDataConverter,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
} from '../src/adapters/codec';
import { createConnection } from '../src/connections/connection';
import { createConnectionStore } from '../src/adapters/files/file-connection-store';
import { routeToSimulator } from '../src/app/simulator-route';
import { createDataSet, DEFAULT_SIM_ACCOUNT, startGongSimulator } from '../tools/simulator';
import { findTemporalCli, startDevServer } from '../tools/temporal-server';
import { createGongWorker } from '../src/worker';

/** Figures of one mode (codec off or on). */
export interface CodecModeFigures {
  answers: number;
  p50Ms: number;
  meanMs: number;
  /** Bytes of all payloads (metadata and data) stored in one run's history, mean. */
  payloadBytesPerRun: number;
  payloadsPerRun: number;
}

/** What {@link measureCodecCost} measured. */
export interface CodecCostFigures {
  off: CodecModeFigures;
  on: CodecModeFigures;
  /** CPU time to encrypt, and to decrypt, every payload of one answer run, in microseconds. */
  encryptMicrosPerAnswer: number;
  decryptMicrosPerAnswer: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function payloadsOf(value: unknown): Payload[] {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return [];
  const { data, metadata } = value as { data?: unknown; metadata?: unknown };
  if (data instanceof Uint8Array && typeof metadata === 'object' && metadata !== null)
    return [value as Payload];
  return Object.values(value).flatMap(payloadsOf);
}

const payloadBytes = (p: Payload) =>
  (p.data?.length ?? 0) +
  Object.entries(p.metadata ?? {}).reduce((sum, [key, v]) => sum + key.length + (v?.length ?? 0), 0);

/** Runs `answers` answers with the codec off, then on, and times the codec on one run's payloads. */
export async function measureCodecCost(answers = 10, calls = 1000): Promise<CodecCostFigures> {
  const cli = await findTemporalCli();
  const server = await startDevServer({ cliPath: cli.path, uiPort: null });
  const simulator = await startGongSimulator({
    requestsPerSecond: 1000,
    dataSet: createDataSet({ seed: 7, now: new Date(), callCount: calls, lookbackDays: 120 }),
  });
  const dir = await mkdtemp(join(tmpdir(), 'bench-codec-'));
  const workerConnection = await NativeConnection.connect({ address: server.address });
  const clientConnection = await Connection.connect({ address: server.address });
  const rawClient = new Client({ connection: clientConnection });
  try {
    const connections = createConnectionStore({ directory: dir });
    await connections.save(
      createConnection('bench', {
        baseUrl: 'https://us-00000.api.gong.io',
        accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
        accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
      }),
    );
    const deps = {
      connections,
      fetch: routeToSimulator(
        simulator.url,
        (input, init) => fetch(input, init),
        () => undefined,
      ),
      answerer: createExtractiveAnswerer(),
      now: () => new Date(),
    };
    const customers = simulator.dataSet.companies.map((company) => company.name);
    const keys = parseEncryptionKeys(generateEncryptionKeyEntry('bench'));

    const modes = await Promise.all(
      [undefined, encryptingDataConverter(keys)].map(async (dataConverter) => {
        const taskQueue = `bench-codec-${randomUUID()}`;
        return {
          taskQueue,
          client: new Client({ connection: clientConnection, ...(dataConverter ? { dataConverter } : {}) }),
          worker: await createGongWorker({ connection: workerConnection, taskQueue, deps, dataConverter }),
          rows: [] as { ms: number; payloads: Payload[] }[],
        };
      }),
    );
    const answerOnce = async (mode: (typeof modes)[number], customerName: string, measured: boolean) => {
      const workflowId = `bench-codec-${randomUUID()}`;
      const started = performance.now();
      await answerQuestionAboutCustomerCall(
        mode.client,
        { connectionId: 'bench', customerName, question: 'What did they say about pricing?' },
        { taskQueue: mode.taskQueue, workflowId },
      );
      const ms = performance.now() - started;
      const history = await rawClient.workflow.getHandle(workflowId).fetchHistory();
      if (measured) mode.rows.push({ ms, payloads: payloadsOf(history) });
    };
    // Both workers run at once and the answers alternate, so warm-up and load hit both modes alike.
    const loop = (async () => {
      for (let i = -1; i < answers; i += 1) {
        const customer = customers[Math.max(0, i) % customers.length] ?? 'Acme';
        const order = i % 2 === 0 ? modes : [...modes].reverse();
        for (const mode of order) await answerOnce(mode, customer, i >= 0);
      }
    })();
    await Promise.all(modes.map((mode) => mode.worker.runUntil(loop)));
    const figuresOf = (rows: { ms: number; payloads: Payload[] }[]): CodecModeFigures => {
      const latencies = rows.map((r) => r.ms).sort((a, b) => a - b);
      return {
        answers: rows.length,
        p50Ms: percentile(latencies, 50),
        meanMs: latencies.reduce((a, b) => a + b, 0) / latencies.length,
        payloadBytesPerRun:
          rows.reduce((sum, r) => sum + r.payloads.reduce((s, p) => s + payloadBytes(p), 0), 0) / rows.length,
        payloadsPerRun: rows.reduce((sum, r) => sum + r.payloads.length, 0) / rows.length,
      };
    };
    const [offMode, onMode] = modes;
    const off = { figures: figuresOf(offMode?.rows ?? []), plainPayloads: offMode?.rows[0]?.payloads ?? [] };
    const on = { figures: figuresOf(onMode?.rows ?? []) };

    // The codec alone, on the payloads of one real answer run, averaged over many repetitions.
    const codec = createEncryptionCodec(keys);
    const repetitions = 200;
    let sealed: Payload[] = [];
    let t = performance.now();
    for (let i = 0; i < repetitions; i += 1) sealed = await codec.encode(off.plainPayloads);
    const encryptMicros = ((performance.now() - t) * 1000) / repetitions;
    t = performance.now();
    for (let i = 0; i < repetitions; i += 1) await codec.decode(sealed);
    const decryptMicros = ((performance.now() - t) * 1000) / repetitions;

    return {
      off: off.figures,
      on: on.figures,
      encryptMicrosPerAnswer: encryptMicros,
      decryptMicrosPerAnswer: decryptMicros,
    };
  } finally {
    await clientConnection.close();
    await workerConnection.close();
    await simulator.stop();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The figures as lines, codec off and on side by side. */
export function formatCodecCost(figures: CodecCostFigures): string[] {
  const { off, on } = figures;
  const row = (name: string, m: CodecModeFigures) =>
    `  codec ${name.padEnd(3)}  p50 ${m.p50Ms.toFixed(0).padStart(5)} ms  mean ${m.meanMs.toFixed(0).padStart(5)} ms  ` +
    `${m.payloadsPerRun.toFixed(0)} payloads, ${(m.payloadBytesPerRun / 1024).toFixed(1)} KiB per run`;
  return [
    `payload encryption (AES-256-GCM) per answer, ${off.answers} answers each:`,
    row('off', off),
    row('on', on),
    `  difference: p50 ${(on.p50Ms - off.p50Ms).toFixed(0)} ms, payload bytes +${(((on.payloadBytesPerRun - off.payloadBytesPerRun) / off.payloadBytesPerRun) * 100).toFixed(0)}%`,
    `  codec CPU per answer: encrypt ${figures.encryptMicrosPerAnswer.toFixed(0)} µs, decrypt ${figures.decryptMicrosPerAnswer.toFixed(0)} µs`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const figures = await measureCodecCost(
    Number(process.env.BENCH_ANSWERS ?? 10),
    Number(process.env.BENCH_CALLS ?? 1000),
  );
  for (const line of formatCodecCost(figures)) console.log(line);
}
