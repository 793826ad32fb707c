import { Runtime } from '@temporalio/worker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseAnswerer } from '../../src/app/choose-answerer';
import { observeAnswerer } from '../../src/app/telemetry/observed-answerer';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import {
  INJECTED_STATEMENT,
  startHostileModelServer,
  type HostileModelServer,
  type HostilePlay,
} from '../support/hostile-model-server';
import { testModelOptions } from '../support/model-options';

let h: GongHarness;
let model: HostileModelServer;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  model = await startHostileModelServer();
});
afterAll(async () => {
  await model?.stop();
  await h?.close();
});

const quarterly = callDaysAgo(3, {
  title: 'Acme QBR',
  content: { brief: 'Acme wants a 15% discount for a two-year term.' },
});

beforeEach(() => {
  h.simulator.dataSet.calls = [quarterly, ...fillerCalls(5)];
  model.requests.length = 0;
  model.elsewhere.requests.length = 0;
  h.simulator.clearRequests();
});

/** Asks about Acme's pricing through a worker whose model always plays `play`, metered by the real Temporal runtime. */
async function askWhile(play: HostilePlay) {
  model.setDefault(play);
  try {
    const answerer = observeAnswerer(
      chooseAnswerer(testModelOptions(model.baseUrl, { model: 'hostile-1' }), { maxRetryAfterSeconds: 120 }),
      Runtime.instance().metricMeter,
      null,
    );
    return await h.withWorker(
      (taskQueue) =>
        answerQuestionAboutCustomerCall(
          h.client,
          { connectionId: 'acme-prod', customerName: 'Acme', question: 'What did Acme say about pricing?' },
          { taskQueue },
        ),
      { answerer },
    );
  } finally {
    model.setDefault('cite-first');
  }
}

/** Requests that read call content from Gong (the listing requests carry no call ids). */
function contentReads(): number {
  return h.simulator.requests.filter((request) => JSON.stringify(request.body ?? null).includes('"callIds"'))
    .length;
}

const plays: HostilePlay[] = [
  'uncited',
  'self-marked-claims',
  'active-markup',
  'many-claims',
  'huge-reply',
  { usage: '-5' },
  { usage: '1e999' },
  { usage: '18446744073709551616' },
  { redirect: 307 },
  'content-filter',
  'length',
  'echo-error',
];

describe('a hostile model behind a run', () => {
  it.each(plays.map((play) => [JSON.stringify(play), play] as const))(
    'answers, citing every statement, in a result under 64 KB, reading the calls once (%s)',
    async (_, play) => {
      const result = await askWhile(play);

      expect(result.status).toBe('answered');
      expect(result.citations.length).toBeGreaterThan(0);
      expect(result.answer).not.toContain(INJECTED_STATEMENT);
      expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThan(64 * 1024);
      expect(contentReads()).toBe(1);
      expect(model.elsewhere.requests).toHaveLength(0);
    },
  );
});
