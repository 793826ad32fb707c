/**
 * Benchmark of the shared pacer alone: PACER_PROCESSES child processes (replicas), each with
 * its own pool, reserve slots through one PostgreSQL for two Gong hosts and send each request to
 * a loopback server that answers 429 past 3 requests in any 1-second window, as Gong does.
 * Host A gets PACER_REQUESTS_A requests spread over all processes, host B a few at the same time.
 * Prints per host: the most requests in any 1-second window (as the server saw them arrive, and as
 * the clients sent them, which tells pacing apart from a loaded machine's scheduling), 429s, the rate achieved, and how long
 * host B's requests waited for their slot.
 * Run: `npx tsx bench/shared-pacer.bench.ts` (PACER_PROCESSES=3, PACER_REQUESTS_A=60, PACER_LIMIT=3).
 */
import { execFile } from 'node:child_process';
import { parseSettings } from '../src/config/settings';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStore } from '../src/app/open-store';
import { startPostgres } from '../test/support/postgres';

const PROCESSES = Number(process.env.PACER_PROCESSES ?? 3);
const REQUESTS_A = Number(process.env.PACER_REQUESTS_A ?? 60);
const REQUESTS_B = 6;
const LIMIT = Number(process.env.PACER_LIMIT ?? 3);
const HOSTS = { a: 'us-11111.api.gong.io', b: 'us-22222.api.gong.io' };

/** Child mode: `shared-pacer.bench.ts child <serverUrl> <startAtMs> <host>:<count>...`; prints B's slot waits. */
async function child(serverUrl: string, startAt: number, jobs: string[]): Promise<void> {
  const store = openStore(parseSettings(process.env, ['store']).store, (m) => console.error(m));
  const pacer = store.createPacer(LIMIT);
  await store.migrate();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  const waits: number[] = [];
  const sends: { host: string; at: number }[] = [];
  await Promise.all(
    jobs.flatMap((job) => {
      const [host = '', count = '0'] = job.split(':');
      return Array.from({ length: Number(count) }, async () => {
        const started = performance.now();
        await pacer.wait(host);
        if (host === HOSTS.b) waits.push(performance.now() - started);
        sends.push({ host, at: performance.timeOrigin + performance.now() });
        // As the Gong client does: told of the send, then of the answer, which frees the slot.
        const answered = pacer.sent?.(host);
        try {
          await fetch(`${serverUrl}/v2/calls?host=${host}`);
        } finally {
          answered?.();
        }
      });
    }),
  );
  console.log(JSON.stringify({ waits, sends }));
  await store.close();
}

function densestSecond(times: number[]): number {
  const sorted = [...times].sort((x, y) => x - y);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 1000) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

async function main(): Promise<void> {
  const postgres = await startPostgres();
  const arrivals = new Map<string, { at: number; status: number }[]>();
  const server = createServer((req, res) => {
    const at = performance.now();
    const host = new URL(req.url ?? '/', 'http://x').searchParams.get('host') ?? '';
    const seen = arrivals.get(host) ?? [];
    const recent = seen.filter((r) => r.status === 200 && r.at > at - 1000).length;
    const status = recent >= LIMIT ? 429 : 200;
    arrivals.set(host, [...seen, { at, status }]);
    res.writeHead(status, status === 429 ? { 'retry-after': '1' } : {}).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = {
    PATH: process.env.PATH ?? '',
    GONG_CONNECTIONS_URL: await postgres.createDatabase(),
    GONG_SECRETS_KEYS: `bench=${randomBytes(32).toString('base64')}`,
  };
  const startAt = Date.now() + 5000;
  const outputs = await Promise.all(
    Array.from({ length: PROCESSES }, (_, i) => {
      const countA = Math.floor(REQUESTS_A / PROCESSES) + (i < REQUESTS_A % PROCESSES ? 1 : 0);
      const countB = Math.floor(REQUESTS_B / PROCESSES) + (i < REQUESTS_B % PROCESSES ? 1 : 0);
      return promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          fileURLToPath(import.meta.url),
          'child',
          serverUrl,
          String(startAt),
          `${HOSTS.a}:${countA}`,
          `${HOSTS.b}:${countB}`,
        ],
        { env, timeout: 300_000 },
      );
    }),
  );
  const reports = outputs.map(
    (o) =>
      JSON.parse(o.stdout.trim().split('\n').at(-1) ?? '{}') as {
        waits: number[];
        sends: { host: string; at: number }[];
      },
  );
  const bWaits = reports.flatMap((r) => r.waits);
  const sends = reports.flatMap((r) => r.sends);
  console.log(
    `shared pacer: ${PROCESSES} processes, ${REQUESTS_A} requests to host A and ${REQUESTS_B} to host B at once, limit ${LIMIT}/s`,
  );
  for (const [name, host] of Object.entries(HOSTS)) {
    const seen = arrivals.get(host) ?? [];
    const times = seen.map((r) => r.at);
    const span = (Math.max(...times) - Math.min(...times)) / 1000;
    console.log(
      `  host ${name.toUpperCase()}: ${seen.length} requests, most in any 1 s window ${densestSecond(times)} (goal <= ${LIMIT}), ` +
        `429s ${seen.filter((r) => r.status === 429).length} (goal 0), rate ${((seen.length - 1) / span).toFixed(2)}/s ` +
        `(${(((seen.length - 1) / span / LIMIT) * 100).toFixed(0)}% of ${LIMIT}/s); ` +
        `most in any 1 s window as sent by the clients ${densestSecond(sends.filter((x) => x.host === host).map((x) => x.at))}`,
    );
  }
  console.log(
    `  host B slot waits while A is saturated: max ${Math.max(...bWaits).toFixed(0)} ms ` +
      `(B's own ${REQUESTS_B} requests need about ${(((REQUESTS_B - 1) * 1000) / LIMIT).toFixed(0)} ms of slots)`,
  );
  server.close();
  await postgres.stop();
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'child') await child(rest[0] ?? '', Number(rest[1]), rest.slice(2));
else await main();
