import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runHealthCheck } from '../../src/client';
import { FailureTypes } from '../../src/api/failure-types';
import { startBrokenGong } from '../support/broken-gong';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const MB = 1024 * 1024;

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

it('a health check whose Gong answers with a body over the limit fails at once, saying so', async () => {
  const gong = await startBrokenGong(
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ users: [], padding: 'x'.repeat(3 * MB) }));
    },
    { maxResponseBytes: MB },
  );
  try {
    const failure = await failureOf(
      h.withWorker(
        (taskQueue) => runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }),
        gong.deps,
      ),
    );
    expect(failure.cause).toBeInstanceOf(ApplicationFailure);
    expect(failure.cause).toMatchObject({ type: FailureTypes.responseTooLarge, nonRetryable: true });
    expect(failure.cause?.message).toContain('Gong (GET /v2/users) answered with more than 1.0 MB');
    expect(gong.server.paths).toHaveLength(1);
  } finally {
    await gong.close();
  }
});
