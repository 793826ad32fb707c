import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess } from '../support/worker-process';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
});
afterAll(() => h?.close());

it("prints only the OTLP endpoint's origin at start-up, never its user-info", async () => {
  const worker = await startWorkerProcess({
    ...h.workerProcessEnv(uniqueTaskQueue('otlp-log')),
    // Nothing listens there: the spans and metrics are not what this spec reads.
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otlp-user:otlp-token-5f2c@127.0.0.1:9',
  });
  try {
    const output = worker.output.join('');
    expect(output).toContain('OTLP metrics to http://127.0.0.1:9');
    expect(output).not.toMatch(/otlp-user|otlp-token-5f2c/);
  } finally {
    await worker.kill();
  }
}, 120_000);
