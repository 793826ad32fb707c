import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answering';
import { acmeCalls, makeCall } from './call-fixtures';

/** Every `"…"` quote of an extractive answer, in order. */
function quotes(answer: string): string[] {
  return [...answer.matchAll(/"([^"]+)" \[\d+\]/g)].map((match) => match[1] ?? '');
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

describe('extractive answerer', () => {
  it('quotes passages verbatim from the calls it cites', async () => {
    const result = await createExtractiveAnswerer().answer('What about SOC 2 compliance?', acmeCalls);

    expect(result.answeredBy).toBe('extractive');
    expect(result.citedCallIds).toEqual(['c-security']);
    expect(quotes(result.answer).length).toBeGreaterThan(0);
    for (const quote of quotes(result.answer)) expect(allPassages).toContain(quote);
    expect(result.answer).toContain('From "Acme Corp. Security Review" (2026-09-20): "');
  });

  it('quotes the pricing passage first for a pricing question', async () => {
    const result = await createExtractiveAnswerer().answer('Did they push back on pricing?', acmeCalls);

    expect(quotes(result.answer)[0]).toBe(
      'Acme asked for a 15% discount on the enterprise plan before renewal.',
    );
    expect(result.citedCallIds[0]).toBe('c-qbr');
    expect(result.answer).toMatch(
      /From "Acme Corp\. QBR" \(2026-10-03\): "Acme asked for a 15% discount[^"]*" \[1\]/,
    );
  });

  it('leaves out passages that only mention the customer name', async () => {
    const result = await createExtractiveAnswerer().answer('What did Acme say about pricing?', acmeCalls);

    expect(quotes(result.answer)).toEqual([
      'Acme asked for a 15% discount on the enterprise plan before renewal.',
    ]);
    expect(result.citedCallIds).toEqual(['c-qbr']);
  });

  it('quotes at most the configured number of passages, and at most two per call', async () => {
    const calls = ['a', 'b', 'c'].map((id, index) =>
      makeCall({
        callId: id,
        started: `2026-10-0${index + 1}T10:00:00Z`,
        keyPoints: ['Budget is tight.', 'Budget needs CFO approval.', 'Budget review in May.'],
      }),
    );

    const result = await createExtractiveAnswerer({ maxPassages: 4 }).answer('budget', calls);

    expect(quotes(result.answer)).toHaveLength(4);
    expect(result.citedCallIds).toEqual(['c', 'b']);
  });

  it('gives the same answer every time for the same question and calls', async () => {
    const answerer = createExtractiveAnswerer();
    const first = await answerer.answer('renewal discount timeline', acmeCalls);
    const second = await answerer.answer('renewal discount timeline', [...acmeCalls]);

    expect(second).toEqual(first);
  });

  it('says the calls do not mention the terms and summarises the latest briefs when nothing matches', async () => {
    const result = await createExtractiveAnswerer().answer('What about kangaroos?', acmeCalls);

    expect(result.answer).toContain('None of the 3 analysed calls mention "kangaroos".');
    expect(result.citedCallIds).toEqual(['c-qbr', 'c-security', 'c-kickoff']);
    expect(result.answer).toContain(`From "Acme Corp. QBR" (2026-10-03): "${acmeCalls[1]?.brief}" [1]`);
  });

  it('matches regardless of accents and letter case', async () => {
    const result = await createExtractiveAnswerer().answer('ZURICH PILOT?', acmeCalls);

    expect(result.citedCallIds[0]).toBe('c-kickoff');
    expect(quotes(result.answer)[0]).toBe('Pilot scope is two teams in Zürich and Berlin.');
  });

  it('quotes the requirement, not a "follow-up", when asked what requirements came up', async () => {
    const call = makeCall({
      callId: 'c-security',
      title: 'Follow-up: security questions',
      keyPoints: ['The security team requires the HIPAA BAA before signing.'],
      callOutcome: { name: 'Follow-up scheduled', category: 'Next steps' },
    });
    const result = await createExtractiveAnswerer().answer('What security requirements came up?', [call]);
    expect(result.answer).toContain('"The security team requires the HIPAA BAA before signing."');
    expect(result.answer).not.toContain('"Follow-up scheduled"');
  });

  it('quotes a passage once when Gong repeats it in the brief and the key points', async () => {
    const sentence = 'Globex is also evaluating Qlik, whose quote was cheaper.';
    const call = makeCall({ callId: 'c-globex', brief: sentence, keyPoints: [sentence] });
    const result = await createExtractiveAnswerer().answer('Which competitor are they evaluating?', [call]);
    expect(result.answer.split(sentence)).toHaveLength(2);
  });

  it('says there is nothing to answer from when given no calls', async () => {
    const result = await createExtractiveAnswerer().answer('pricing?', []);

    expect(result).toEqual({
      answer: expect.stringContaining('No calls'),
      citedCallIds: [],
      answeredBy: 'extractive',
    });
  });
});
