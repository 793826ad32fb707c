import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findFreePort, findTemporalCli, startDevServer, type DevServer } from '../../tools/temporal-server';
import { uniqueTaskQueue } from '../support/temporal';

const BIN = fileURLToPath(new URL('../../bin/gong-worker.js', import.meta.url));

let cliPath: string;
let dir: string;
let port: number;
let server: DevServer;
beforeAll(async () => {
  cliPath = (await findTemporalCli()).path;
  dir = await mkdtemp(join(tmpdir(), 'gong-probes-'));
  port = await findFreePort();
  server = await startServer();
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** A dev server of this file's own, on one port and one database, so it can be stopped and started again. */
const startServer = () => startDevServer({ cliPath, port, uiPort: null, dbFile: join(dir, 'temporal.db') });

const probe = async (address: string, path: string) => {
  try {
    const response = await fetch(`http://${address}${path}`);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: 'no answer' };
  }
};

/** Polls `/readyz` until its status is `status`; fails after `ms`. */
async function readyzBecomes(address: string, status: number, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  let last = { status: 0, text: '' };
  while (Date.now() < deadline) {
    last = await probe(address, '/readyz');
    if (last.status === status) return last.text;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`/readyz stayed ${last.status} (${last.text.trim()}) for ${ms} ms, expected ${status}`);
}

it('is live at once, ready only once the worker polls, unready while Temporal is down, and ready again after', async () => {
  const address = `127.0.0.1:${await findFreePort()}`;
  const child = spawn(process.execPath, [BIN, 'worker'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      GONG_WORKER_FROM_SOURCE: '1',
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('probes'),
      GONG_CONNECTIONS_DIR: join(dir, 'connections'),
      GONG_WORKER_HEALTH_ADDRESS: address,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // Bundling the workflows takes seconds: the probes answer before the worker polls.
    let live = await probe(address, '/livez');
    for (let i = 0; i < 200 && live.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      live = await probe(address, '/livez');
    }
    expect(live.status).toBe(200);
    const early = await probe(address, '/readyz');
    expect(output.join('')).not.toContain('Gong worker polling');
    expect(early).toEqual({ status: 503, text: 'not ready: the worker has not started polling yet\n' });

    await readyzBecomes(address, 200, 60_000);

    await server.stop();
    expect(await readyzBecomes(address, 503, 30_000)).toMatch(/^not ready: /);
    expect((await probe(address, '/livez')).status).toBe(200);

    server = await startServer();
    expect(await readyzBecomes(address, 200, 60_000)).toBe('ready\n');
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}, 180_000);
