import { describe, expect, it } from 'vitest';
import type { CallTranscript } from '../../src/gong/call-transcript';
import { kindOfQuestion } from '../../src/wording/question-kind';
import { answerExtractively as answer, customerParticipant as customer, makeCall } from './call-fixtures';

/** Every `"…"` quote of an extractive answer that cites a call, in order. */
function quotes(text: string): string[] {
  return [...text.matchAll(/"([^"]+)" (?:\[\d+\])+/g)].map((match) => match[1] ?? '');
}

/** Seven calls, a day apart, each of which mentions a discount among other things; the oldest says most about it. */
const discountCalls = [10, 12, 15, 20, 25, 30, 35].map((percent, index) =>
  makeCall({
    callId: `d${index + 1}`,
    title: `Acme call ${index + 1}`,
    started: `2026-10-0${index + 1}T10:00:00Z`,
    keyPoints: [
      index === 0
        ? `Acme asked about a ${percent}% discount, pricing and a discount on price for a two-year term.`
        : `Acme asked about a ${percent}% discount on a two-year term.`,
      `The team reviewed dashboard adoption in region ${index + 1}.`,
    ],
  }),
);

describe('recall first, within a length budget', () => {
  it('quotes every call that mentions a discount', async () => {
    const result = await answer('What discounts or pricing did they discuss?', discountCalls);
    expect(result.citedCallIds).toHaveLength(7);
    for (const percent of [10, 12, 15, 20, 25, 30, 35])
      expect(result.answer).toContain(`${percent}% discount`);
  });

  it('lists the quotes grouped by call, newest call first, even when an older call says most', async () => {
    const result = await answer('What discounts or pricing did they discuss?', discountCalls);
    expect(result.citedCallIds).toEqual(['d7', 'd6', 'd5', 'd4', 'd3', 'd2', 'd1']);
  });

  it('stops quoting at about 1,500 characters however many calls bear on the question', async () => {
    const long = Array.from({ length: 12 }, (_, index) =>
      makeCall({
        callId: `l${index}`,
        started: `2026-09-${String(index + 10)}T10:00:00Z`,
        keyPoints: [
          `Acme discussed the discount for region ${index}: ${'a long explanation of terms and seats, '.repeat(10)}end.`,
        ],
      }),
    );
    const result = await answer('What discount did they discuss?', long);
    const quoted = quotes(result.answer);
    expect(quoted.join('').length).toBeLessThanOrEqual(1_500);
    expect(quoted.length).toBeGreaterThan(1);
  });
});

describe('understanding the question, not its words', () => {
  it("answers 'what integrations do they need' from a transcript that says they connect Snowflake", async () => {
    const call = makeCall({ callId: 't1', started: '2026-10-01T10:00:00Z' });
    const transcript: CallTranscript = {
      callId: 't1',
      sentences: [
        {
          speakerId: 's1',
          speakerName: 'Ann Lee',
          start: 0,
          end: 1,
          text: 'Thanks for joining today.',
          topic: null,
        },
        {
          speakerId: 's2',
          speakerName: 'Tom Reyes',
          start: 2,
          end: 3,
          text: 'Week one we connect Snowflake.',
          topic: null,
        },
      ],
    };
    const result = await answer('What integrations do they need?', [call], [transcript]);
    expect(result.answer).toContain('Tom Reyes said: "Week one we connect Snowflake."');
  });

  it('quotes a raised risk when asked what pushback they gave', async () => {
    const call = makeCall({
      callId: 'p1',
      keyPoints: ['Adoption in operations is the main risk for the renewal.', 'Training starts on Monday.'],
    });
    const result = await answer('What pushback did they give?', [call]);
    expect(quotes(result.answer)).toEqual(['Adoption in operations is the main risk for the renewal.']);
  });

  it("answers a 'when' question from the passage that names a month, not the one that only names the launch", async () => {
    const call = makeCall({
      callId: 'w1',
      keyPoints: ['The launch needs the operations team trained first.', 'They plan to launch in March.'],
    });
    const result = await answer('When will they launch?', [call]);
    expect(quotes(result.answer)).toEqual(['They plan to launch in March.']);
  });

  it("answers 'how did the last call go' from the newest call's outcome, key points and brief", async () => {
    const older = makeCall({
      callId: 'o1',
      started: '2026-10-01T10:00:00Z',
      brief: 'Kickoff went well.',
      callOutcome: { name: 'Onboarding on track', category: 'Successful' },
    });
    const newest = makeCall({
      callId: 'o2',
      title: 'Renewal check-in',
      started: '2026-10-08T10:00:00Z',
      brief: 'The customer is unhappy with support response times.',
      keyPoints: ['They will decide on the renewal after a support review.'],
      callOutcome: { name: 'Renewal at risk', category: 'Negative' },
    });
    const result = await answer('How did the last call go?', [older, newest]);
    expect(result.answer.split('\n')).toEqual([
      'Outcome of “Renewal check-in” (2026-10-08): Renewal at risk [1]',
      '- "They will decide on the renewal after a support review." [1]',
      '- Brief: "The customer is unhappy with support response times." [1]',
    ]);
  });

  it.each([
    ['How did the last call go?', 'outcome'],
    ['What pushback did they give?', 'concerns'],
    ['Which other vendors are they evaluating?', 'competitors'],
  ])('takes "%s" for a %s question', (question, kind) => {
    expect(kindOfQuestion(question)).toBe(kind);
  });
});

describe('no inference dressed as a quote', () => {
  const acme = [
    makeCall({
      callId: 'a-security',
      started: '2026-10-01T10:00:00Z',
      keyPoints: ['The security review needs SSO with Okta.'],
      participants: [customer('Elena Garcia', 'CISO', 's1'), customer('Omar Reed', 'CFO', 's2')],
    }),
    makeCall({
      callId: 'a-pricing',
      started: '2026-10-05T10:00:00Z',
      keyPoints: ["Acme's CFO approved a 15% discount for two years, a price of $55,080 a year."],
      participants: [customer('Omar Reed', 'CFO', 's2')],
    }),
  ];

  it('says the calls do not name a decision maker when none is stated, quoting who approved', async () => {
    const result = await answer('Who is the decision maker at Acme?', acme);
    expect(result.answer.split('\n').slice(0, 2)).toEqual([
      'None of the 2 calls read states who makes the decision. The closest they come, who approved or signed:',
      `- "Acme's CFO approved a 15% discount for two years" [1]`,
    ]);
  });

  it('never names someone decision maker because their title looks senior', async () => {
    const unnamed = acme.map((call) =>
      call.callId === 'a-pricing' ? { ...call, keyPoints: ['The budget was approved last week.'] } : call,
    );
    const result = await answer('Who is the decision maker at Acme?', unnamed);
    expect(result.answer).not.toMatch(/Decision makers?\b[^\n]*Elena Garcia/);
  });

  it('names the person whose role the calls state, quoting the statement', async () => {
    const stated = makeCall({
      callId: 'a-stated',
      started: '2026-10-09T10:00:00Z',
      keyPoints: ['Olivia Grant, VP Finance, owns the budget and will make the final decision.'],
      participants: [customer('Olivia Grant', 'VP Finance', 's3')],
    });
    const result = await answer('Who decides?', [...acme, stated]);
    expect(result.answer.split('\n').slice(0, 2)).toEqual([
      'Decision maker, as the calls state it: Olivia Grant, VP Finance [1]',
      '- "Olivia Grant, VP Finance, owns the budget and will make the final decision." [1]',
    ]);
  });
});

describe('whether the answer answers the question', () => {
  it('says nothing in the calls read mentions the subject, and marks the answer as not answering', async () => {
    const result = await answer('What did they say about kangaroos?', discountCalls);
    expect(result.answer).toBe('Nothing in the 7 calls read mentions "kangaroos".');
    expect(result.answersQuestion).toBe(false);
  });

  it('marks an answer that quotes the calls as answering', async () => {
    const result = await answer('What discounts did they discuss?', discountCalls);
    expect(result.answersQuestion).toBe(true);
  });
});
