import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answering';
import type { CallTranscript } from '../../src/gong/call-transcript';
import { acmeCalls, answerExtractively, makeCall } from './call-fixtures';

/** Every `"…"` quote of an extractive answer, in order. */
function quotes(answer: string): string[] {
  return [...answer.matchAll(/"([^"]+)" (?:\[\d+\])+/g)].map((match) => match[1] ?? '');
}

/** Every passage text of the fixture calls, as a user could find it in Gong. */
const allPassages = acmeCalls.flatMap((call) => [
  ...(call.brief ?? '').split(/(?<=\.)\s+/),
  ...call.outline.flatMap((section) => section.items),
  ...call.highlights.flatMap((section) => section.items),
  ...call.keyPoints,
  ...(call.callOutcome ? [call.callOutcome.name] : []),
  ...(call.pointsOfInterest?.actionItems ?? []),
]);

const answer = (question: string, calls = acmeCalls, transcripts?: CallTranscript[]) =>
  answerExtractively(question, calls, transcripts);

describe('extractive answerer', () => {
  it('quotes passages verbatim from the calls it cites, as a list with numbered sources', async () => {
    const result = await answer('What about SOC 2 compliance?');

    expect(result.answeredBy).toBe('extractive');
    expect(result.citedCallIds).toEqual(['c-security']);
    expect(quotes(result.answer).length).toBeGreaterThan(0);
    for (const quote of quotes(result.answer)) expect(allPassages).toContain(quote);
    expect(result.answer).toMatch(/^Quoted from 1 of the 3 calls read, newest call first:\n- "/);
  });

  it('quotes the pricing passage first for a pricing question', async () => {
    const result = await answer('Did they push back on pricing?');

    expect(quotes(result.answer)[0]).toBe(
      'Acme asked for a 15% discount on the enterprise plan before renewal.',
    );
    expect(result.citedCallIds[0]).toBe('c-qbr');
    expect(result.answer).toContain(
      '- "Acme asked for a 15% discount on the enterprise plan before renewal." [1]',
    );
  });

  it('leaves out passages that only mention the customer name', async () => {
    const result = await answer('What did Acme say about pricing?');

    expect(quotes(result.answer)).toEqual([
      'Acme asked for a 15% discount on the enterprise plan before renewal.',
    ]);
    expect(result.citedCallIds).toEqual(['c-qbr']);
  });

  it('quotes at most the configured number of passages, every call that bears first, at most two per call', async () => {
    const calls = ['a', 'b', 'c'].map((id, index) =>
      makeCall({
        callId: id,
        started: `2026-10-0${index + 1}T10:00:00Z`,
        keyPoints: [
          `Budget is tight in team ${id}.`,
          `Budget needs approval by ${id}.`,
          `Budget review ${id} in May.`,
        ],
      }),
    );

    const result = await createExtractiveAnswerer({ maxPassages: 4 }).answer('budget', calls);

    expect(quotes(result.answer)).toHaveLength(4);
    expect(result.citedCallIds).toEqual(['c', 'b', 'a']);
  });

  it('gives the same answer every time for the same question and calls', async () => {
    const first = await answer('renewal discount timeline');
    const second = await answer('renewal discount timeline', [...acmeCalls]);

    expect(second).toEqual(first);
  });

  it('says in one line that nothing read mentions what was asked, and quotes nothing else', async () => {
    const result = await answer('What about kangaroos?');

    expect(result.answer).toBe('Nothing in the 3 calls read mentions "kangaroos".');
    expect(result.citedCallIds).toEqual([]);
  });

  it('matches regardless of accents and letter case', async () => {
    const result = await answer('ZURICH PILOT?');

    expect(result.citedCallIds).toContain('c-kickoff');
    expect(quotes(result.answer)).toContain('Pilot scope is two teams in Zürich and Berlin.');
  });

  it('quotes the requirement, not a "follow-up", when asked what requirements came up', async () => {
    const call = makeCall({
      callId: 'c-security',
      title: 'Follow-up: security questions',
      keyPoints: ['The security team requires the HIPAA BAA before signing.'],
      callOutcome: { name: 'Follow-up scheduled', category: 'Next steps' },
    });
    const result = await answer('What security requirements came up?', [call]);
    expect(result.answer).toContain('"The security team requires the HIPAA BAA before signing."');
    expect(result.answer).not.toContain('"Follow-up scheduled"');
  });

  it('quotes a passage once when Gong repeats it in the brief and the key points', async () => {
    const sentence = 'Globex is also evaluating Qlik, whose quote was cheaper.';
    const call = makeCall({ callId: 'c-globex', brief: sentence, keyPoints: [sentence] });
    const result = await answer('Which competitor are they evaluating?', [call]);
    expect(result.answer.split(sentence)).toHaveLength(2);
  });

  it('quotes a sentence that three calls repeat once, citing each of those calls once', async () => {
    const sentence = 'Acme wants to add 8 seats at renewal with a flat per-seat price.';
    const calls = ['r1', 'r2', 'r3'].map((id, index) =>
      makeCall({ callId: id, started: `2026-10-0${index + 1}T10:00:00Z`, keyPoints: [sentence] }),
    );
    const result = await answer('What did they say about pricing?', calls);
    expect(result.answer.split(sentence)).toHaveLength(2);
    expect(result.answer).toContain(`"${sentence}" [1][2][3]`);
    expect(result.citedCallIds).toEqual(['r3', 'r2', 'r1']);
  });

  it('leaves out a near copy of a passage already quoted, even from another call', async () => {
    const calls = [
      makeCall({
        callId: 'new',
        started: '2026-10-05T10:00:00Z',
        keyPoints: ['Acme asked for a 20% discount on 40 seats.'],
      }),
      makeCall({
        callId: 'old',
        started: '2026-10-01T10:00:00Z',
        keyPoints: ['Acme asked for a 20% discount on the 40 seats.'],
      }),
    ];
    const result = await answer('What discount did they ask for?', calls);
    expect(quotes(result.answer)).toEqual(['Acme asked for a 20% discount on 40 seats.']);
    expect(result.citedCallIds).toEqual(['new']);
  });

  it('cites each call once per line, however many of its passages it quotes', async () => {
    const result = await answer('pricing renewal discount security SOC NDA');
    for (const line of result.answer.split('\n')) {
      const markers = [...line.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
      expect(new Set(markers).size).toBe(markers.length);
    }
  });

  it('answers each term of the question: budget as well as pricing', async () => {
    const call = makeCall({
      callId: 'c-pricing',
      keyPoints: [
        'List price is $60 per seat per month.',
        'The enterprise price includes support.',
        'Pricing for the add-on is per workspace.',
        'Their budget for this year is $23,000.',
      ],
    });
    const result = await createExtractiveAnswerer({ maxPassagesPerCall: 2 }).answer(
      'What did they say about pricing and budget?',
      [call],
    );
    expect(result.answer).toContain('"Their budget for this year is $23,000."');
    expect(result.answer).not.toContain('Nothing in');
  });

  it("answers a term of the question even when that call's share of quotes is used up", async () => {
    const call = makeCall({
      callId: 'c-one',
      keyPoints: ['List price is $60 per seat per month.', 'Their budget for this year is $23,000.'],
    });
    const result = await createExtractiveAnswerer({ maxPassagesPerCall: 1 }).answer(
      'What did they say about pricing and budget?',
      [call],
    );
    expect([...quotes(result.answer)].sort()).toEqual([
      'List price is $60 per seat per month.',
      'Their budget for this year is $23,000.',
    ]);
  });

  it('says which term of the question it found nothing about', async () => {
    const result = await answer('What did they say about pricing and headcount?');
    expect(result.answer).toContain('"Acme asked for a 15% discount on the enterprise plan before renewal."');
    expect(result.answer).toMatch(/\nNothing in the 3 calls read mentions "headcount"\.$/);
  });

  it('says first that nothing mentions the subject of a concern asked about, then offers the concerns raised as such', async () => {
    const calls = [
      makeCall({ callId: 'renewal', keyPoints: ['Adoption in operations is the risk for the renewal.'] }),
      makeCall({ callId: 'pricing', keyPoints: ['They asked for a 15% discount.'] }),
    ];
    const result = await answer('What security or compliance concerns did they raise?', calls);
    expect(result.answer.split('\n')).toEqual([
      'Nothing in the 2 calls read mentions "security" or "compliance". The concerns they did raise, from 1 of the 2 calls read:',
      '- "Adoption in operations is the risk for the renewal." [1]',
    ]);
  });

  it('quotes passages about one subject asked beside another it found nothing about', async () => {
    const result = await answer('What did they say about pricing and headcount?');
    expect(result.answer).toMatch(/^Quoted from /);
  });

  it('lists equally relevant passages newest call first', async () => {
    const calls = [
      makeCall({
        callId: 'older',
        started: '2026-09-01T10:00:00Z',
        keyPoints: ['Budget is frozen until May.'],
      }),
      makeCall({
        callId: 'newer',
        started: '2026-10-01T10:00:00Z',
        keyPoints: ['Budget was approved by the CFO.'],
      }),
    ];
    const result = await answer('budget?', calls);
    expect(quotes(result.answer)).toEqual(['Budget was approved by the CFO.', 'Budget is frozen until May.']);
  });

  it("quotes what a speaker said, naming them, only when given the call's transcript", async () => {
    const call = makeCall({ callId: 'c-qbr', keyPoints: ['Acme asked for a lower price.'] });
    const transcript: CallTranscript = {
      callId: 'c-qbr',
      sentences: [
        {
          speakerId: 's1',
          speakerName: 'Dana Smith',
          start: 0,
          end: 2000,
          text: 'Honestly that is above what we budgeted.',
          topic: 'Pricing',
        },
      ],
    };
    const without = await answer('What did they say about pricing and budget?', [call]);
    expect(without.answer).not.toContain('Dana Smith said');

    const withTranscript = await answer('What did they say about pricing and budget?', [call], [transcript]);
    expect(withTranscript.answer).toContain(
      '- Dana Smith said: "Honestly that is above what we budgeted." [1]',
    );
    expect(withTranscript.answer).not.toContain('Nothing in');
  });

  it('says there is nothing to answer from when given no calls', async () => {
    const result = await answer('pricing?', []);

    expect(result).toEqual({
      answer: expect.stringContaining('No calls'),
      citedCallIds: [],
      answeredBy: 'extractive',
      answersQuestion: false,
    });
  });
});
