import { describe, expect, it } from 'vitest';
import type { CallTranscript } from '../../src/gong/call-transcript';
import { answerExtractively as answer, customerParticipant as customer, makeCall } from './call-fixtures';

/** The first line of an answer: who it names, if anyone. */
const heading = (text: string) => text.split('\n')[0] ?? '';

describe('who decides, as the calls state it', () => {
  const people = [
    customer('Gordon Pell', 'President and CEO', 's1'),
    customer('Harriet Osei', 'Chief Financial Officer', 's2'),
  ];

  it('does not name a senior person the calls say is not the decision maker', async () => {
    const call = makeCall({
      callId: 'r1',
      keyPoints: [
        'Gordon Pell is supportive but not the decision maker',
        'Gordon liked it but said the CFO, Harriet Osei, owns the budget and signs off.',
      ],
      participants: people,
    });
    const result = await answer('Who signs off on the deal?', [call]);
    expect(heading(result.answer)).toBe(
      'Decision maker, as the calls state it: Harriet Osei, Chief Financial Officer [1]',
    );
  });

  it("names whose decision the calls say it is ('this is Declan's decision')", async () => {
    const call = makeCall({
      callId: 'r2',
      keyPoints: ["Just so everyone knows, this is Declan's decision. I only get involved above $250,000."],
      participants: [
        customer('Declan Mraz', 'VP of Operations', 's1'),
        customer('Nadia Kovacs', 'CFO', 's2'),
      ],
    });
    const result = await answer('Who is the decision maker, the CFO?', [call]);
    expect(heading(result.answer)).toBe(
      'Decision maker, as the calls state it: Declan Mraz, VP of Operations [1]',
    );
  });

  it("reads a bare spoken answer ('Felicity.') with the sentence after it", async () => {
    const call = makeCall({
      callId: 'r3',
      participants: [customer('Felicity Amadi', 'Vice Provost', 's9')],
    });
    const transcript: CallTranscript = {
      callId: 'r3',
      sentences: [
        { speakerId: 's1', speakerName: 'Tom', start: 0, end: 1, text: 'Felicity.', topic: null },
        {
          speakerId: 's1',
          speakerName: 'Tom',
          start: 1,
          end: 2,
          text: 'The first year comes out of a grant of $150,000 she controls.',
          topic: null,
        },
      ],
    };
    const result = await answer('Who owns the budget?', [call], [transcript]);
    expect(heading(result.answer)).toBe(
      'Decision maker, as the calls state it: Felicity Amadi, Vice Provost [1]',
    );
    expect(result.answer).toContain('$150,000 she controls');
  });

  it("knows 'Felicity' is Dr. Felicity Amadi when the calls state her role by first name", async () => {
    const call = makeCall({
      callId: 'r4',
      keyPoints: ['Felicity controls the student success grant.'],
      participants: [customer('Dr. Felicity Amadi', 'Vice Provost', 's9')],
    });
    const result = await answer('Who owns the budget?', [call]);
    expect(heading(result.answer)).toBe(
      'Decision maker, as the calls state it: Dr. Felicity Amadi, Vice Provost [1]',
    );
  });

  it('does not name someone who approves something other than the deal', async () => {
    const call = makeCall({
      callId: 'r5',
      keyPoints: ['Joanne Petrakis approves the HECVAT questionnaire.'],
      participants: [customer('Joanne Petrakis', 'Chief Information Security Officer', 's1')],
    });
    const result = await answer('Who is the decision maker?', [call]);
    expect(result.answer).not.toContain('Decision maker, as the calls state it');
  });

  it('does not name someone who signs off on a technical step', async () => {
    const call = makeCall({
      callId: 'r6',
      keyPoints: ['Wes Abernathy signs off on the SSO setup next week.'],
      participants: [customer('Wes Abernathy', 'IT Security Lead', 's1')],
    });
    const result = await answer('Who signs off on the deal?', [call]);
    expect(result.answer).not.toContain('Decision maker, as the calls state it');
  });

  it('does not give the role to the person who reported that a body holds it', async () => {
    const call = makeCall({
      callId: 'r7',
      keyPoints: ['Desmond Pryce said the board approves every purchase over $50,000.'],
      participants: [customer('Desmond Pryce', 'General Manager', 's1')],
    });
    const result = await answer('Who approves the contract?', [call]);
    expect(result.answer).not.toContain('Decision maker, as the calls state it');
  });

  it('does not read a role into a noun such as access control', async () => {
    const call = makeCall({
      callId: 'r8',
      keyPoints: ['Theo Abernathy wants role-based access control'],
      participants: [customer('Theo Abernathy', 'Head of Data', 's1')],
    });
    const result = await answer('Who is the decision maker?', [call]);
    expect(result.answer).not.toContain('Decision maker, as the calls state it');
  });

  it('does not name a C-level person from their title alone', async () => {
    const call = makeCall({
      callId: 'r9',
      keyPoints: ['Elena Garcia walked through the security requirements.'],
      participants: [customer('Elena Garcia', 'CISO', 's1'), customer('Sam Lee', 'Analyst', 's2')],
    });
    const result = await answer('Who is the decision maker?', [call]);
    expect(result.answer).not.toContain('Decision maker');
    expect(result.answer).toContain('Nothing in the one call read mentions who decides, approves or signs.');
  });

  it('does not name someone for attending the calls', async () => {
    const calls = ['r10', 'r11'].map((callId) =>
      makeCall({
        callId,
        keyPoints: ['Sam Lee asked about dashboards.'],
        participants: [customer('Sam Lee', 'VP of Operations', 's1')],
      }),
    );
    const result = await answer('Who makes the final decision?', calls);
    expect(result.answer).not.toContain('Decision maker');
    expect(result.answer).toMatch(/^Nothing in the 2 calls read mentions who decides/);
  });

  it('names someone who approves the purchase order', async () => {
    const call = makeCall({
      callId: 'r12',
      keyPoints: ['Harriet Vance approves the purchase order.'],
      participants: [customer('Harriet Vance', 'Chief Financial Officer', 's1')],
    });
    const result = await answer('Who approves the deal?', [call]);
    expect(heading(result.answer)).toBe(
      'Decision maker, as the calls state it: Harriet Vance, Chief Financial Officer [1]',
    );
  });

  it('quotes an unrelated approval only as what comes closest, labelled so', async () => {
    const call = makeCall({
      callId: 'r13',
      keyPoints: ['Joanne Petrakis approved the HECVAT questionnaire.'],
      participants: [customer('Joanne Petrakis', 'CISO', 's1')],
    });
    const result = await answer('Who is the decision maker?', [call]);
    expect(heading(result.answer)).toBe(
      'None of the one call read states who makes the decision. The closest they come, who approved or signed:',
    );
  });
});

describe('who decides, in the words a deal review uses', () => {
  const team = [
    customer('Nadia Ferreira', 'Chief Operating Officer', 's1'),
    customer('Oskar Lund', 'Chief Medical Officer', 's2'),
    customer('Priti Shah', 'VP Finance', 's3'),
  ];
  const review = (keyPoints: string[]) => makeCall({ callId: 'w1', keyPoints, participants: team });

  it('names the person the calls say signs, with no more said', async () => {
    const result = await answer('Who signs?', [review(['Deal review: Nadia Ferreira signs.'])]);
    expect(heading(result.answer)).toBe(
      'Decision maker, as the calls state it: Nadia Ferreira, Chief Operating Officer [1]',
    );
  });

  it('names beside the signer the person who can kill the deal', async () => {
    const result = await answer('Who decides?', [
      review(['Deal review: Nadia signs, but Oskar Lund can kill the deal; Priti is friendly.']),
    ]);
    expect(heading(result.answer)).toContain('Nadia Ferreira, Chief Operating Officer; Oskar Lund');
    expect(result.answer).toContain('"Deal review: Nadia signs, but Oskar Lund can kill the deal" [1]');
  });

  it('quotes the approval limit said after who signs', async () => {
    const result = await answer('Who signs the contract?', [
      review(['Deal review: Nadia Ferreira signs; the board need not approve anything under $40,000.']),
    ]);
    expect(result.answer).toContain('need not approve anything under $40,000');
  });

  it('names the person whose budget it is, quoting why', async () => {
    const result = await answer('Who is the economic buyer?', [
      review(['Deal review: Priti Shah is the one with the money, as the budget is hers.']),
    ]);
    expect(heading(result.answer)).toBe('Decision maker, as the calls state it: Priti Shah, VP Finance [1]');
    expect(result.answer).toContain('as the budget is hers');
  });

  it('answers "who makes the call?" with who decides, not with who attended', async () => {
    const result = await answer('Who makes the call there?', [review(['Deal review: Oskar Lund signs.'])]);
    expect(heading(result.answer)).toBe(
      'Decision maker, as the calls state it: Oskar Lund, Chief Medical Officer [1]',
    );
  });

  it('quotes a line naming the body that approves, not more lines repeating who signs', async () => {
    const newer = makeCall({
      callId: 'w2',
      started: '2026-11-20T10:00:00Z',
      keyPoints: ['Nadia signs after board approval', 'Nadia Ferreira will sign if the board approves.'],
      participants: team,
    });
    const older = makeCall({
      callId: 'w3',
      started: '2026-10-02T10:00:00Z',
      keyPoints: [
        'Priti said the Board of Trustees approves anything over $60,000 and Nadia Ferreira signs.',
      ],
      participants: team,
    });
    const result = await answer('Who approves the contract?', [newer, older]);
    expect(result.answer).toContain('Board of Trustees approves anything over $60,000');
    expect(result.answer).not.toContain('will sign if the board approves');
  });

  it('answers in part when the signer waits on a board, so other calls are read for it', async () => {
    const result = await answer('Who signs?', [review(['Nadia Ferreira signs after board approval.'])]);
    expect(result.partial).toBe(true);
  });

  it('does not take early signs of interest for who signs', async () => {
    const result = await answer('Who signs?', [review(['Nadia Ferreira sees early signs of adoption.'])]);
    expect(result.answer).not.toContain('Decision maker, as the calls state it');
  });
});

describe('a "who decides" question that asks about a title ("the CFO?")', () => {
  const people = [
    customer('Declan Mraz', 'VP of Operations', 's1'),
    customer('Nadia Kovacs', 'Chief Financial Officer', 's2'),
  ];
  const spoken = (callId: string, lines: [string, string, string][]): CallTranscript => ({
    callId,
    sentences: lines.map(([speakerId, speakerName, text], index) => ({
      speakerId,
      speakerName,
      start: index,
      end: index + 1,
      text,
      topic: null,
    })),
  });

  it('quotes what the CFO said of the decision, with the sentence that finishes it', async () => {
    const call = makeCall({ callId: 't1', keyPoints: ['Declan Mraz decides'], participants: people });
    const transcript = spoken('t1', [
      ['s2', 'Nadia Kovacs', 'Impressive numbers.'],
      [
        's2',
        'Nadia Kovacs',
        "Just so everyone knows, this is Declan's decision, out of his operations budget.",
      ],
      ['s2', 'Nadia Kovacs', 'I only get involved in purchases above $250,000.'],
    ]);
    const result = await answer("Who's the decision maker - the CFO?", [call], [transcript]);
    expect(result.answer).toContain(
      "this is Declan's decision, out of his operations budget. I only get involved in purchases above $250,000.",
    );
  });

  it("says when no call read states the CFO's part, and reads on", async () => {
    const call = makeCall({
      callId: 't2',
      keyPoints: ['Declan Mraz decides'],
      brief: 'CFO Nadia Kovacs attended.',
      participants: people,
    });
    const result = await answer("Who's the decision maker - the CFO?", [call]);
    expect(result.answer).toContain(
      'None of the one call read says what part the CFO, Nadia Kovacs, takes in the decision.',
    );
    expect(result.partial).toBe(true);
  });
});

describe('who decides, when the calls give it to no one person', () => {
  it('says it is not known when the calls say so, and names no one who merely asked about cost', async () => {
    const call = makeCall({
      callId: 'u1',
      keyPoints: [
        'Denise Aldridge asked about cost and said Copperline signs no multi-year software contracts this year.',
        'Internal review: the decision process at Copperline is unclear; Rafael says it goes to leadership.',
      ],
      participants: [customer('Denise Aldridge', 'Chief Financial Officer', 's1')],
    });
    const result = await answer("Who's the decision maker?", [call]);
    expect(heading(result.answer)).toBe(
      'None of the one call read states who makes the decision; they say it is not known yet:',
    );
    expect(result.answer).not.toContain('Denise Aldridge');
  });

  it('gives the decision to the board when the calls do, naming no one decision maker', async () => {
    const call = makeCall({
      callId: 'u2',
      keyPoints: ['Barbara Kowalczyk said even $38,000 needs the board now.'],
      participants: [customer('Barbara Kowalczyk', 'Chief Financial Officer', 's1')],
    });
    const result = await answer('Who approves spend?', [call]);
    expect(heading(result.answer)).toBe('What the calls say about who decides:');
    expect(result.answer).toContain('needs the board');
    expect(result.partial).toBe(true);
  });
});
