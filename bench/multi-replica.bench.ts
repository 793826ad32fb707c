/**
 * Multi-replica benchmark: 3 worker processes (`gong-worker worker`) on one task queue, 9
 * concurrent answers on Gong account A and 3 on account B, the simulator at Gong's limit of 3
 * requests per second per account. Scenarios:
 *  - `shared`: connections, pacing and daily counts in PostgreSQL (GONG_CONNECTIONS_URL);
 *  - `per-process`: the file store, each process pacing itself (today's single-host default).
 * Prints per account: the most requests in any 1-second window, 429s, the rate achieved while
 * saturated, and B's answer latency alone and under A's load.
 * Run: `npx tsx bench/multi-replica.bench.ts` (BENCH_SCENARIOS=shared,per-process; BENCH_CALLS).
 * `--hog` (or `--hog=N`) runs N busy-loop processes (default 1) beside the workers for the whole
 * run, as a loaded host: requests then leave their process a varying while after their slot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { parseSettings } from '../src/config/settings';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { answerQuestionAboutCustomerCall } from '../src/client';
import { createConnection } from '../src/connections/connection';
import { openStore } from '../src/app/open-store';
import { createDataSet, startGongSimulator, type SimulatorAccount } from '../tools/simulator';
import { findTemporalCli, startDevServer } from '../tools/temporal-server';
import { startPostgres } from '../test/support/postgres';
import { startWorkerProcess, type WorkerProcess } from '../test/support/worker-process';

const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? 'shared,per-process').split(',');
const REPLICAS = 3;
const LIMIT = 3;
const ACCOUNT_A: SimulatorAccount = { accessKey: 'bench-key-a', accessKeySecret: 'bench-secret-a' };
const ACCOUNT_B: SimulatorAccount = { accessKey: 'bench-key-b', accessKeySecret: 'bench-secret-b' };
const HOSTS = { a: 'https://us-11111.api.gong.io', b: 'https://us-22222.api.gong.io' };
const HOGS = hogsOf(process.argv.slice(2));

/** How many busy-loop processes `--hog` or `--hog=N` asks for; 0 without the flag. */
function hogsOf(args: string[]): number {
  const flag = args.find((arg) => arg === '--hog' || arg.startsWith('--hog='));
  if (flag === undefined) return 0;
  const count = flag === '--hog' ? 1 : Number(flag.slice('--hog='.length));
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--hog=N needs a whole number >= 1, not ${flag}`);
  return count;
}

/** Starts `count` processes that spin on the CPU until killed. */
function startHogs(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

/** The most timestamps (ms) in any window [t, t + 1000), and the gaps (ms) inside that window. */
function densestSecond(times: number[]): { most: number; gaps: number[] } {
  const sorted = [...times].sort((x, y) => x - y);
  let best = { most: 0, gaps: [] as number[] };
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 1000) start += 1;
    if (end - start + 1 > best.most) {
      const window = sorted.slice(start, end + 1);
      best = { most: window.length, gaps: window.slice(1).map((t, i) => t - (window[i] ?? t)) };
    }
  }
  return best;
}
const mostInOneSecond = (times: number[]) => densestSecond(times).most;

/** The value below which `fraction` of `values` lie (nearest rank). */
const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) * fraction)] ?? NaN;
};
const median = (values: number[]) => percentile(values, 0.5);

async function main(): Promise<void> {
  const hogs = startHogs(HOGS);
  // A bench stopped early must not leave processes spinning.
  process.once('exit', () => hogs.forEach((hog) => hog.kill('SIGKILL')));
  const cli = await findTemporalCli();
  const server = await startDevServer({ cliPath: cli.path, uiPort: null });
  const postgres = await startPostgres();
  const simulator = await startGongSimulator({
    dataSet: createDataSet({ seed: 7, now: new Date(), callCount: CALLS, lookbackDays: 120 }),
    accounts: [ACCOUNT_A, ACCOUNT_B],
    requestsPerSecond: LIMIT,
  });
  const clientConnection = await Connection.connect({ address: server.address });
  const client = new Client({ connection: clientConnection });
  const customers = simulator.dataSet.companies.map((company) => company.name);
  console.log(
    `multi-replica: ${REPLICAS} worker processes, 9 answers on account A + 3 on B at once, ` +
      `${CALLS} simulated calls, simulator limit ${LIMIT} req/s per account` +
      (HOGS > 0 ? `, ${HOGS} CPU hog process${HOGS > 1 ? 'es' : ''} beside them` : ''),
  );

  for (const scenario of SCENARIOS) {
    const directory = await mkdtemp(join(tmpdir(), 'bench-replicas-'));
    const env: Record<string, string> = {
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_TASK_QUEUE: `bench-replicas-${randomUUID()}`,
      GONG_SIMULATOR_URL: simulator.url,
      GONG_MAX_REQUESTS_PER_SECOND: String(LIMIT),
      ...(scenario === 'shared'
        ? {
            GONG_CONNECTIONS_URL: await postgres.createDatabase(),
            GONG_SECRETS_KEYS: `bench=${randomBytes(32).toString('base64')}`,
          }
        : { GONG_CONNECTIONS_DIR: directory }),
    };
    const store = openStore(parseSettings(env, ['store']).store);
    await store.connections.add(createConnection('account-a', { baseUrl: HOSTS.a, ...ACCOUNT_A }));
    await store.connections.add(createConnection('account-b', { baseUrl: HOSTS.b, ...ACCOUNT_B }));
    await store.close();

    // One at a time: each bundles the workflows at start, and a shared 2-core box is slow at it.
    const workers: WorkerProcess[] = [];
    for (let i = 0; i < REPLICAS; i += 1) workers.push(await startWorkerProcess(env));
    let runs = 0;
    const failed: string[] = [];
    const answer = async (connectionId: string) => {
      const started = performance.now();
      runs += 1;
      await answerQuestionAboutCustomerCall(
        client,
        {
          connectionId,
          customerName: customers[runs % customers.length] ?? 'Acme',
          question: 'What did they say about pricing?',
        },
        { taskQueue: env.TEMPORAL_TASK_QUEUE, workflowId: `bench-replicas-${randomUUID()}` },
      ).catch((error: unknown) => {
        // Counted, not fatal: without a shared limit, runs can exhaust their retries on 429s.
        const cause = (error as { cause?: { message?: string } }).cause?.message;
        failed.push(`${connectionId}: ${cause ?? String(error)}`);
      });
      return performance.now() - started;
    };
    const pause = () => new Promise((resolve) => setTimeout(resolve, 2000));

    await Promise.all([answer('account-a'), answer('account-b')]); // warm-up, not measured
    await pause();
    const alone = await Promise.all([answer('account-b'), answer('account-b'), answer('account-b')]);
    await pause();
    simulator.clearRequests();
    const [underLoad] = await Promise.all([
      Promise.all([answer('account-b'), answer('account-b'), answer('account-b')]),
      Promise.all(Array.from({ length: 9 }, () => answer('account-a'))),
    ]);

    console.log(`\nscenario ${scenario}:`);
    for (const [name, account] of [
      ['A', ACCOUNT_A],
      ['B', ACCOUNT_B],
    ] as const) {
      const requests = simulator.requests.filter((r) => r.accessKey === account.accessKey);
      const times = requests.map((r) => r.at.getTime()).sort((x, y) => x - y);
      const admitted = requests.filter((r) => r.status !== 429).map((r) => r.at.getTime());
      const span = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
      console.log(
        `  account ${name}: ${requests.length} requests, most in any 1 s window ${mostInOneSecond(times)} ` +
          `(admitted ${mostInOneSecond(admitted)}; goal <= ${LIMIT}), 429s ${requests.filter((r) => r.status === 429).length} (goal 0), ` +
          `rate ${(span > 0 ? (admitted.length - 1) / span : 0).toFixed(2)}/s over ${span.toFixed(1)} s ` +
          `(${((span > 0 ? (admitted.length - 1) / span / LIMIT : 0) * 100).toFixed(0)}% of ${LIMIT}/s)`,
      );
      const densest = densestSecond(times);
      if (densest.most > LIMIT) console.log(`    densest second: gaps ${densest.gaps.join(', ')} ms`);
      // While saturated, LIMIT + 1 consecutive requests span Gong's window plus one answer's time.
      const spans = times.slice(LIMIT).map((t, i) => t - (times[i] ?? t));
      if (spans.length > 0)
        console.log(
          `    ${LIMIT + 1} consecutive requests span (ms): p10 ${percentile(spans, 0.1).toFixed(0)}, ` +
            `median ${percentile(spans, 0.5).toFixed(0)}, p90 ${percentile(spans, 0.9).toFixed(0)}`,
        );
    }
    console.log(
      `  failed answers: ${failed.length}${failed.length > 0 ? ` (${[...new Set(failed)].join('; ')})` : ''}`,
    );
    // A saturated account's slot: each request holds one until a second after its answer, and the
    // simulator answers at once.
    const slotMs = 1000 / LIMIT;
    console.log(
      `  account B answers (3 at once): median ${median(alone).toFixed(0)} ms alone, ` +
        `${median(underLoad).toFixed(0)} ms with A's 9 (difference ${(median(underLoad) - median(alone)).toFixed(0)} ms; ` +
        `goal <= one slot, ${slotMs.toFixed(0)} ms)`,
    );
    await Promise.all(
      workers.map(async (worker) => {
        const exited = new Promise((resolve) => worker.child.once('exit', resolve));
        worker.child.kill('SIGTERM');
        await exited;
      }),
    );
    await rm(directory, { recursive: true, force: true });
  }

  await clientConnection.close();
  await simulator.stop();
  await postgres.stop();
  await server.stop();
  for (const hog of hogs) hog.kill('SIGKILL');
}

await main();
