/**
 * A platform's batch on one worker: `--answers N` questions at once over `--accounts M` Gong
 * accounts, each limited by the simulator as Gong limits it (3 requests in any sliding second,
 * 429 with Retry-After) and answering 150 ms later. The simulator runs in its own process, so it
 * stamps arrivals as Gong would whatever this process is busy with; the worker runs as its own
 * process too (`gong-worker worker` from dist/ with the prebuilt workflow bundle, as deployed;
 * file store; its defaults, or the GONG_WORKER_* settings this process was given; the manifest's
 * NODE_OPTIONS heap limits unless given its own), so its
 * peak RSS is its own (VmHWM); run `npm run build` first. Prints the tuning, answered, wall time
 * against the rate-limit floor (busiest account's requests / 3), 429s, the busiest sliding second
 * any account saw, peak RSS, CPU (per answer, and per kind of thread), how busy the accounts were
 * kept, the CPU the dev server and the simulator took from the same cores, and the load average.
 * Run: `npm run bench:batch -- --answers 500 --accounts 50`; add `--worker-cpus 1` to give the
 * worker CPU 1 alone and the dev server, simulator and client the others, and `--trace` to print
 * one account's requests as they arrived.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { answerQuestionAboutCustomerCall } from '../src/client';
import { createConnection } from '../src/connections/connection';
import { openStore } from '../src/app/open-store';
import { parseSettings } from '../src/config/settings';
import type { SimulatorAccount } from '../tools/simulator';
import { findTemporalCli, startDevServer } from '../tools/temporal-server';
import { readWorkerManifest } from '../test/support/worker-manifest';
import { startWorkerProcess } from '../test/support/worker-process';
import { busiestSecond } from './busiest-second';
import { startSimulatorProcess } from './simulator-process';

const LIMIT = 3;
/** How long the simulator takes to answer each request. */
const LATENCY_MS = 150;
/** The launcher, which runs dist/ when it exists: the compiled code and prebuilt bundle a pod runs. */
const BIN = fileURLToPath(new URL('../bin/gong-worker.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
  throw new Error(
    'dist/ is missing: run `npm run build` first (the worker runs the compiled code, as deployed)',
  );
}
const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '100' },
    accounts: { type: 'string', default: '10' },
    // `--worker-cpus 1`: the worker on those CPUs alone and everything else on the others, as a pod
    // with its own CPU request would run beside a Temporal cluster and Gong elsewhere.
    'worker-cpus': { type: 'string' },
    // `--trace`: print the first account's requests as they arrived, to see where its time went.
    trace: { type: 'boolean', default: false },
  },
});
const ANSWERS = Number(values.answers);
const ACCOUNTS = Number(values.accounts);
if (!Number.isInteger(ANSWERS) || ANSWERS < 1 || !Number.isInteger(ACCOUNTS) || ACCOUNTS < 1) {
  throw new Error('--answers and --accounts take whole numbers >= 1');
}

/** The process's resident set now (`VmRSS`) or at its peak (`VmHWM`) in MiB, as Linux counts it. */
async function rssMiB(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024;
}

/** CPU seconds the process has used (user + system), as Linux counts them in clock ticks of 10 ms. */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds per kind of thread of the process, by the names Linux gives them: `MainThread` (the
 * event loop, where activities run), `WorkerThread` (the workflows' V8 context), `V8Worker` (V8's
 * helpers: concurrent garbage collection and compilation), `tokio-runtime-w` (the Temporal core).
 */
async function threadCpuSeconds(pid: number): Promise<Map<string, number>> {
  const seconds = new Map<string, number>();
  for (const task of await readdir(`/proc/${pid}/task`)) {
    const [name, stat] = await Promise.all([
      readFile(`/proc/${pid}/task/${task}/comm`, 'utf8'),
      readFile(`/proc/${pid}/task/${task}/stat`, 'utf8'),
    ]).catch(() => ['', '']);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const used = (Number(fields[11]) + Number(fields[12])) / 100;
    seconds.set(name.trim(), (seconds.get(name.trim()) ?? 0) + used);
  }
  return seconds;
}

/**
 * Seconds the process's main thread (its event loop) has waited for a CPU while runnable: what
 * other processes on shared cores took from it.
 */
async function runQueueSeconds(pid: number): Promise<number> {
  const schedstat = await readFile(`/proc/${pid}/schedstat`, 'utf8');
  return Number(schedstat.split(' ')[1]) / 1e9;
}

/** The machine's CPUs not in `cpus` (a taskset list such as `1` or `0-1`). */
function otherCpus(cpus: string): string {
  const taken = new Set(
    cpus.split(',').flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number);
      return Array.from({ length: (to ?? 0) - (from ?? 0) + 1 }, (_, i) => (from ?? 0) + i);
    }),
  );
  const rest = [...Array(availableParallelism()).keys()].filter((cpu) => !taken.has(cpu));
  if (rest.length === 0) throw new Error(`--worker-cpus ${cpus} leaves no CPU for the rest`);
  return rest.join(',');
}

/** Pins every thread of process `pid` to `cpus` (taskset, util-linux). */
async function pin(pid: number, cpus: string): Promise<void> {
  await promisify(execFile)('taskset', ['-a', '-p', '-c', cpus, String(pid)]);
}

async function main(): Promise<void> {
  const accounts: SimulatorAccount[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
    accessKey: `batch-key-${i}`,
    accessKeySecret: `batch-secret-${i}`,
  }));
  const cli = await findTemporalCli();
  const server = await startDevServer({ cliPath: cli.path, uiPort: null });
  const simulator = await startSimulatorProcess({ accounts, latencyMs: LATENCY_MS, callCount: 1000 });
  const dir = await mkdtemp(join(tmpdir(), 'bench-connections-'));
  const store = openStore(parseSettings({ GONG_CONNECTIONS_DIR: dir }, ['store']).store);
  for (const [i, account] of accounts.entries()) {
    // One host per account, as Gong's are: the worker paces each on its own.
    const baseUrl = `https://us-${String(10_000 + i)}.api.gong.io`;
    await store.connections.save(createConnection(`account-${i}`, { baseUrl, ...account }));
  }
  const taskQueue = `bench-batch-${randomUUID()}`;
  // The tuning settings this benchmark was run with, passed on so their effect can be measured.
  const tuning: Record<string, string> = {
    // The heap limits the Kubernetes manifest gives each of the worker's V8 isolates.
    NODE_OPTIONS: (await readWorkerManifest()).nodeOptions,
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          /^(GONG_WORKER_|NODE_OPTIONS$)/.test(entry[0]) && entry[1] !== undefined,
      ),
    ),
  };
  const worker = await startWorkerProcess(
    {
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      GONG_CONNECTIONS_DIR: dir,
      GONG_SIMULATOR_URL: simulator.url,
      GONG_WORKFLOW_BUNDLE: 'prebuilt',
      ...tuning,
    },
    { bin: BIN },
  );
  const pid = worker.child.pid ?? NaN;
  const workerCpus = values['worker-cpus'];
  if (workerCpus !== undefined) {
    const others = otherCpus(workerCpus);
    await pin(pid, workerCpus);
    for (const other of [process.pid, server.pid, simulator.pid]) await pin(other, others);
  }
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });
  simulator.requests.length = 0;
  const load = loadavg()[0] ?? NaN;
  const idle = await rssMiB(pid, 'VmRSS');
  const cpuBefore = await cpuSeconds(pid);
  const queuedBefore = await runQueueSeconds(pid);
  const threadsBefore = await threadCpuSeconds(pid);
  const [serverBefore, simulatorBefore] = await Promise.all([
    cpuSeconds(server.pid),
    cpuSeconds(simulator.pid),
  ]);

  const startedAt = Date.now();
  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: ANSWERS }, (_, i) =>
      answerQuestionAboutCustomerCall(
        client,
        {
          connectionId: `account-${i % ACCOUNTS}`,
          customerName: simulator.companies[i % simulator.companies.length] ?? 'Acme',
          question: 'What did they say about pricing?',
        },
        { taskQueue, workflowId: `batch-${i}-${randomUUID()}` },
      ),
    ),
  );
  const wallS = (performance.now() - started) / 1000;
  const peak = await rssMiB(pid, 'VmHWM');
  const cpu = (await cpuSeconds(pid)) - cpuBefore;
  const queued = (await runQueueSeconds(pid)) - queuedBefore;
  const threads = [...(await threadCpuSeconds(pid))]
    .map(([name, used]) => [name, used - (threadsBefore.get(name) ?? 0)] as const)
    .filter(([, used]) => used >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  const serverCpu = (await cpuSeconds(server.pid)) - serverBefore;
  const simulatorCpu = (await cpuSeconds(simulator.pid)) - simulatorBefore;
  const loadAfter = loadavg()[0] ?? NaN;

  const arrivals = new Map<string, number[]>();
  for (const request of simulator.requests) {
    const key = request.accessKey ?? 'unknown';
    arrivals.set(key, [...(arrivals.get(key) ?? []), request.at]);
  }
  const busiest = Math.max(...[...arrivals.values()].map((times) => times.length));
  const floorS = busiest / LIMIT;
  const answered = results.filter((result) => result.status === 'fulfilled').length;
  const tooMany = simulator.requests.filter((request) => request.status === 429).length;
  const mostInASecond = Math.max(...[...arrivals.values()].map(busiestSecond));
  // Each account's requests a second from the batch's start to its last request: the pacer allows
  // at most LIMIT per second plus Gong's answer time (a slot is held until the answer arrives).
  const paces = [...arrivals.values()].map(
    (times) => times.length / Math.max(0.001, (Math.max(...times) - startedAt) / 1000),
  );
  const meanPace = paces.reduce((sum, pace) => sum + pace, 0) / paces.length;
  // Where an account's time went: before its first request, and in gaps longer than the pacer needs.
  const spacingMs = (1000 + LATENCY_MS) / LIMIT;
  const timelines = [...arrivals.values()].map((times) => [...times].sort((a, b) => a - b));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const firstS = mean(timelines.map((times) => ((times[0] ?? startedAt) - startedAt) / 1000));
  const idleS = mean(
    timelines.map(
      (times) =>
        times.slice(1).reduce((sum, at, i) => sum + Math.max(0, at - (times[i] ?? at) - spacingMs), 0) / 1000,
    ),
  );
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));

  console.log(
    `batch: ${ANSWERS} answers over ${ACCOUNTS} accounts, one worker process from dist/ (file store, prebuilt bundle), ` +
      `simulator in its own process, ${LIMIT} req/s sliding second per account, ${LATENCY_MS} ms latency`,
  );
  const tuned = Object.entries(tuning).map(([name, value]) => `${name}=${value}`);
  console.log(`  tuning          ${tuned.join(' ') || 'defaults'}`);
  if (workerCpus !== undefined) {
    console.log(
      `  CPUs            worker on ${workerCpus}; dev server, simulator and client on ${otherCpus(workerCpus)}`,
    );
  }
  console.log(`  answered        ${answered} / ${ANSWERS}`);
  console.log(
    `  wall time       ${wallS.toFixed(1)} s; rate-limit floor ${floorS.toFixed(1)} s ` +
      `(busiest account ${busiest} requests / ${LIMIT}) -> ${(wallS / floorS).toFixed(2)}x`,
  );
  console.log(`  Gong 429s       ${tooMany} of ${simulator.requests.length} requests`);
  console.log(
    `  busiest second  ${mostInASecond} arrivals of one account (Gong allows ${LIMIT}, 429s included)`,
  );
  console.log(
    `  worker peak RSS ${peak.toFixed(0)} MiB (VmHWM of the worker process; ${idle.toFixed(0)} MiB idle before the batch)`,
  );
  console.log(
    `  worker CPU      ${cpu.toFixed(1)} s (${((100 * cpu) / wallS).toFixed(0)}% of one core over the batch)`,
  );
  console.log(
    `  per answer      ${((1000 * cpu) / ANSWERS).toFixed(0)} ms CPU; by thread: ` +
      threads.map(([name, used]) => `${name} ${used.toFixed(1)} s`).join(', '),
  );
  console.log(
    `  accounts' pace  ${meanPace.toFixed(2)} requests/s per account on average until its last request ` +
      `(the pacer allows at most ${(LIMIT / (1 + LATENCY_MS / 1000)).toFixed(2)})`,
  );
  console.log(
    `  other CPU       dev server ${serverCpu.toFixed(1)} s, simulator ${simulatorCpu.toFixed(1)} s (same cores)`,
  );
  console.log(`  worker starved  ${queued.toFixed(1)} s its event loop waited for a CPU while runnable`);
  console.log(
    `  account's time  ${firstS.toFixed(1)} s on average before its first request, ${idleS.toFixed(1)} s in gaps beyond the pacer's spacing`,
  );
  console.log(
    `  load average    ${load.toFixed(2)} at start, ${loadAfter.toFixed(2)} at end (1 min, 2 cores)`,
  );
  if (failures.length > 0) console.log(`  first failure   ${failures[0]}`);
  if (values.trace) {
    // One account's requests as they arrived: where its time went, request by request.
    const first = simulator.requests[0]?.accessKey;
    console.log(`  first account's requests (seconds after the batch started, status, path):`);
    for (const request of simulator.requests.filter((each) => each.accessKey === first)) {
      console.log(`    ${((request.at - startedAt) / 1000).toFixed(2)} ${request.status} ${request.path}`);
    }
  }

  // Gracefully, so a worker run with `--cpu-prof` in NODE_OPTIONS writes its profiles.
  await worker.stop();
  await connection.close();
  await simulator.stop();
  await server.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
}

await main();
