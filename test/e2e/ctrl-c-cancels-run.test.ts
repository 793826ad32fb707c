import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { bareEnv, killGroup, startCli } from './cli-process';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme');
});
afterAll(() => h?.close());

it('Ctrl-C on ask cancels the run a worker is running, says so and exits 130', async () => {
  await h.withWorker(async (taskQueue) => {
    // Gong answers slowly: the run is still reading when Ctrl-C comes.
    h.simulator.setLatency(8_000);
    const child = startCli(
      ['ask', '--connection', 'acme', '--customer', 'Acme', '--question', 'Pricing?'],
      bareEnv({
        TEMPORAL_ADDRESS: h.temporal.address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        GONG_CONNECTIONS_DIR: h.connectionsDir,
      }),
    );
    try {
      for (let i = 0; i < 300 && h.simulator.requests.length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(h.simulator.requests.length, child.output()).toBeGreaterThan(0);
      child.process.kill('SIGINT');
      const ended = await child.waitForExit(20_000);
      const stderr = child.stderr.join('');
      expect(ended, child.output()).toEqual({ code: 130, signal: null });
      const workflowId = /^Stopping run (answer-acme-\S+) \(Ctrl-C again to leave it running\)\.\.\.$/m.exec(
        stderr,
      )?.[1];
      expect(workflowId, stderr).toBeDefined();
      expect(stderr).toMatch(new RegExp(`^error: cancelled run ${workflowId} \\(Ctrl-C\\)$`, 'm'));
      expect((await h.client.workflow.getHandle(workflowId!).describe()).status.name).toBe('CANCELLED');
    } finally {
      h.simulator.setLatency(0);
      killGroup(child);
    }
  });
}, 120_000);
