import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, InvalidInputError, startAnswerQuestion } from '../../src/client';
import type { AnswerQuestionResult } from '../../src/api/answer-question';
import { answerProgressQuery } from '../../src/api';
import { accountContext, callDaysAgo, fillerCalls, NEUTRAL_PARTIES } from '../support/call-fixtures';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

function ask(
  customerName: string,
  extra: { maxCalls?: number; lookbackDays?: number; exhaustive?: boolean; question?: string } = {},
) {
  return h.withWorker((taskQueue) =>
    answerQuestionAboutCustomerCall(
      h.client,
      { connectionId: 'acme-prod', customerName, question: 'What did they say about pricing?', ...extra },
      { taskQueue },
    ),
  );
}

const listingRequests = () =>
  h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive' && !hasCallIds(r.body));
const contentRequests = () =>
  h.simulator.requests.filter((r) => r.path === '/v2/calls/extensive' && hasCallIds(r.body));
function hasCallIds(body: unknown): boolean {
  return Array.isArray((body as { filter?: { callIds?: unknown } } | null)?.filter?.callIds);
}

describe('finding the customer calls', () => {
  it('matches the customer name in a call title, whatever its case', async () => {
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'ACME Corp. QBR' }), ...fillerCalls(5)];
    const result = await ask('acme');
    expect(result.status).toBe('answered');
    expect(result.callsAnalyzed.map((c) => [c.title, c.matchedOn])).toEqual([
      ['ACME Corp. QBR', [{ field: 'title', value: 'ACME Corp. QBR' }]],
    ]);
  });

  it("matches a participant's name", async () => {
    const parties = [...NEUTRAL_PARTIES, { name: 'Hank Scorpio', emailAddress: 'hank@globex.example' }];
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Weekly sync', parties }), ...fillerCalls(5)];
    const result = await ask('hank scorpio');
    expect(result.callsAnalyzed[0]?.matchedOn).toEqual([
      { field: 'participant_name', value: 'Hank Scorpio' },
    ]);
  });

  it("matches a participant's email domain", async () => {
    const parties = [...NEUTRAL_PARTIES, { name: 'Jane Roe', emailAddress: 'jane@acme.com' }];
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Follow-up', parties }), ...fillerCalls(5)];
    const result = await ask('Acme');
    expect(result.callsAnalyzed[0]?.matchedOn).toEqual([{ field: 'email_domain', value: 'acme.com' }]);
  });

  it("matches a party's CRM account", async () => {
    const parties = [
      ...NEUTRAL_PARTIES,
      { name: 'Jo Doe', emailAddress: 'jo@gmail.com', context: accountContext('Acme Corporation') },
    ];
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Follow-up', parties }), ...fillerCalls(5)];
    const result = await ask('acme');
    expect(result.callsAnalyzed[0]?.matchedOn).toEqual([{ field: 'crm_account', value: 'Acme Corporation' }]);
  });

  it('ignores accents, punctuation and extra spaces', async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(2, { title: 'Société Générale Énergie — kickoff' }),
      callDaysAgo(4, { title: "O'Reilly Logistics: renewal" }),
      ...fillerCalls(5),
    ];
    expect((await ask('  societe   generale energie ')).callsAnalyzed).toHaveLength(1);
    expect((await ask('OReilly logistics')).callsAnalyzed).toHaveLength(1);
  });

  it('finds the CRM account "Fenwick Dairy Cooperative" for "fenwick dairy co-op"', async () => {
    const parties = [
      ...NEUTRAL_PARTIES,
      {
        name: 'Walt Henning',
        emailAddress: 'walt@gmail.com',
        context: accountContext('Fenwick Dairy Cooperative'),
      },
    ];
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Weekly sync', parties }), ...fillerCalls(5)];
    const result = await ask('fenwick dairy co-op');
    expect(result.callsAnalyzed[0]?.matchedOn).toEqual([
      { field: 'crm_account', value: 'Fenwick Dairy Cooperative' },
    ]);
  });

  it('says plainly that no calls were found for a name that matches nothing, without reading content', async () => {
    h.simulator.dataSet.calls = fillerCalls(20);
    const result = await ask('Initech');
    expect(result).toMatchObject({
      status: 'no_calls_found',
      citations: [],
      callsAnalyzed: [],
      matchedCallCount: 0,
    });
    expect(result.answer).toContain('No calls were found for "Initech"');
    expect(result.answer).toContain(result.window.fromDateTime);
    expect(result.answer).toContain('must match how the customer appears in Gong');
    expect(contentRequests()).toHaveLength(0);
  });

  it('finds the CRM account "Stark Industries" for "Stark Industries, Inc."', async () => {
    const parties = [
      ...NEUTRAL_PARTIES,
      { name: 'Jo Doe', emailAddress: 'jo@gmail.com', context: accountContext('Stark Industries') },
    ];
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Weekly sync', parties }), ...fillerCalls(5)];
    const result = await ask('Stark Industries, Inc.');
    expect(result.callsAnalyzed[0]?.matchedOn).toEqual([{ field: 'crm_account', value: 'Stark Industries' }]);
  });

  it('suggests the near customer names seen in the listing when a typo finds no calls and two are near', async () => {
    const partiesOf = (account: string) => [
      ...NEUTRAL_PARTIES,
      { name: 'Jo Doe', emailAddress: `jo@${account.toLowerCase()}.com`, context: accountContext(account) },
    ];
    h.simulator.dataSet.calls = [
      callDaysAgo(3, { title: 'Weekly sync', parties: partiesOf('Globex') }),
      callDaysAgo(4, { title: 'Weekly sync', parties: partiesOf('Globox') }),
      ...fillerCalls(5),
    ];
    h.simulator.clearRequests();
    const result = await ask('Globx');
    expect(result.status).toBe('no_calls_found');
    expect(result.answer).toContain('No calls were found for "Globx"');
    expect(result.answer).toContain('Did you mean Globex or Globox?');
    expect(result.nearNames).toEqual(['Globex', 'Globox']);
    // From the listing alone: no content request, no other kind of request.
    expect(h.simulator.requests.every((r) => r.path === '/v2/calls/extensive' && !hasCallIds(r.body))).toBe(
      true,
    );
  });

  it('answers for the one customer name near a typo, and says so first', async () => {
    const parties = [
      ...NEUTRAL_PARTIES,
      { name: 'Jo Doe', emailAddress: 'jo@globex.com', context: accountContext('Globex') },
    ];
    h.simulator.dataSet.calls = [
      callDaysAgo(3, {
        title: 'Weekly sync',
        parties,
        content: { brief: 'Globex asked for a 12% discount.' },
      }),
      ...fillerCalls(5),
    ];
    const result = await ask('Globx');
    expect(result.status).toBe('answered');
    expect(result.answer).toMatch(
      /^No calls were found for "Globx"\. Did you mean Globex\? The answer below is from the calls of Globex\./,
    );
    expect(result.answer).toContain('12% discount');
    expect(result.answeredFor).toBe('Globex');
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Weekly sync']);
  });

  /** Our rep alone, as on an internal deal review. */
  const ours = [{ ...NEUTRAL_PARTIES[0], affiliation: 'Internal' as const }];

  it('reads an internal deal review that names the customer by its short name ("Deal review: Velvet Fox")', async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(3, { title: 'Deal review: Velvet Fox', parties: ours, scope: 'Internal' }),
      ...fillerCalls(5),
    ];
    const result = await ask('Velvet Fox Apparel');
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Deal review: Velvet Fox']);
  });

  /** Brindlewood Harbour's contact on its own calls (no word of its name says what kind of firm it is). */
  const theirs = [
    ...NEUTRAL_PARTIES,
    { name: 'Mo Lee', emailAddress: 'mo@brindlewood.tv', context: accountContext('Brindlewood Harbour') },
  ];

  it('reads an internal review titled with the first word of the name their own calls go by ("Brindlewood deal review")', async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(2, { title: 'Brindlewood deal review', parties: ours, scope: 'Internal' }),
      callDaysAgo(4, { title: 'Brindlewood check-in', parties: theirs }),
      ...fillerCalls(5),
    ];
    const result = await ask('Brindlewood Harbour');
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual([
      'Brindlewood deal review',
      'Brindlewood check-in',
    ]);
  });

  it("does not take an internal call titled with the name's first word when none of theirs goes by it", async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(2, { title: 'Brindlewood deal review', parties: ours, scope: 'Internal' }),
      callDaysAgo(4, { title: 'Weekly sync', parties: theirs }),
      ...fillerCalls(5),
    ];
    const result = await ask('Brindlewood Harbour');
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Weekly sync']);
  });

  it('does not take an internal call for the customer when another CRM account starts with its short name', async () => {
    const capital = [
      ...NEUTRAL_PARTIES,
      { name: 'Jo Doe', emailAddress: 'jo@vfcapital.com', context: accountContext('Velvet Fox Capital') },
    ];
    const apparel = [
      ...NEUTRAL_PARTIES,
      { name: 'Al Roe', emailAddress: 'al@velvetfox.com', context: accountContext('Velvet Fox Apparel') },
    ];
    h.simulator.dataSet.calls = [
      callDaysAgo(2, { title: 'Weekly sync', parties: capital }),
      callDaysAgo(3, { title: 'Deal review: Velvet Fox', parties: ours, scope: 'Internal' }),
      callDaysAgo(4, { title: 'Kickoff', parties: apparel }),
      ...fillerCalls(5),
    ];
    const result = await ask('Velvet Fox Apparel');
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Kickoff']);
  });

  it('asked how they feel, also reads what was said on the calls Gong summarised', async () => {
    const call = callDaysAgo(3, {
      title: 'Acme onboarding',
      parties: [
        ...NEUTRAL_PARTIES,
        { name: 'Tobias Reinholt', emailAddress: 'tobias@acme.com', affiliation: 'External' as const },
      ],
      content: { brief: 'Onboarding handoff: the project plan comes by December 18.' },
    });
    call.transcript = [
      {
        speakerId: call.parties?.[2]?.speakerId ?? '',
        topic: null,
        sentences: [{ start: 0, end: 2000, text: 'Honestly, the mood here is great.' }],
      },
    ];
    h.simulator.dataSet.calls = [call, ...fillerCalls(5)];
    const result = await ask('Acme', { question: 'How is the mood at Acme?' });
    expect(result.answer).toContain('Honestly, the mood here is great.');
    expect(h.simulator.requests.some((r) => r.path === '/v2/calls/transcript')).toBe(true);
  });

  it("reads Gong's empty-result 404 as no calls found", async () => {
    h.simulator.dataSet.calls = [];
    const result = await ask('Acme');
    expect(result.status).toBe('no_calls_found');
    const statuses = h.simulator.requests.map((r) => r.status);
    expect(statuses.length).toBeLessThanOrEqual(3);
    expect(new Set(statuses)).toEqual(new Set([404]));
  });
});

describe('the time window and the number of calls read', () => {
  it('counts a call from 89 days ago and leaves out one from 91 days ago', async () => {
    const day89 = callDaysAgo(89, { title: 'Acme day 89' });
    const day91 = callDaysAgo(91, { title: 'Acme day 91' });
    h.simulator.dataSet.calls = [day91, day89];
    const result = await ask('Acme');
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual(['Acme day 89']);
    const days = (Date.parse(result.window.toDateTime) - Date.parse(result.window.fromDateTime)) / 86_400_000;
    expect(days).toBe(90);
  });

  it('reads the 5 most recent of 12 matching calls by default', async () => {
    h.simulator.dataSet.calls = Array.from({ length: 12 }, (_, i) =>
      callDaysAgo(2 + i * 5, { title: `Acme call ${i}` }),
    );
    // A question the most recent calls answer: no look-back further.
    const result = await ask('Acme', { question: 'What happened on the recent calls?' });
    expect(result.matchedCallCount).toBe(12);
    expect(result.callsAnalyzed.map((c) => c.title)).toEqual([
      'Acme call 0',
      'Acme call 1',
      'Acme call 2',
      'Acme call 3',
      'Acme call 4',
    ]);
  });

  it('reads 8 calls when maxCalls is 8', async () => {
    h.simulator.dataSet.calls = Array.from({ length: 12 }, (_, i) =>
      callDaysAgo(2 + i * 5, { title: `Acme call ${i}` }),
    );
    const result = await ask('Acme', { maxCalls: 8, question: 'What happened on the recent calls?' });
    expect(result.callsAnalyzed).toHaveLength(8);
    expect(contentRequests()).toHaveLength(1);
    expect((contentRequests()[0]?.body as { filter: { callIds: string[] } }).filter.callIds).toHaveLength(8);
  });

  it('with exhaustive: true, follows every page of a window with more than 100 calls, using the minimum of Gong requests', async () => {
    const matches = [
      callDaysAgo(70, { title: 'Acme oldest' }),
      callDaysAgo(40, { title: 'Acme middle' }),
      callDaysAgo(5, { title: 'Acme newest' }),
    ];
    h.simulator.dataSet.calls = [...fillerCalls(247), ...matches];
    const result = await ask('Acme', { exhaustive: true });
    expect(result.matchedCallCount).toBe(3);
    expect(listingRequests()).toHaveLength(3);
    expect(contentRequests()).toHaveLength(1);
    // Their summaries say nothing of pricing, so their transcripts are read too, in one request.
    const transcripts = h.simulator.requests.filter((r) => r.path === '/v2/calls/transcript');
    expect(transcripts).toHaveLength(1);
    expect(h.simulator.requests).toHaveLength(3 + 1 + 1);
  });
});

describe('answers and citations', () => {
  it('quotes passages of the cited calls when no model is configured', async () => {
    const content = {
      brief: 'Acme reviewed the proposal.',
      keyPoints: [{ text: 'Acme asked for a 20% discount on the annual price.' }],
    };
    h.simulator.dataSet.calls = [
      callDaysAgo(3, { title: 'Acme pricing review', content }),
      ...fillerCalls(5),
    ];
    const result = await ask('Acme');
    expect(result.answeredBy).toBe('extractive');
    expect(result.answer).toContain('"Acme asked for a 20% discount on the annual price."');
    expect(result.citations).toEqual([
      expect.objectContaining({ title: 'Acme pricing review', callId: result.callsAnalyzed[0]?.callId }),
    ]);
  });

  it('answers from the calls, cited by id, url and date', async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(3, { title: 'Acme QBR' }),
      callDaysAgo(6, { title: 'Acme demo' }),
    ];
    const result: AnswerQuestionResult = await ask('Acme', {
      question: 'What happened on the recent calls?',
    });
    for (const citation of result.citations) {
      const call = h.simulator.dataSet.calls.find((c) => c.metaData.id === citation.callId);
      expect(citation).toEqual({
        callId: call?.metaData.id,
        title: call?.metaData.title,
        started: call?.metaData.started,
        url: call?.metaData.url,
      });
    }
    expect(result.citations.length).toBeGreaterThan(0);
  });
});

describe('operating the workflow', () => {
  it('names the connection but never the customer in the workflow id, and reports progress through a query', async () => {
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme QBR' }), ...fillerCalls(5)];
    const progress = await h.withWorker(async (taskQueue) => {
      const handle = await startAnswerQuestion(
        h.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question: 'Next steps?' },
        { taskQueue },
      );
      expect(handle.workflowId).toMatch(/^answer-acme-prod-[0-9a-f-]{36}$/);
      await handle.result();
      return handle.query(answerProgressQuery);
    });
    expect(progress).toEqual({ stage: 'done', callsScanned: 6, callsMatched: 1, callsAnalyzed: 1 });
  });

  it('shows readable summaries of the run and of each activity in the Temporal UI, none naming the customer or the question', async () => {
    h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme QBR' })];
    const workflowId = uniqueWorkflowId('summaries');
    await h.withWorker((taskQueue) =>
      answerQuestionAboutCustomerCall(
        h.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question: 'Next steps?' },
        { taskQueue, workflowId },
      ),
    );
    const events = (await h.client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    const summary = (payload: { data?: Uint8Array | null } | null | undefined) =>
      payload?.data ? (JSON.parse(Buffer.from(payload.data).toString('utf8')) as string) : null;
    const started = events.find((e) => e.workflowExecutionStartedEventAttributes);
    // The kind of question and the connection: never the customer, which unencrypted payloads would show.
    expect(summary(started?.userMetadata?.summary)).toBe(
      'Answer a next steps question from Gong connection acme-prod',
    );
    const activities = events
      .filter((e) => e.activityTaskScheduledEventAttributes)
      .map((e) => summary(e.userMetadata?.summary));
    expect(activities).toEqual([
      "Find the customer's calls in the last 90 days",
      'Read 1 call and answer the next steps question',
    ]);
  });

  it('refuses a maxCalls above 50 in the client, naming the field', async () => {
    const error = await answerQuestionAboutCustomerCall(h.client, {
      connectionId: 'acme-prod',
      customerName: 'Acme',
      question: 'Pricing?',
      maxCalls: 51,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toMatch(/maxCalls: .*50/);
  });

  it('fails at once, naming the field, when a bad input reaches the workflow', async () => {
    const error = await h
      .withWorker((taskQueue) =>
        h.client.workflow.execute('answerQuestionAboutCustomerCall', {
          taskQueue,
          workflowId: uniqueWorkflowId('bad-input'),
          args: [{ connectionId: 'acme-prod', customerName: '', question: 'x' }],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect((error as WorkflowFailedError).cause?.message).toMatch(/customerName: must not be blank/);
  });
});
