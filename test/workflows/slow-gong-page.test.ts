import { afterAll, beforeAll, expect, it } from 'vitest';
import { getCallTranscripts } from '../../src/client';
import { createRequestPacer } from '../../src/gong/request-pacer';
import { buildSimCall, type SimCall } from '../../tools/simulator';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

/** Slower than the listing's 20 s heartbeat timeout, faster than Gong's 30 s request timeout. */
const SLOW_PAGE_MS = 25_000;

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

function oneCall(): SimCall {
  const call = buildSimCall({
    title: 'Acme discovery',
    parties: [{ name: 'Sam Seller', speakerId: '111', affiliation: 'Internal' }],
    transcript: [{ speakerId: '111', topic: null, sentences: [{ start: 0, end: 900, text: 'Hello.' }] }],
  });
  h.simulator.dataSet.calls = [call];
  h.simulator.clearRequests();
  return call;
}

it('getCallTranscripts succeeds when every Gong page takes 25 s, in one attempt', async () => {
  h.simulator.setLatency(SLOW_PAGE_MS);
  const call = oneCall();
  const result = await h.withWorker(
    (taskQueue) =>
      getCallTranscripts(h.client, { connectionId: 'acme-prod', callIds: [call.metaData.id] }, { taskQueue }),
    { gongTimeoutMs: 30_000 },
  );
  expect(result.transcripts.map((t) => t.sentences.map((s) => `${s.speakerName}: ${s.text}`))).toEqual([
    ['Sam Seller: Hello.'],
  ]);
  // One transcript page and one parties page: no attempt was killed and restarted.
  expect(h.simulator.requests.map((r) => r.path)).toEqual(['/v2/calls/transcript', '/v2/calls/extensive']);
}, 120_000);

it('getCallTranscripts succeeds when the pacer holds its second page back for over 25 s', async () => {
  h.simulator.setLatency(0);
  const call = oneCall();
  // One request per 25 s (from the first page's answer): the parties page waits longer than the heartbeat timeout.
  const pacer = createRequestPacer({ perSecond: 1 / 25 });
  const result = await h.withWorker(
    (taskQueue) =>
      getCallTranscripts(h.client, { connectionId: 'acme-prod', callIds: [call.metaData.id] }, { taskQueue }),
    { pacer },
  );
  expect(result.transcripts).toHaveLength(1);
  const [transcript, parties] = h.simulator.requests;
  expect(h.simulator.requests).toHaveLength(2);
  expect((parties?.at.getTime() ?? 0) - (transcript?.at.getTime() ?? 0)).toBeGreaterThan(25_000);
}, 120_000);
