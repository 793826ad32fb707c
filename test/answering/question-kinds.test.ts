import { describe, expect, it } from 'vitest';
import { kindOfQuestion } from '../../src/wording/question-kind';
import { olderCallsNote } from '../../src/wording/older-calls';
import type { CallTranscript } from '../../src/gong/call-transcript';
import { answerExtractively as answer, makeCall } from './call-fixtures';

const person = (
  name: string,
  title: string | null,
  affiliation: 'Internal' | 'External',
  speakerId: string,
) => ({
  name,
  title,
  affiliation,
  emailAddress: null,
  crmAccounts: [],
  speakerId,
});

const negotiation = makeCall({
  callId: 'c-negotiation',
  title: 'Novak & Co - contract negotiation',
  started: '2026-10-02T10:00:00Z',
  brief: 'Terms were agreed. The CFO signs off on anything above $50,000.',
  keyPoints: [
    'Terms agreed: 15% off, two years, $55,080 a year.',
    'The CFO signs off on anything above $50,000.',
  ],
  highlights: [{ title: 'Next Steps', items: ['Ann Lee will send the order form for signature.'] }],
  callOutcome: { name: 'Terms under negotiation', category: 'Neutral' },
  participants: [
    person('Ann Lee', 'Account Executive', 'Internal', 's1'),
    person('Jana Novák', 'CFO', 'External', 's2'),
    person('Petr Svoboda', 'Head of IT', 'External', 's3'),
  ],
  speakers: [
    { speakerId: 's2', name: 'Jana Novák', talkTimeSeconds: 60 },
    { speakerId: 's3', name: 'Petr Svoboda', talkTimeSeconds: 300 },
  ],
});
const kickoff = makeCall({
  callId: 'c-kickoff',
  title: 'Novak & Co onboarding',
  started: '2026-10-09T10:00:00Z',
  brief: 'Onboarding plan agreed: Snowflake in week one.',
  keyPoints: ['Onboarding plan agreed: Snowflake in week one.'],
  highlights: [{ title: 'Next Steps', items: ['Ann Lee will send the onboarding calendar.'] }],
  callOutcome: { name: 'Onboarding on track', category: 'Successful' },
  participants: [
    person('Ann Lee', 'Account Executive', 'Internal', 's1'),
    person('Petr Svoboda', 'Head of IT', 'External', 's3'),
  ],
  speakers: [{ speakerId: 's3', name: 'Petr Svoboda', talkTimeSeconds: 200 }],
});
const unsummarised = makeCall({
  callId: 'c-new',
  title: 'Novak & Co check-in',
  started: '2026-10-10T10:00:00Z',
  participants: [
    person('Ann Lee', 'Account Executive', 'Internal', 's1'),
    person('Petr Svoboda', 'Head of IT', 'External', 's3'),
  ],
});
const transcript: CallTranscript = {
  callId: 'c-new',
  sentences: [
    {
      speakerId: 's1',
      speakerName: 'Ann Lee',
      start: 0,
      end: 1000,
      text: 'How was your weekend?',
      topic: 'Small talk',
    },
    {
      speakerId: 's1',
      speakerName: 'Ann Lee',
      start: 2000,
      end: 3000,
      text: 'Next steps: I will send the training calendar.',
      topic: 'Next steps',
    },
  ],
};
const calls = [kickoff, negotiation];

describe('the extractive answerer, by kind of question', () => {
  it('names the decision maker the calls state, quoting the sentence that states it', async () => {
    const result = await answer('Who is the decision maker?', calls);
    expect(result.answer.split('\n').slice(0, 2)).toEqual([
      'Decision maker, as the calls state it: Jana Novák, CFO [1]',
      '- "The CFO signs off on anything above $50,000." [1]',
    ]);
    expect(result.citedCallIds).toEqual(['c-negotiation']);
    expect(result.answer).not.toContain('$55,080');
  });

  it('says no champion is named and labels the likely one as inferred, from attendance', async () => {
    const result = await answer('Who is our champion?', calls);
    expect(result.answer.split('\n')).toEqual([
      'Nothing in the 2 calls read mentions a champion.',
      'Inferred, not stated: Petr Svoboda (Head of IT) joined the most calls (2 of 2) and spoke the most of their people. [1][2]',
    ]);
    expect(result.answersQuestion).toBe(false);
  });

  it("lists who attended the last call, with each side's roles", async () => {
    const result = await answer('Who attended the last call?', calls);
    expect(result.answer).toBe(
      'Attendees of the last call, “Novak & Co onboarding” (2026-10-09): Ann Lee (our side, Account Executive); Petr Svoboda (Head of IT) [1]',
    );
  });

  it("gives the last call's Gong outcome and key points", async () => {
    const result = await answer('What was the outcome of the last call?', calls);
    expect(result.answer).toBe(
      'Outcome of “Novak & Co onboarding” (2026-10-09): Onboarding on track [1]\n- "Onboarding plan agreed: Snowflake in week one." [1]',
    );
  });

  it("answers an outcome question about a call named by its title from that call's outcome", async () => {
    const result = await answer('How did the contract negotiation end?', calls);
    expect(result.answer).toContain(
      'Outcome of “Novak & Co - contract negotiation” (2026-10-02): Terms under negotiation [1]',
    );
    expect(result.answer).toContain('"Terms agreed: 15% off, two years, $55,080 a year."');
  });

  it("lists Gong's next steps, most recent call first", async () => {
    const result = await answer('What are the next steps?', calls);
    expect(result.answer).toBe(
      [
        'Next steps, most recent call first:',
        '- "Ann Lee will send the onboarding calendar." [1]',
        '- "Ann Lee will send the order form for signature." [2]',
      ].join('\n'),
    );
  });

  it("summarises what happened from Gong's briefs, most recent first", async () => {
    const result = await answer('What happened on the recent calls?', calls);
    expect(result.answer.split('\n')).toEqual([
      '- “Novak & Co onboarding” (2026-10-09) (Onboarding on track): "Onboarding plan agreed: Snowflake in week one." [1]',
      '- “Novak & Co - contract negotiation” (2026-10-02) (Terms under negotiation): "Terms were agreed. The CFO signs off on anything above $50,000." [2]',
    ]);
  });

  it('answers from the transcript of a call Gong has not summarised yet, and says so', async () => {
    const result = await answer('What are the next steps?', [unsummarised, ...calls], [transcript]);
    expect(result.answer).toContain('- Ann Lee said: "Next steps: I will send the training calendar." [1]');
    expect(result.answer).toContain(
      'Gong has not summarised “Novak & Co check-in” (2026-10-10) yet: its transcript was read instead.',
    );
  });

  it('says nothing of a transcript read instead when its call added nothing to the answer', async () => {
    const result = await answer('What did they say about Snowflake?', [unsummarised, ...calls], [transcript]);
    expect(result.answer).toContain('"Onboarding plan agreed: Snowflake in week one."');
    expect(result.answer).not.toContain('its transcript was read instead');
  });

  it('never says nothing mentions a function word or a verb such as going, buy or say', async () => {
    const result = await answer('Are they going to buy, and what did they say about Snowflake?', calls);
    expect(result.answer).toContain('"Onboarding plan agreed: Snowflake in week one."');
    expect(result.answer).not.toMatch(/mentions? .*"(going|buy|say|they|are)"/);
  });

  it('says nothing mentions the subject asked about when no call does', async () => {
    const result = await answer('What security or compliance concerns did they raise?', calls);
    expect(result.answer).toContain('Nothing in the 2 calls read mentions "security" or "compliance".');
  });
});

describe('the kind of a question', () => {
  it.each([
    ['Who is the decision maker?', 'who'],
    ['When do they want to go live?', 'when'],
    ['What was the outcome of the last call?', 'outcome'],
    ['What did we agree to do next?', 'next steps'],
    ['What security or compliance concerns did they raise?', 'concerns'],
    ['What discount did the CFO approve?', 'pricing'],
    ['Which competitor are they comparing us with?', 'competitors'],
    ['Where does the renewal stand?', 'outcome'],
    ['How do they feel about us?', 'sentiment'],
    ['Who are we up against?', 'competitors'],
    ['What did they say about Snowflake integration?', 'integrations'],
    ['What systems do they need us to connect to?', 'integrations'],
    ['Did they sign?', 'outcome'],
    ['Has the contract been signed?', 'outcome'],
    ['Who signed the order form?', 'who'],
    ['Who else are they looking at?', 'competitors'],
    ['Are they talking to anyone else?', 'competitors'],
    ['What other options are they considering?', 'competitors'],
    ['What are they using today?', 'competitors'],
    ['What is holding them back?', 'concerns'],
    ['What did they think of the demo?', 'sentiment'],
    ['How is the relationship?', 'sentiment'],
    ['What were the key takeaways?', 'what happened'],
    ['Is Ruth still on board?', 'sentiment'],
    ['Anything left to do on the account now?', 'next steps'],
    ['What remains to be done?', 'next steps'],
    ['What systems do we need to hook into?', 'integrations'],
    ['What would we need to pull data from?', 'integrations'],
    ['Are we pulling from their Snowflake or pushing into it?', 'integrations'],
    ['How do their users sign in, is there SSO?', 'integrations'],
    ['What are the GMs pushing back on?', 'concerns'],
    ['Any conditons from their IT we have to meet?', 'concerns'],
    ["What did thier legal insist on before they'd sign?", 'concerns'],
    ['What does Tasha need from us?', 'concerns'],
    ['What does Simone want in the contract?', 'concerns'],
    ['Where did we land on price?', 'pricing'],
    ['When is Tidemark signing?', 'when'],
    ["When's the Cornerstone connector going GA?", 'when'],
    ['What did we agree to do after the demo?', 'next steps'],
    ['Is Fenwick lookin at anyone else?', 'competitors'],
    ['What is the board anxious about?', 'concerns'],
    ['What are their owners afraid of?', 'concerns'],
    ['Has the CTO warmed up to us?', 'sentiment'],
    ['Are the nurses bought in?', 'sentiment'],
    ['Is Ada comfortable with the rollout?', 'sentiment'],
    ['How long will the security approval take?', 'when'],
  ])('"%s" is a %s question', (question, kind) => {
    expect(kindOfQuestion(question)).toBe(kind);
  });
});

describe('the pointer to older calls relevant by title', () => {
  it('names them and says how many calls to read to reach them', () => {
    const older = [11, 12, 13].map((rank) => ({
      callId: `c${rank}`,
      title: 'Pied Piper x Northwind: Snowflake integration',
      started: `2025-12-${rank}T10:00:00Z`,
      rank,
    }));
    expect(olderCallsNote(older)).toBe(
      '3 older matching calls look relevant by title: “Pied Piper x Northwind: Snowflake integration” (2025-12-11), “Pied Piper x Northwind: Snowflake integration” (2025-12-12), “Pied Piper x Northwind: Snowflake integration” (2025-12-13). Raise maxCalls to 13 to read them.',
    );
  });

  it('is absent when no older call looks relevant', () => {
    expect(olderCallsNote([])).toBeNull();
  });
});
