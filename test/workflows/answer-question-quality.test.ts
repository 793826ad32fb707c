import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, startAnswerQuestion } from '../../src/client';
import type { AnswerQuestionInput } from '../../src/api/answer-question';
import { createDataSet } from '../../tools/simulator';
import { callDaysAgo, fillerCalls, NEUTRAL_PARTIES } from '../support/call-fixtures';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

function ask(input: Partial<AnswerQuestionInput> & Pick<AnswerQuestionInput, 'customerName' | 'question'>) {
  return h.withWorker((taskQueue) =>
    answerQuestionAboutCustomerCall(h.client, { connectionId: 'acme-prod', ...input }, { taskQueue }),
  );
}

/** The quoted passages of an answer. */
const quotesOf = (answer: string) => [...answer.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');

const transcriptRequests = () => h.simulator.requests.filter((r) => r.path === '/v2/calls/transcript');
const contentRequests = () =>
  h.simulator.requests.filter(
    (r) =>
      r.path === '/v2/calls/extensive' &&
      Array.isArray((r.body as { filter?: { callIds?: unknown } } | null)?.filter?.callIds),
  );

/** A call whose AI content says nothing of budget, while its transcript does. */
function pricingCallWithBudgetTalk() {
  const call = callDaysAgo(2, {
    title: 'Acme pricing review',
    content: { keyPoints: [{ text: 'Acme asked for a 20% discount on the list price.' }] },
    parties: [
      ...NEUTRAL_PARTIES,
      { name: 'Elena Johansson', emailAddress: 'elena@acme.com', affiliation: 'External' },
    ],
  });
  const speaker = call.parties?.[2]?.speakerId ?? '';
  call.transcript = [
    {
      speakerId: speaker,
      topic: 'Pricing',
      sentences: [{ start: 1_000, end: 4_000, text: 'Honestly that is above what we budgeted.' }],
    },
    {
      speakerId: speaker,
      topic: 'Small talk',
      sentences: [{ start: 60_000, end: 63_000, text: 'The weather in Lisbon was lovely last weekend.' }],
    },
  ];
  return call;
}

describe('answers worth reading, through the workflow', () => {
  it('answers the demo question about Acme on the seeded data set: pricing and budget, nothing twice', async () => {
    h.simulator.dataSet = createDataSet({ seed: 42, now: new Date() });
    const result = await ask({
      customerName: 'Acme',
      question: 'What did they say about pricing and budget?',
    });

    expect(result.status).toBe('answered');
    expect(result.answer).toMatch(/budget/i);
    expect(result.answer).toMatch(/\d+% discount|price/);
    expect(result.answer).not.toContain('Nothing in');
    const quotes = quotesOf(result.answer);
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const line of result.answer.split('\n')) {
      const markers = [...line.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
      expect(new Set(markers).size, line).toBe(markers.length);
    }
    expect(result.citations.every((c) => c.url.startsWith('https://simulated-call.gong.invalid/'))).toBe(
      true,
    );
  });

  it("reads the older matching calls whose titles hold the question's words with the newest, in one content request", async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(1, { title: 'Acme onboarding', content: { brief: 'Acme reviewed the onboarding plan.' } }),
      callDaysAgo(2, { title: 'Acme QBR' }),
      callDaysAgo(10, {
        title: 'Acme x Northwind: Snowflake migration',
        content: { brief: 'Acme asked whether the Snowflake migration can finish in a week.' },
      }),
      callDaysAgo(12, { title: 'Acme pricing discussion' }),
    ];
    const result = await ask({
      customerName: 'Acme',
      question: 'What did they say about the Snowflake migration?',
      maxCalls: 2,
      exhaustive: true,
    });

    expect(result.answer).toContain('"Acme asked whether the Snowflake migration can finish in a week."');
    expect(result.callsAnalyzed.map((call) => call.title)).toEqual([
      'Acme onboarding',
      'Acme QBR',
      'Acme x Northwind: Snowflake migration',
    ]);
    expect(contentRequests()).toHaveLength(1);
  });

  it('points to the older calls relevant by title beyond those it reads, and names the input that reads them', async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(1, {
        title: 'Acme onboarding',
        content: { brief: 'Acme asked whether the Snowflake migration can finish in a week.' },
      }),
      callDaysAgo(2, { title: 'Acme QBR' }),
      ...[10, 11, 12, 13, 14, 15, 16].map((day) =>
        callDaysAgo(day, { title: 'Acme x Northwind: Snowflake migration' }),
      ),
    ];
    const result = await ask({
      customerName: 'Acme',
      question: 'What did they say about the Snowflake migration?',
      maxCalls: 2,
      exhaustive: true,
    });

    expect(result.answer).toMatch(
      /\n2 older matching calls look relevant by title: “Acme x Northwind: Snowflake migration” \(\d{4}-\d\d-\d\d\), “Acme x Northwind: Snowflake migration” \(\d{4}-\d\d-\d\d\)\. Raise maxCalls to 9 to read them\.$/,
    );
    expect(result.markdown).toContain('Raise maxCalls to 9 to read them.');
  });

  it('reads the transcript of a call Gong has not summarised yet, in one request, and says so', async () => {
    const call = pricingCallWithBudgetTalk();
    call.content = {};
    h.simulator.dataSet.calls = [call, ...fillerCalls(3)];
    const result = await ask({ customerName: 'Acme', question: 'What did they say about the budget?' });

    expect(result.answer).toContain('- Elena Johansson said: "Honestly that is above what we budgeted." [1]');
    expect(result.answer).toContain('Gong has not summarised “Acme pricing review”');
    expect(transcriptRequests()).toHaveLength(1);
  });

  it("quotes a rival named only in what was said when Gong's summaries do not answer, reading the transcripts once", async () => {
    const call = callDaysAgo(2, {
      title: 'Acme weekly sync',
      content: { brief: 'The team reviewed the onboarding checklist.' },
      parties: [
        ...NEUTRAL_PARTIES,
        { name: 'Elena Johansson', emailAddress: 'elena@acme.com', affiliation: 'External' },
      ],
    });
    call.transcript = [
      {
        speakerId: call.parties?.[2]?.speakerId ?? '',
        topic: 'Discovery',
        sentences: [{ start: 1_000, end: 4_000, text: 'We are also looking at Looker as an alternative.' }],
      },
    ];
    h.simulator.dataSet.calls = [call, ...fillerCalls(3)];
    const result = await ask({ customerName: 'Acme', question: 'Which competitors did they mention?' });

    expect(result.answer).toContain(
      '- Elena Johansson said: "We are also looking at Looker as an alternative." [1]',
    );
    expect(result.answer).not.toContain('older calls were read');
    expect(transcriptRequests()).toHaveLength(1);
  });

  it('says which part of the question the calls do not address, after looking for it in their transcripts once', async () => {
    h.simulator.dataSet.calls = [pricingCallWithBudgetTalk(), ...fillerCalls(3)];
    const result = await ask({
      customerName: 'Acme',
      question: 'What did they say about pricing and headcount?',
    });

    expect(result.answer).toContain('"Acme asked for a 20% discount on the list price." [1]');
    expect(result.answer).toContain('The call read does not mention "headcount".');
    // A subject the summaries leave out may have been said aloud: the transcripts are read once.
    expect(transcriptRequests()).toHaveLength(1);
  });

  it('with includeTranscripts, answers from what was said too, in one more Gong request', async () => {
    const call = pricingCallWithBudgetTalk();
    h.simulator.dataSet.calls = [call, ...fillerCalls(3)];
    const workflowId = uniqueWorkflowId('transcripts');
    const result = await h.withWorker((taskQueue) =>
      answerQuestionAboutCustomerCall(
        h.client,
        {
          connectionId: 'acme-prod',
          customerName: 'Acme',
          question: 'What did they say about pricing and budget?',
          includeTranscripts: true,
        },
        { taskQueue, workflowId },
      ),
    );

    expect(result.answer).toContain('- Elena Johansson said: "Honestly that is above what we budgeted." [1]');
    expect(result.answer).not.toContain('Nothing in');
    expect(transcriptRequests()).toHaveLength(1);
    expect(transcriptRequests()[0]?.body).toEqual({ filter: { callIds: [call.metaData.id] } });
    // The transcript is read inside the activity: what the answer does not quote never reaches the history.
    const history = JSON.stringify(await h.client.workflow.getHandle(workflowId).fetchHistory());
    expect(decodedPayloads(history)).toContain('above what we budgeted');
    expect(decodedPayloads(history)).not.toContain('Lisbon');
  });

  it('matches a customer given as a domain to the participants at that domain', async () => {
    const parties = [...NEUTRAL_PARTIES, { name: 'Jane Roe', emailAddress: 'jane@acme.com' }];
    h.simulator.dataSet.calls = [
      callDaysAgo(3, { title: 'Follow-up', parties }),
      callDaysAgo(4, { title: 'Acme Corp. QBR' }),
      ...fillerCalls(5),
    ];
    const result = await ask({ customerName: 'acme.com', question: 'Pricing?' });

    expect(result.callsAnalyzed.map((c) => [c.title, c.matchedOn])).toEqual([
      ['Follow-up', [{ field: 'email_domain', value: 'acme.com' }]],
    ]);
  });

  it("shows the answer and its numbered sources as Markdown in the run's current details", async () => {
    h.simulator.dataSet.calls = [
      callDaysAgo(3, {
        title: 'Acme [EU] pricing',
        content: { keyPoints: [{ text: 'Acme asked for a 20% discount on the list price.' }] },
      }),
    ];
    const details = await h.withWorker(async (taskQueue) => {
      const handle = await startAnswerQuestion(
        h.client,
        { connectionId: 'acme-prod', customerName: 'Acme', question: 'What about the price?' },
        { taskQueue },
      );
      await handle.result();
      const metadata = await handle.query<{ currentDetails?: string }>('__temporal_workflow_metadata');
      return metadata.currentDetails ?? '';
    });
    const call = h.simulator.dataSet.calls[0];
    const lines = details.split('\n');
    expect(lines.slice(0, -1)).toEqual([
      '**What about the price?** (about "Acme")',
      '',
      'Quoted from the one call read\\:',
      '',
      '- "Acme asked for a 20% discount on the list price." \\[1\\]',
      '',
      '**Sources**',
      '',
      `1. [Acme \\[EU\\] pricing](${call?.metaData.url}) (${call?.metaData.started.slice(0, 10).replaceAll('-', '\\-')})`,
      '',
    ]);
    expect(details.split('\n').at(-1)).toMatch(
      /^_Found 1 call from \d{4}\\-\d{2}\\-\d{2} to \d{4}\\-\d{2}\\-\d{2} and read it\. The answer quotes the calls word for word \\\(no AI model is configured\\\)\._$/,
    );
  });
});

/** Every base64 payload of a history, decoded, so a check also sees what payloads carry. */
function decodedPayloads(historyJson: string): string {
  return [...historyJson.matchAll(/"data":"([A-Za-z0-9+/=]+)"/g)]
    .map((m) => Buffer.from(m[1] ?? '', 'base64').toString('utf8'))
    .join('\n');
}
