import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GongSimulator } from '../../tools/simulator';
import { callSim, listOf, recordsOf, startSeededSimulator, TEST_NOW } from './helpers';

interface Monologue {
  speakerId: string;
  topic: string | null;
  sentences: { start: number; end: number; text: string }[];
}

describe('POST /v2/calls/transcript', () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startSeededSimulator();
  });
  afterAll(() => sim.stop());

  it('returns the transcript of the requested call with integer millisecond times', async () => {
    const call = sim.dataSet.calls[10];
    const res = await callSim(sim, '/v2/calls/transcript', {
      body: { filter: { callIds: [call?.metaData.id] } },
    });
    expect(res.status).toBe(200);
    const [item] = listOf(res, 'callTranscripts');
    expect(item?.callId).toBe(call?.metaData.id);
    const sentences = (item?.transcript as Monologue[]).flatMap((m) => m.sentences);
    expect(sentences.length).toBeGreaterThan(0);
    expect(
      sentences.every((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start),
    ).toBe(true);
  });

  it('uses speaker ids that match the call parties', async () => {
    const call = sim.dataSet.calls.find((c) => c.parties !== null);
    const res = await callSim(sim, '/v2/calls/transcript', {
      body: { filter: { callIds: [call?.metaData.id] } },
    });
    const speakerIds = new Set(
      (listOf(res, 'callTranscripts')[0]?.transcript as Monologue[]).map((m) => m.speakerId),
    );
    const partySpeakers = new Set(call?.parties?.map((p) => p.speakerId));
    expect([...speakerIds].every((id) => partySpeakers.has(id))).toBe(true);
  });

  it('pages transcripts over a date range with the body cursor', async () => {
    const filter = { fromDateTime: '2025-01-01T00:00:00Z', toDateTime: TEST_NOW.toISOString() };
    const first = await callSim(sim, '/v2/calls/transcript', { body: { filter } });
    const second = await callSim(sim, '/v2/calls/transcript', {
      body: { filter, cursor: recordsOf(first).cursor },
    });
    expect(recordsOf(second).currentPageNumber).toBe(1);
    expect(listOf(second, 'callTranscripts')[0]?.callId).toBe(sim.dataSet.calls[100]?.metaData.id);
  });

  it('answers a filter that matches nothing with the "No calls found" 404', async () => {
    const res = await callSim(sim, '/v2/calls/transcript', {
      body: { filter: { fromDateTime: '2020-01-01T00:00:00Z', toDateTime: '2020-01-02T00:00:00Z' } },
    });
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual(['No calls found corresponding to the provided filters']);
  });

  it('answers an empty callIds list with 400', async () => {
    const res = await callSim(sim, '/v2/calls/transcript', { body: { filter: { callIds: [] } } });
    expect(res.status).toBe(400);
  });
});
