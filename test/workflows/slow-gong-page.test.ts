import { afterAll, beforeAll, expect, it } from 'vitest';
import { getCallTranscripts } from '../../src/client';
import { buildSimCall } from '../../src/simulator';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

/** Slower than the listing's 20 s heartbeat timeout, faster than Gong's 30 s request timeout. */
const SLOW_PAGE_MS = 25_000;

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness({ latencyMs: SLOW_PAGE_MS });
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());

it('getCallTranscripts succeeds when every Gong page takes 25 s, in one attempt', async () => {
  const call = buildSimCall({
    title: 'Acme discovery',
    parties: [{ name: 'Sam Seller', speakerId: '111', affiliation: 'Internal' }],
    transcript: [{ speakerId: '111', topic: null, sentences: [{ start: 0, end: 900, text: 'Hello.' }] }],
  });
  h.simulator.dataSet.calls = [call];
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
