import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gongApiRequest, searchCalls } from '../../src/client';
import { FailureTypes } from '../../src/api/failure-types';
import { answerWith } from '../gong/local-server';
import { startBrokenGong } from '../support/broken-gong';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

/** A JSON body nested `depth` levels deep, as a hostile Gong might send. */
const nested = (depth: number) => `{"requestId":"deep","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('a Gong response nested thousands of levels deep', () => {
  it('gongApiRequest fails once as a malformed response, without retrying', async () => {
    const input = { connectionId: 'acme-prod', method: 'GET' as const, path: '/v2/users' };
    const gong = await startBrokenGong(answerWith(200, nested(5_000)));
    try {
      const failure = await failureOf(
        h.withWorker((taskQueue) => gongApiRequest(h.client, input, { taskQueue }), gong.deps),
      );
      expect(failure.cause).toBeInstanceOf(ApplicationFailure);
      const cause = failure.cause as ApplicationFailure;
      expect(cause.type).toBe(FailureTypes.gongFormat);
      expect(cause.nonRetryable).toBe(true);
      expect(cause.message).toContain('nested more than');
      expect(gong.server.paths).toHaveLength(1);
    } finally {
      await gong.close();
    }
  });

  it('searchCalls fails as a malformed response too', async () => {
    const gong = await startBrokenGong(answerWith(200, nested(3_500)));
    try {
      const failure = await failureOf(
        h.withWorker(
          (taskQueue) =>
            searchCalls(
              h.client,
              {
                connectionId: 'acme-prod',
                fromDateTime: '2026-01-01T00:00:00Z',
                toDateTime: '2026-02-01T00:00:00Z',
              },
              { taskQueue },
            ),
          gong.deps,
        ),
      );
      expect((failure.cause as ApplicationFailure).type).toBe(FailureTypes.gongFormat);
      expect(gong.server.paths).toHaveLength(1);
    } finally {
      await gong.close();
    }
  });
});
