/**
 * Benchmark of answers on large Gong accounts: simulated accounts of 1,000 and 20,000 calls in 90
 * days, with customers who call daily, weekly, twice in 90 days and never. For each it prints the
 * Gong requests, the answer latency and the worker's RSS of a newest-first (sliced) answer and of
 * the full listing (`exhaustive: true`), and how many answers per day Gong's default quota of
 * 10,000 requests allows. The worker runs as its own process (`gong-worker worker`) at Gong's 3
 * requests per second, so its memory is measured apart from the simulator's data.
 *
 * Run with `npm run bench:large`. BENCH_SIZES (default `1000,20000`) picks the account sizes;
 * BENCH_EXHAUSTIVE=all lists the whole window for every customer, not only the daily one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { answerQuestionAboutCustomerCall } from '../src/client';
import { createConnection } from '../src/connections/connection';
import { createConnectionStore } from '../src/adapters/files/file-connection-store';
import type { AnswerQuestionResult } from '../src/api/answer-question';
import {
  createCadenceDataSet,
  DEFAULT_SIM_ACCOUNT,
  startGongSimulator,
  type CadenceCustomer,
  type GongSimulator,
} from '../tools/simulator';
import { findTemporalCli, startDevServer } from '../tools/temporal-server';

const SIZES = (process.env.BENCH_SIZES ?? '1000,20000').split(',').map(Number);
const EXHAUSTIVE_FOR_ALL = process.env.BENCH_EXHAUSTIVE === 'all';
const DAILY_QUOTA = 10_000;
const BIN = fileURLToPath(new URL('../bin/gong-worker.js', import.meta.url));

const CUSTOMERS: CadenceCustomer[] = [
  { company: 'Globex', cadence: 'daily' },
  { company: 'Initech', cadence: 'weekly' },
  { company: 'Hooli', cadence: 'twice' },
  { company: 'Pied Piper', cadence: 'never' },
];

interface Row {
  calls: number;
  customer: string;
  cadence: string;
  mode: 'sliced' | 'full listing';
  requests: number;
  ms: number;
  rssMiB: number;
  matched: number;
  analyzed: number;
  callsScanned: number;
  complete: boolean;
}

/** A `gong-worker worker` process, started and waited for until it polls. */
async function startWorker(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'worker'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('Gong worker polling')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output.join('')}`)));
  });
  return {
    child,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory of a process in MiB, from Linux's /proc (NaN elsewhere). */
async function rssMiB(pid: number | undefined): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kib ? Number(kib) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `work` while sampling a process's RSS every 100 ms; returns the largest sample. (The
 * process's own peak, VmHWM, is set by bundling the workflows at start-up, not by answering.)
 */
async function maxRssDuring<T>(pid: number | undefined, work: () => Promise<T>): Promise<[T, number]> {
  let max = await rssMiB(pid);
  const timer = setInterval(() => {
    void rssMiB(pid).then((mib) => {
      if (mib > max) max = mib;
    });
  }, 100);
  try {
    const result = await work();
    return [result, Math.max(max, await rssMiB(pid))];
  } finally {
    clearInterval(timer);
  }
}

async function benchAccount(
  client: Client,
  temporalAddress: string,
  connectionsDir: string,
  calls: number,
): Promise<Row[]> {
  const dataSet = createCadenceDataSet({
    seed: 7,
    now: new Date(),
    callCount: calls,
    lookbackDays: 90,
    customers: CUSTOMERS,
  });
  const simulator: GongSimulator = await startGongSimulator({ dataSet });
  const taskQueue = `bench-large-${randomUUID()}`;
  const worker = await startWorker({
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    GONG_CONNECTIONS_DIR: connectionsDir,
    GONG_SIMULATOR_URL: simulator.url,
  });
  const rows: Row[] = [];
  try {
    // A first run loads the workflow code into the worker: warm it up on a one-day window.
    await answerQuestionAboutCustomerCall(
      client,
      { connectionId: 'bench', customerName: 'Pied Piper', question: 'Warm-up?', lookbackDays: 1 },
      { taskQueue },
    );
    for (const { company, cadence } of CUSTOMERS) {
      const modes: Row['mode'][] =
        EXHAUSTIVE_FOR_ALL || cadence === 'daily' ? ['sliced', 'full listing'] : ['sliced'];
      for (const mode of modes) {
        const before = simulator.requests.length;
        const started = performance.now();
        const [result, rss]: [AnswerQuestionResult, number] = await maxRssDuring(worker.child.pid, () =>
          answerQuestionAboutCustomerCall(
            client,
            {
              connectionId: 'bench',
              customerName: company,
              question: 'What did they say about pricing?',
              exhaustive: mode === 'full listing',
            },
            { taskQueue },
          ),
        );
        const row: Row = {
          calls,
          customer: company,
          cadence,
          mode,
          requests: simulator.requests.length - before,
          ms: performance.now() - started,
          rssMiB: rss,
          matched: result.matchedCallCount,
          analyzed: result.callsAnalyzed.length,
          callsScanned: result.coverage.callsScanned,
          complete: result.coverage.complete,
        };
        rows.push(row);
        console.log(
          `  ${String(calls).padStart(6)} calls  ${cadence.padEnd(6)} ${mode.padEnd(12)} ${String(row.requests).padStart(4)} requests ` +
            `${(row.ms / 1000).toFixed(1).padStart(6)} s  max RSS ${row.rssMiB.toFixed(0)} MiB  ` +
            `scanned ${row.callsScanned}${row.complete ? ' (whole window)' : ''}, matched ${row.matched}, analyzed ${row.analyzed}`,
        );
      }
    }
  } finally {
    await worker.stop();
    await simulator.stop();
  }
  return rows;
}

function markdownTable(rows: Row[]): string {
  const lines = [
    '| Calls in 90 days | Customer calls | Mode | Gong requests | Latency | Worker RSS (max while answering) | Calls read | Answers/day in 10,000 requests | vs full listing (requests / latency) |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const full = rows.find((r) => r.calls === row.calls && r.mode === 'full listing');
    const share =
      full && row.mode === 'sliced'
        ? `${((100 * row.requests) / full.requests).toFixed(1)}% / ${((100 * row.ms) / full.ms).toFixed(1)}%`
        : '—';
    lines.push(
      `| ${row.calls.toLocaleString('en-US')} | ${row.cadence} | ${row.mode} | ${row.requests} | ${(row.ms / 1000).toFixed(1)} s | ` +
        `${row.rssMiB.toFixed(0)} MiB | ${row.callsScanned.toLocaleString('en-US')}${row.complete ? ' (all)' : ''} | ` +
        `${Math.floor(DAILY_QUOTA / row.requests)} | ${share} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const cli = await findTemporalCli();
  const server = await startDevServer({ cliPath: cli.path, uiPort: null });
  const connectionsDir = await mkdtemp(join(tmpdir(), 'bench-large-connections-'));
  await createConnectionStore({ directory: connectionsDir }).save(
    createConnection('bench', {
      baseUrl: 'https://us-00000.api.gong.io',
      accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
      accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
    }),
  );
  const clientConnection = await Connection.connect({ address: server.address });
  const client = new Client({ connection: clientConnection });
  try {
    console.log('answerQuestionAboutCustomerCall on large accounts, Gong limit 3 req/s, maxCalls 5, 90 days');
    const rows: Row[] = [];
    for (const calls of SIZES)
      rows.push(...(await benchAccount(client, server.address, connectionsDir, calls)));
    console.log(`\n${markdownTable(rows)}`);
  } finally {
    await clientConnection.close();
    await server.stop();
    await rm(connectionsDir, { recursive: true, force: true });
  }
}

await main();
