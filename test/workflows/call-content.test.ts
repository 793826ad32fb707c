import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getCallContent } from '../../src/client';
import { buildSimCall, type SimCall } from '../../tools/simulator';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const UNKNOWN_ID = '1234567890123456789';

let h: GongHarness;
let calls: SimCall[];
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  calls = Array.from({ length: 150 }, (_, index) =>
    buildSimCall({
      title: `Acme call ${index + 1}`,
      started: new Date(Date.parse('2026-01-02T00:00:00Z') + index * 3_600_000),
      content: {
        brief: `Brief of call ${index + 1}.`,
        keyPoints: [{ text: 'Acme wants SSO.' }],
        topics: [{ name: 'Pricing', duration: 320 }],
      },
      parties: [
        { name: 'Sam Seller', emailAddress: 'sam@seller.example', title: 'AE', affiliation: 'Internal' },
        { name: 'Casey Customer', emailAddress: 'casey@acme.com', title: 'CTO', affiliation: 'External' },
      ],
    }),
  );
  h.simulator.dataSet.calls = calls;
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

const extensiveRequests = () => h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive');
const idsOf = (someCalls: SimCall[]) => someCalls.map((call) => call.metaData.id);

describe('reading the AI content of calls', () => {
  it('reads 3 calls in one Gong request, with topics, participants and speaker talk time', async () => {
    const ids = idsOf(calls.slice(0, 3));
    const result = await h.withWorker((taskQueue) =>
      getCallContent(h.client, { connectionId: 'acme-prod', callIds: ids }, { taskQueue }),
    );
    expect(result.missing).toEqual([]);
    expect(result.calls.map((call) => call.callId)).toEqual(ids);
    expect(result.calls[0]).toMatchObject({
      title: 'Acme call 1',
      brief: 'Brief of call 1.',
      keyPoints: ['Acme wants SSO.'],
      topics: [{ name: 'Pricing', durationSeconds: 320 }],
      participants: [
        { name: 'Sam Seller', emailAddress: 'sam@seller.example', title: 'AE', affiliation: 'Internal' },
        { name: 'Casey Customer', emailAddress: 'casey@acme.com', title: 'CTO', affiliation: 'External' },
      ],
      speakers: [
        { name: 'Sam Seller', talkTimeSeconds: 60 },
        { name: 'Casey Customer', talkTimeSeconds: 60 },
      ],
    });
    expect(extensiveRequests()).toHaveLength(1);
  });

  it('reads 150 calls in two Gong requests of at most 100 ids', async () => {
    const result = await h.withWorker((taskQueue) =>
      getCallContent(h.client, { connectionId: 'acme-prod', callIds: idsOf(calls) }, { taskQueue }),
    );
    expect(result.calls).toHaveLength(150);
    const requested = extensiveRequests().map(
      (r) => (r.body as { filter: { callIds: string[] } }).filter.callIds.length,
    );
    expect(requested).toEqual([100, 50]);
  });

  it('reports an id Gong does not know as not found and still returns the others', async () => {
    const ids = [calls[0]?.metaData.id ?? '', UNKNOWN_ID, calls[1]?.metaData.id ?? ''];
    const result = await h.withWorker((taskQueue) =>
      getCallContent(h.client, { connectionId: 'acme-prod', callIds: ids }, { taskQueue }),
    );
    expect(result.calls.map((call) => call.title)).toEqual(['Acme call 1', 'Acme call 2']);
    expect(result.missing).toEqual([{ callId: UNKNOWN_ID, reason: 'not_found' }]);
  });

  it('reports every id as not found when Gong knows none of them', async () => {
    const result = await h.withWorker((taskQueue) =>
      getCallContent(h.client, { connectionId: 'acme-prod', callIds: [UNKNOWN_ID] }, { taskQueue }),
    );
    expect(result).toEqual({ calls: [], missing: [{ callId: UNKNOWN_ID, reason: 'not_found' }] });
  });

  it('asks Gong only for the blocks listed in include', async () => {
    const result = await h.withWorker((taskQueue) =>
      getCallContent(
        h.client,
        { connectionId: 'acme-prod', callIds: idsOf(calls.slice(0, 1)), include: ['brief'] },
        { taskQueue },
      ),
    );
    expect(result.calls[0]).toMatchObject({ brief: 'Brief of call 1.', keyPoints: [], topics: [] });
    const selector = (
      extensiveRequests()[0]?.body as { contentSelector: { exposedFields: { content: object } } }
    ).contentSelector.exposedFields.content;
    expect(Object.entries(selector).filter(([, wanted]) => wanted)).toEqual([['brief', true]]);
  });

  it('fails at once, naming the field, for an id that is not numeric', async () => {
    const error = await h
      .withWorker((taskQueue) =>
        h.client.workflow.execute('getCallContent', {
          taskQueue,
          workflowId: uniqueWorkflowId('content-invalid'),
          args: [{ connectionId: 'acme-prod', callIds: ['123', 'abc'] }],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect((error as WorkflowFailedError).cause?.message).toBe(
      'Invalid input for getCallContent: callIds.1: must be a numeric Gong call id of up to 20 digits',
    );
    expect(h.simulator.requests).toHaveLength(0);
  });
});
