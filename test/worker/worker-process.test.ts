import { afterAll, beforeAll, expect, it } from 'vitest';
import { findFreePort } from '../../tools/temporal-server';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess } from '../support/worker-process';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
});
afterAll(() => h?.close());

const workerEnv = () => h.workerProcessEnv(uniqueTaskQueue('worker-process'));

it('shuts down cleanly with exit code 0 when asked to stop (SIGTERM)', async () => {
  const worker = await startWorkerProcess(workerEnv());
  const exit = new Promise<number | null>((resolve) => worker.child.once('exit', (code) => resolve(code)));
  worker.child.kill('SIGTERM');
  expect(await exit).toBe(0);
}, 90_000);

it('serves Prometheus metrics when TEMPORAL_PROMETHEUS_ADDRESS is set', async () => {
  const address = `127.0.0.1:${await findFreePort()}`;
  const worker = await startWorkerProcess({ ...workerEnv(), TEMPORAL_PROMETHEUS_ADDRESS: address });
  try {
    expect(worker.output.join('')).toContain(`Prometheus metrics on http://${address}/metrics`);
    const response = await fetch(`http://${address}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^temporal_\w+/m);
  } finally {
    await worker.kill();
  }
}, 90_000);

it('refuses to start with a malformed metrics address, naming the variable', async () => {
  const error = await startWorkerProcess({
    ...workerEnv(),
    TEMPORAL_PROMETHEUS_ADDRESS: 'not an address',
  }).catch((e: unknown) => e);
  expect(String(error)).toContain('TEMPORAL_PROMETHEUS_ADDRESS: use host:port');
}, 90_000);
