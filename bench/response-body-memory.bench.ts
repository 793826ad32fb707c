/**
 * Memory of reading a huge Gong response body: the worker's RSS before, at its peak and after
 * reading a 450 MB answer, unbounded (`response.text()`, as before the limit) and through the Gong
 * client with its default limit (32 MiB). The body comes from a server in another process, over
 * loopback, streamed without Content-Length (the worst case: the limit can only act while reading).
 * Run with `npx tsx bench/response-body-memory.bench.ts` (BENCH_BODY_MB, BENCH_CONCURRENT to vary).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { GongClient } from '../src/gong/client';
import { routeToSimulator } from '../src/app/simulator-route';

const BODY_MB = Number(process.env.BENCH_BODY_MB ?? 450);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 1);
const SELF = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

/** Serves BODY_MB of a JSON string to every request, 1 MB per write, honouring backpressure. */
async function serve(): Promise<void> {
  const chunk = Buffer.alloc(MB, 'a');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('"');
    let sent = 0;
    const pump = () => {
      while (sent < BODY_MB) {
        sent += 1;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end('"');
    };
    res.on('error', () => undefined);
    pump();
  });
  server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
}

/** Reads CONCURRENT bodies the given way and prints RSS before, at peak and after, in MB. */
async function measure(mode: string, url: string): Promise<void> {
  const rss = () => Math.round(process.memoryUsage().rss / MB);
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 5);
  const started = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      try {
        if (mode === 'unbounded') {
          const text = await (await fetch(`${url}/v2/users`)).text();
          return `read ${Math.round(text.length / MB)} MB`;
        }
        const client = new GongClient({
          credentials: { baseUrl: 'us-1.api.gong.io', accessKey: 'bench', accessKeySecret: 'bench' },
          fetch: routeToSimulator(
            url,
            (input, init) => fetch(input, init),
            () => undefined,
          ),
        });
        await client.send({ method: 'GET', path: '/v2/users' });
        return 'read (unexpected)';
      } catch (error) {
        return `refused: ${(error as Error).name}`;
      }
    }),
  );
  peak = Math.max(peak, rss());
  clearInterval(sampler);
  const ms = Date.now() - started;
  console.log(JSON.stringify({ mode, before, peak, after: rss(), ms, outcome: outcomes[0] }));
}

function run(args: string[], onLine?: (line: string) => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (data: string) => {
      for (const line of data.split('\n').filter(Boolean)) {
        lines.push(line);
        onLine?.(line);
      }
    });
    child.once('error', reject);
    child.once('exit', () => resolve(lines));
  });
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, ['--import', 'tsx', SELF, 'serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve) =>
    server.stdout.setEncoding('utf8').on('data', (data: string) => {
      const match = /PORT (\d+)/.exec(data);
      if (match?.[1]) resolve(match[1]);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  console.log(`Reading ${CONCURRENT} x ${BODY_MB} MB Gong answer(s) over loopback (RSS in MB):`);
  console.log('mode        before   peak  after     ms  outcome');
  try {
    for (const mode of ['unbounded', 'limited']) {
      const [line] = await run(['measure', mode, url]);
      const r = JSON.parse(line ?? '{}') as Record<string, string | number>;
      console.log(
        `${String(r.mode).padEnd(10)} ${String(r.before).padStart(7)} ${String(r.peak).padStart(6)} ${String(r.after).padStart(6)} ${String(r.ms).padStart(6)}  ${r.outcome}`,
      );
    }
  } finally {
    server.kill();
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'serve') await serve();
else if (command === 'measure') await measure(rest[0] ?? 'limited', rest[1] ?? '');
else await main();
