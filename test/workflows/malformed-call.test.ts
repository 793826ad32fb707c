import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, workerLogLines, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

const question = 'What did they say about pricing?';

describe('a Gong listing with one call that cannot be used', () => {
  it('answers from the other calls and says how many were left out', async () => {
    const broken = callDaysAgo(2, { title: 'Acme pricing review' });
    // A call id Gong's schema cannot hold: the record cannot be used, like one without a start.
    broken.metaData.id = 'not-a-call-id';
    h.simulator.dataSet.calls = [
      callDaysAgo(3, { title: 'Acme pricing call' }),
      broken,
      callDaysAgo(5, { title: 'Acme renewal' }),
      ...fillerCalls(5),
    ];
    const result = await h.withWorker((taskQueue) =>
      answerQuestionAboutCustomerCall(
        h.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question },
        { taskQueue },
      ),
    );
    expect(result.status).toBe('answered');
    expect(result.callsAnalyzed.map((call) => call.title)).toEqual(['Acme pricing call', 'Acme renewal']);
    expect(result.coverage.callsSkipped).toBe(1);
    expect(
      workerLogLines.some((line) => line.includes('Left out calls Gong listed that could not be used')),
    ).toBe(true);
  });
});
