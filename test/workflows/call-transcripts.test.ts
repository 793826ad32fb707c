import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getCallTranscripts, InvalidInputError } from '../../src/client';
import { buildSimCall, type SimCall } from '../../tools/simulator';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const UNKNOWN_ID = '1234567890123456789';

let h: GongHarness;
let call: SimCall;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  call = buildSimCall({
    title: 'Acme discovery',
    parties: [
      { name: 'Sam Seller', speakerId: '111', affiliation: 'Internal' },
      { name: null, emailAddress: 'casey@acme.com', speakerId: '222', affiliation: 'External' },
    ],
    transcript: [
      {
        speakerId: '111',
        topic: 'Introduction',
        sentences: [
          { start: 0, end: 2000, text: 'Thanks for joining.' },
          { start: 2000, end: 4000, text: 'Shall we start?' },
        ],
      },
      {
        speakerId: '222',
        topic: 'Pricing',
        sentences: [{ start: 4500, end: 7000, text: 'What does it cost?' }],
      },
      { speakerId: '999', topic: null, sentences: [{ start: 8000, end: 9000, text: 'Hello?' }] },
    ],
  });
  h.simulator.dataSet.calls = [call, buildSimCall({ title: 'Another call' })];
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

describe('reading call transcripts', () => {
  it('returns the sentences in spoken order, each with its speaker named from the call parties', async () => {
    const result = await h.withWorker((taskQueue) =>
      getCallTranscripts(h.client, { connectionId: 'acme-prod', callIds: [call.metaData.id] }, { taskQueue }),
    );
    expect(result).toEqual({
      transcripts: [
        {
          callId: call.metaData.id,
          sentences: [
            {
              speakerId: '111',
              speakerName: 'Sam Seller',
              start: 0,
              end: 2000,
              text: 'Thanks for joining.',
              topic: 'Introduction',
            },
            {
              speakerId: '111',
              speakerName: 'Sam Seller',
              start: 2000,
              end: 4000,
              text: 'Shall we start?',
              topic: 'Introduction',
            },
            {
              speakerId: '222',
              speakerName: 'casey@acme.com',
              start: 4500,
              end: 7000,
              text: 'What does it cost?',
              topic: 'Pricing',
            },
            { speakerId: '999', speakerName: null, start: 8000, end: 9000, text: 'Hello?', topic: null },
          ],
        },
      ],
      missing: [],
    });
  });

  it('asks Gong once for the transcripts and once for the parties, filtered by the call ids', async () => {
    await h.withWorker((taskQueue) =>
      getCallTranscripts(h.client, { connectionId: 'acme-prod', callIds: [call.metaData.id] }, { taskQueue }),
    );
    expect(h.simulator.requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/v2/calls/transcript'],
      ['POST', '/v2/calls/extensive'],
    ]);
    for (const request of h.simulator.requests) {
      expect((request.body as { filter: { callIds: string[] } }).filter.callIds).toEqual([call.metaData.id]);
    }
  });

  it('reports an id Gong does not know as not found and still returns the others', async () => {
    const result = await h.withWorker((taskQueue) =>
      getCallTranscripts(
        h.client,
        { connectionId: 'acme-prod', callIds: [UNKNOWN_ID, call.metaData.id] },
        { taskQueue },
      ),
    );
    expect(result.transcripts.map((t) => t.callId)).toEqual([call.metaData.id]);
    expect(result.missing).toEqual([{ callId: UNKNOWN_ID, reason: 'not_found' }]);
  });

  it('reports every id as not found, without asking for parties, when Gong knows none of them', async () => {
    const result = await h.withWorker((taskQueue) =>
      getCallTranscripts(h.client, { connectionId: 'acme-prod', callIds: [UNKNOWN_ID] }, { taskQueue }),
    );
    expect(result).toEqual({ transcripts: [], missing: [{ callId: UNKNOWN_ID, reason: 'not_found' }] });
    expect(h.simulator.requests.map((r) => r.path)).toEqual(['/v2/calls/transcript']);
  });

  it('refuses more than 100 call ids before starting anything, naming the field', async () => {
    const callIds = Array.from({ length: 101 }, (_, index) => String(1000 + index));
    const error = await getCallTranscripts(h.client, { connectionId: 'acme-prod', callIds }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.field)).toEqual(['callIds']);
  });
});
