/**
 * How the codec server bears a heavy request: a real `gong-worker codec-server` process is sent
 * (1) the largest batch it accepts, 1,000 encrypted payloads filling the 16 MiB body limit, and
 * (2) the probe's body of 5.5 M empty payloads; while each is under way, second requests decoding
 * one payload are sent one after another. Prints how long the heavy request took and the slowest
 * answer to a second request (target: under 1 s), over BENCH_ROUNDS rounds.
 * Run: `npm run bench:codec-server` (after `npm run build`).
 */
import { spawn } from 'node:child_process';
import {
  createEncryptionCodec,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
} from '../src/adapters/codec';
import { payloadToJson } from '../src/adapters/codec/payload-json';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const KEYS = generateEncryptionKeyEntry('bench');
const codec = createEncryptionCodec(parseEncryptionKeys(KEYS));

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['bin/gong-worker.js', 'codec-server', '--port', '0'], {
    env: { PATH: process.env.PATH, PAYLOAD_ENCRYPTION_KEYS: KEYS },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Codec server on (http:\/\/\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`codec-server exited with ${code}: ${output}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function post(url: string, body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/decode`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default' },
    body,
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/**
 * Sends `heavy` and, until it is answered, `light` again and again (50 ms apart): returns the
 * heavy request's timing and the slowest answer to a light one.
 */
async function race(url: string, heavy: string, light: string) {
  let finished = false;
  const heavyDone = post(url, heavy).finally(() => {
    finished = true;
  });
  let slowest = { status: 200, ms: 0 };
  let probes = 0;
  while (!finished) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const probe = await post(url, light);
    probes += 1;
    if (probe.status !== 200 || probe.ms > slowest.ms) slowest = probe;
  }
  return { heavy: await heavyDone, light: slowest, probes };
}

const fmt = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor((sorted.length - 1) / 2)]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`;
};

async function main(): Promise<void> {
  const plain = (size: number) => ({
    metadata: { encoding: Buffer.from('json/plain') },
    data: Buffer.alloc(size, 'a'),
  });
  const largest = JSON.stringify({
    payloads: (await codec.encode(Array.from({ length: 1000 }, () => plain(12_000)))).map(payloadToJson),
  });
  const light = JSON.stringify({ payloads: (await codec.encode([plain(100)])).map(payloadToJson) });
  const flood = `{"payloads":[${Array.from({ length: 5_500_000 }, () => '{}').join(',')}]}`;
  console.log(
    `largest allowed batch: 1000 payloads, ${(largest.length / 1e6).toFixed(1)} MB; flood: 5.5 M payloads, ${(flood.length / 1e6).toFixed(1)} MB`,
  );
  const server = await startServer();
  try {
    for (const [name, heavy] of [
      ['largest allowed batch', largest],
      ['5.5 M empty payloads', flood],
    ] as const) {
      const heavyMs: number[] = [];
      const lightMs: number[] = [];
      const statuses = new Set<number>();
      let probes = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const { heavy: h, light: l, probes: sent } = await race(server.url, heavy, light);
        probes += sent;
        heavyMs.push(h.ms);
        lightMs.push(l.ms);
        statuses.add(h.status);
        if (l.status !== 200) throw new Error(`the second request got ${l.status}`);
      }
      console.log(`${name}: status ${[...statuses].join('/')}, took ${fmt(heavyMs)}`);
      console.log(
        `  slowest answer to a second request (1 payload) per round: ${fmt(lightMs)} (${probes} sent)`,
      );
    }
  } finally {
    server.stop();
  }
}

await main();
