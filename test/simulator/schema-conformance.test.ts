import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGongSimulator, type GongSimulator } from '../../tools/simulator';
import { callSim, callsQuery, recordsOf, startSeededSimulator, TEST_NOW } from './helpers';
import { schemaErrors } from './openapi-validator';

const FULL_SELECTOR = {
  context: 'Extended',
  contextTiming: ['Now'],
  exposedFields: {
    parties: true,
    content: {
      structure: true,
      topics: true,
      trackers: true,
      trackerOccurrences: true,
      pointsOfInterest: true,
      brief: true,
      outline: true,
      highlights: true,
      callOutcome: true,
      keyPoints: true,
    },
    interaction: { speakers: true, video: true, personInteractionStats: true, questions: true },
    collaboration: { publicComments: true },
    media: true,
  },
};
const ALL_TIME = { fromDateTime: '2025-01-01T00:00:00Z', toDateTime: TEST_NOW.toISOString() };

describe("responses conform to Gong's OpenAPI spec", () => {
  let sim: GongSimulator;
  beforeAll(async () => {
    sim = await startSeededSimulator();
  });
  afterAll(() => sim.stop());

  it('GET /v2/users matches UsersMetadata', async () => {
    const res = await callSim(sim, '/v2/users');
    expect(schemaErrors('UsersMetadata', res.body)).toEqual([]);
  });

  it('GET /v2/calls matches CallsResponse', async () => {
    const res = await callSim(sim, callsQuery('2025-01-01T00:00:00Z', TEST_NOW));
    expect(schemaErrors('CallsResponse', res.body)).toEqual([]);
  });

  it('GET /v2/calls/{id} matches SpecificCall', async () => {
    const res = await callSim(sim, `/v2/calls/${sim.dataSet.calls[0]?.metaData.id}`);
    expect(schemaErrors('SpecificCall', res.body)).toEqual([]);
  });

  it('every page of POST /v2/calls/extensive with the full content selector matches Calls', async () => {
    let cursor: string | undefined;
    do {
      const res = await callSim(sim, '/v2/calls/extensive', {
        body: { cursor, filter: ALL_TIME, contentSelector: FULL_SELECTOR },
      });
      expect(res.status).toBe(200);
      expect(schemaErrors('Calls', res.body)).toEqual([]);
      cursor = recordsOf(res).cursor;
    } while (cursor);
  });

  it('every page of POST /v2/calls/transcript matches CallTranscripts', async () => {
    let cursor: string | undefined;
    do {
      const res = await callSim(sim, '/v2/calls/transcript', { body: { cursor, filter: ALL_TIME } });
      expect(schemaErrors('CallTranscripts', res.body)).toEqual([]);
      cursor = recordsOf(res).cursor;
    } while (cursor);
  });

  it('401, 400, 404 and 429 bodies match ErrorResponse', async () => {
    const limited = await startGongSimulator({ dataSet: sim.dataSet, requestsPerSecond: 1 });
    try {
      await callSim(limited, '/v2/users');
      const bodies = [
        (await callSim(sim, '/v2/users', { auth: null })).body,
        (await callSim(sim, '/v2/calls/extensive', { body: { filter: { callIds: [] } } })).body,
        (await callSim(sim, '/v2/calls/123')).body,
        (await callSim(sim, callsQuery('2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z'))).body,
        (await callSim(limited, '/v2/users')).body,
      ];
      for (const body of bodies) {
        expect(schemaErrors('ErrorResponse', body)).toEqual([]);
        expect(body.errors).toEqual([expect.any(String)]);
      }
    } finally {
      await limited.stop();
    }
  });

  it('the validator rejects a response that breaks the spec', () => {
    expect(
      schemaErrors('Calls', { calls: [{ metaData: { duration: 'long', direction: 'Sideways' } }] }),
    ).not.toEqual([]);
  });
});
