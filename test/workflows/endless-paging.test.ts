import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCallContent, searchCalls } from '../../src/client';
import { FailureTypes } from '../../src/api/failure-types';
import { ApplicationFailure } from '@temporalio/common';
import { answerWith } from '../gong/local-server';
import { startBrokenGong, type BrokenGong } from '../support/broken-gong';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const RANGE = { fromDateTime: '2026-01-01T00:00:00Z', toDateTime: '2026-02-01T00:00:00Z' };

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

/** A page of `GET /v2/calls` or `POST /v2/calls/extensive` with `count` calls. */
function page(count: number, totalRecords: number, cursor: string, extensive: boolean) {
  const calls = Array.from({ length: count }, (_, index) => {
    const metaData = {
      id: String(7_000_000 + index),
      title: `Call ${index}`,
      started: '2026-01-02T00:00:00Z',
    };
    return extensive ? { metaData } : metaData;
  });
  return {
    requestId: 'broken-gong',
    records: { totalRecords, currentPageSize: count, currentPageNumber: 0, cursor },
    calls,
  };
}

async function withBrokenGong<T>(gong: BrokenGong, run: (taskQueue: string) => Promise<T>) {
  try {
    return await failureOf(h.withWorker(run, gong.deps));
  } finally {
    await gong.close();
  }
}

function expectPagingFailure(cause: unknown, what: string): void {
  expect(cause).toBeInstanceOf(ApplicationFailure);
  const failure = cause as ApplicationFailure;
  expect(failure.type).toBe(FailureTypes.gongPaging);
  expect(failure.nonRetryable).toBe(true);
  expect(failure.message).toContain(`Stopped the Gong ${what}`);
}

describe('a Gong whose paging never ends', () => {
  it('searchCalls stops when Gong answers with the cursor it was just given, after 2 requests', async () => {
    const gong = await startBrokenGong(answerWith(200, page(1, 1, 'SAME-CURSOR', false)));
    const failure = await withBrokenGong(gong, (taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE }, { taskQueue }),
    );
    expectPagingFailure(failure.cause, 'call search');
    expect(failure.cause?.message).toContain('returned the cursor of a page already read');
    expect(gong.server.paths).toHaveLength(2);
  });

  it('searchCalls stops at the first empty page that still hands out a fresh cursor', async () => {
    let served = 0;
    const gong = await startBrokenGong((req, res) => {
      served += 1;
      answerWith(200, page(0, 100_000, `fresh-cursor-${served}`, false))(req, res);
    });
    const failure = await withBrokenGong(gong, (taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE }, { taskQueue }),
    );
    expectPagingFailure(failure.cause, 'call search');
    expect(failure.cause?.message).toContain('page 1 was empty but had a next page');
    expect(gong.server.paths).toHaveLength(1);
  });

  it('getCallContent stops on a repeated cursor instead of retrying it', async () => {
    const gong = await startBrokenGong(answerWith(200, page(1, 1, 'SAME-CURSOR', true)));
    const failure = await withBrokenGong(gong, (taskQueue) =>
      getCallContent(h.client, { connectionId: 'acme-prod', callIds: ['7000000'] }, { taskQueue }),
    );
    expectPagingFailure(failure.cause, 'call content listing');
    expect(gong.server.paths).toHaveLength(2);
  });

  it('searchCalls stops past the page cap that totalRecords implies, even with new cursors', async () => {
    let served = 0;
    const gong = await startBrokenGong((req, res) => {
      served += 1;
      answerWith(200, page(100, 250, `cursor-${served}`, false))(req, res);
    });
    const failure = await withBrokenGong(gong, (taskQueue) =>
      searchCalls(h.client, { connectionId: 'acme-prod', ...RANGE }, { taskQueue }),
    );
    expectPagingFailure(failure.cause, 'call search');
    expect(failure.cause?.message).toContain('250 records fit in 5 pages');
    // 250 records of 100 per page take 3 pages; 2 more are slack for calls added meanwhile.
    expect(gong.server.paths).toHaveLength(5);
  });
});
