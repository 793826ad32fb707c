/**
 * A platform's batch on one worker: `--answers N` questions at once over `--accounts M` Gong
 * accounts, each limited by the simulator as Gong limits it (3 requests in any sliding second,
 * 429 with Retry-After) and answering 150 ms later. The worker runs as its own process
 * (`gong-worker worker` from dist/ with the prebuilt workflow bundle, as deployed; file store;
 * defaults, or the GONG_WORKER_TARGET_* and GONG_WORKER_MAX_* settings this process was given),
 * so its peak RSS is its own (VmHWM); run `npm run build` first. Prints the tuning, answered,
 * wall time against the rate-limit floor (busiest account's requests / 3), 429s, peak
 * RSS and the load average. Run: `npm run bench:batch -- --answers 500 --accounts 50`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { answerQuestionAboutCustomerCall } from '../src/client';
import { createConnection } from '../src/connections/connection';
import { createDataSet, type SimulatorAccount } from '../tools/simulator';
import { startWorkerProcess } from '../test/support/worker-process';
import { startBenchStackWith } from './bench-stack';

const LIMIT = 3;
/** The launcher, which runs dist/ when it exists: the compiled code and prebuilt bundle a pod runs. */
const BIN = fileURLToPath(new URL('../bin/gong-worker.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
  throw new Error(
    'dist/ is missing: run `npm run build` first (the worker runs the compiled code, as deployed)',
  );
}
const { values } = parseArgs({
  options: { answers: { type: 'string', default: '100' }, accounts: { type: 'string', default: '10' } },
});
const ANSWERS = Number(values.answers);
const ACCOUNTS = Number(values.accounts);
if (!Number.isInteger(ANSWERS) || ANSWERS < 1 || !Number.isInteger(ACCOUNTS) || ACCOUNTS < 1) {
  throw new Error('--answers and --accounts take whole numbers >= 1');
}

/** The process's peak resident set (VmHWM) in MiB, as Linux counts it. */
async function peakRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

async function main(): Promise<void> {
  const accounts: SimulatorAccount[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
    accessKey: `batch-key-${i}`,
    accessKeySecret: `batch-secret-${i}`,
  }));
  const stack = await startBenchStackWith({
    dataSet: createDataSet({ seed: 7, now: new Date(), callCount: 1000, lookbackDays: 120 }),
    accounts,
    latencyMs: 150,
  });
  const { simulator, client, customers } = stack;
  for (const [i, account] of accounts.entries()) {
    // One host per account, as Gong's are: the worker paces each on its own.
    const baseUrl = `https://us-${String(10_000 + i)}.api.gong.io`;
    await stack.deps.connections.save(createConnection(`account-${i}`, { baseUrl, ...account }));
  }
  const taskQueue = `bench-batch-${randomUUID()}`;
  // The tuning settings this benchmark was run with, passed on so their effect can be measured.
  const tuning = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        /^GONG_WORKER_(TARGET|MAX)_/.test(entry[0]) && entry[1] !== undefined,
    ),
  );
  const worker = await startWorkerProcess(
    {
      TEMPORAL_ADDRESS: stack.temporalAddress,
      TEMPORAL_TASK_QUEUE: taskQueue,
      GONG_CONNECTIONS_DIR: stack.connectionsDir,
      GONG_SIMULATOR_URL: simulator.url,
      GONG_WORKFLOW_BUNDLE: 'prebuilt',
      ...tuning,
    },
    { bin: BIN },
  );
  const pid = worker.child.pid ?? NaN;
  simulator.clearRequests();
  const load = loadavg()[0] ?? NaN;

  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: ANSWERS }, (_, i) =>
      answerQuestionAboutCustomerCall(
        client,
        {
          connectionId: `account-${i % ACCOUNTS}`,
          customerName: customers[i % customers.length] ?? 'Acme',
          question: 'What did they say about pricing?',
        },
        { taskQueue, workflowId: `batch-${i}-${randomUUID()}` },
      ),
    ),
  );
  const wallS = (performance.now() - started) / 1000;
  const peak = await peakRssMiB(pid);
  const loadAfter = loadavg()[0] ?? NaN;

  const perAccount = new Map<string, number>();
  for (const request of simulator.requests) {
    const key = request.accessKey ?? 'unknown';
    perAccount.set(key, (perAccount.get(key) ?? 0) + 1);
  }
  const busiest = Math.max(...perAccount.values());
  const floorS = busiest / LIMIT;
  const answered = results.filter((result) => result.status === 'fulfilled').length;
  const tooMany = simulator.requests.filter((request) => request.status === 429).length;
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));

  console.log(
    `batch: ${ANSWERS} answers over ${ACCOUNTS} accounts, one worker process from dist/ (file store, prebuilt bundle), ` +
      `simulator ${LIMIT} req/s sliding second per account, 150 ms latency`,
  );
  console.log(
    `  tuning          ${
      Object.entries(tuning)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ') || 'defaults'
    }`,
  );
  console.log(`  answered        ${answered} / ${ANSWERS}`);
  console.log(
    `  wall time       ${wallS.toFixed(1)} s; rate-limit floor ${floorS.toFixed(1)} s ` +
      `(busiest account ${busiest} requests / ${LIMIT}) -> ${(wallS / floorS).toFixed(2)}x`,
  );
  console.log(`  Gong 429s       ${tooMany} of ${simulator.requests.length} requests`);
  console.log(`  worker peak RSS ${peak.toFixed(0)} MiB (VmHWM of the worker process)`);
  console.log(
    `  load average    ${load.toFixed(2)} at start, ${loadAfter.toFixed(2)} at end (1 min, 2 cores)`,
  );
  if (failures.length > 0) console.log(`  first failure   ${failures[0]}`);

  await worker.kill();
  await stack.stop();
}

await main();
