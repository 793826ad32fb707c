import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { LocalStack } from '../../tools/dev/local-stack';
import { main } from '../../tools/dev/main';
import { recordingIo } from '../support/cli-io';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

// `demo` runs on the test harness's server and worker instead of starting a stack of its own.
const local = vi.hoisted(() => ({ stack: null as LocalStack | null }));
vi.mock('../../tools/dev/local-stack', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  startLocalStack: () =>
    local.stack ? Promise.resolve(local.stack) : Promise.reject(new Error('no stack for this test')),
}));

let h: GongHarness;
let stateDir: string;
beforeAll(async () => {
  h = await startGongHarness();
  stateDir = await mkdtemp(join(tmpdir(), 'demo-cli-'));
});
afterAll(async () => {
  await h?.close();
  await rm(stateDir, { recursive: true, force: true });
});

it('demo exits 1 when the connection with the wrong secret turns out healthy', async () => {
  await h.addConnection('sim');
  // Valid keys under the name whose check must fail.
  await h.addConnection('sim-bad-keys');
  const run = await h.withWorker((taskQueue) => {
    local.stack = {
      temporalAddress: h.temporal.address,
      uiUrl: null,
      simulatorUrl: h.simulator.url,
      connectionsDir: h.connectionsDir,
      taskQueue,
      codecUrl: null,
      keysFile: null,
      client: h.client,
      stop: () => Promise.resolve(),
    };
    const io = recordingIo({});
    return main(['demo', '--state-dir', stateDir], io).then((code) => ({
      code,
      out: io.stdout.join('\n'),
      err: io.stderr.join('\n'),
    }));
  });
  expect(run.code).toBe(1);
  expect(run.err).toBe(
    'error: "sim-bad-keys" was unexpectedly healthy: the simulator accepted a wrong secret',
  );
  expect(run.out).not.toContain('3. Ask');
});
