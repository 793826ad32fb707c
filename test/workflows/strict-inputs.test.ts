import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, runHealthCheck, type HealthCheckInput } from '../../src/client';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueWorkflowId } from '../support/temporal';

const STRAY_SECRET = 'stray-secret-value-1234';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

describe('inputs with fields the workflow does not know', () => {
  it('the client refuses them before starting, naming the field but not its value', async () => {
    const input = { connectionId: 'acme-prod', accessKeySecret: STRAY_SECRET } as HealthCheckInput;
    const error = await runHealthCheck(h.client, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toContain('accessKeySecret');
    expect((error as InvalidInputError).message).not.toContain(STRAY_SECRET);
  });

  it('a run started without the client fails at once, naming the field but not its value', async () => {
    const failure = await h.withWorker((taskQueue) =>
      failureOf(
        h.client.workflow.execute('gongHealthCheck', {
          taskQueue,
          workflowId: uniqueWorkflowId('strict-health'),
          args: [{ connectionId: 'acme-prod', accessKeySecret: STRAY_SECRET }],
        }),
      ),
    );
    expect(failure.cause?.message).toMatch(/^Invalid input for gongHealthCheck: .*accessKeySecret/);
    expect(failure.cause?.message).not.toContain(STRAY_SECRET);
    expect(h.simulator.requests).toHaveLength(0);
  });
});
