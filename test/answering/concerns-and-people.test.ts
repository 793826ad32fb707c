import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall, person, transcriptOf } from './call-fixtures';

const people = [
  person('Tom Becker', 'Internal', 'Tom Becker'),
  person('Renata Vasquez', 'External', 'Renata Vasquez'),
  person('Theo Marchetti', 'External', 'Theo Marchetti'),
];

describe('a question that names someone', () => {
  const checkIn = makeCall({ callId: 'c1', started: '2026-11-25T10:00:00Z', participants: people });
  const review = makeCall({
    callId: 'c2',
    started: '2026-10-12T10:00:00Z',
    participants: people,
    keyPoints: ['Theo Marchetti raised a concern about PII in recordings.'],
  });
  const transcript = transcriptOf('c1', [
    ['Tom Becker', 'Anything still worrying you?'],
    ['Renata Vasquez', 'Training. My supervisors are stretched, so I want a train-the-trainer plan.'],
  ]);

  it('quotes what that person said is worrying them, not what worried someone else', async () => {
    const result = await answer(
      'What is Renata worried about at this point?',
      [checkIn, review],
      [transcript],
    );
    expect(result.answer).toContain('train-the-trainer plan');
    expect(result.answer).not.toContain('PII');
  });

  it("quotes anyone's worries when nothing read is said by or of the person named", async () => {
    const result = await answer('What is Gordon worried about?', [review], []);
    expect(result.answer).toContain('PII');
  });
});

describe('concerns stated as rules or conditions', () => {
  const discovery = makeCall({
    callId: 'd1',
    started: '2026-09-20T10:00:00Z',
    participants: [
      person('Tom Becker', 'Internal', 'Tom Becker'),
      person('Hank Sorensen', 'External', 'Hank Sorensen'),
    ],
  });
  const said = transcriptOf('d1', [
    ['Hank Sorensen', 'Our SCADA data lands in a PI historian.'],
    [
      'Hank Sorensen',
      'One thing up front: nothing from outside touches the SCADA network. Not now, not ever.',
    ],
    ['Tom Becker', 'Understood. We never connect to the control network.'],
  ]);

  it('answers "what pushback did we get?" with a rule the customer set, in no word of concern', async () => {
    const result = await answer('What pushback did we get from them?', [discovery], [said]);
    expect(result.answer).toContain('nothing from outside touches the SCADA network');
  });

  it('does not quote a rule our own side stated as their concern', async () => {
    const result = await answer('What pushback did we get from them?', [discovery], [said]);
    expect(result.answer).not.toContain('We never connect');
  });

  it('quotes a customer\'s objection after praise ("Impressive. But this data feeds GMP batch decisions.")', async () => {
    const demo = makeCall({
      callId: 'd2',
      started: '2026-09-21T10:00:00Z',
      participants: [person('Felix Oyelaran', 'External', 'Felix Oyelaran')],
    });
    const words = transcriptOf('d2', [
      ['Felix Oyelaran', 'Impressive. But this data feeds GMP batch decisions.'],
    ]);
    const result = await answer('What pushback did we get?', [demo], [words]);
    expect(result.answer).toContain('But this data feeds GMP batch decisions');
  });

  it('quotes what the words of the question find before a rule no word of it finds', async () => {
    const calls = Array.from({ length: 9 }, (_, index) =>
      makeCall({
        callId: `r${index}`,
        started: `2026-10-1${index}T10:00:00Z`,
        keyPoints: [`Risk ${index + 1}: the rollout in region ${index + 1} may slip.`],
      }),
    );
    const rule = makeCall({
      callId: 'r-rule',
      started: '2026-10-30T10:00:00Z',
      keyPoints: ['The data has to stay in the EU.'],
    });
    const result = await answer('What risks did they raise?', [...calls, rule]);
    expect(result.answer).not.toContain('has to stay in the EU');
    expect(result.answer).toContain('Risk 9');
  });
});

describe('sales words of one meaning', () => {
  it('does not take a passage about a flag on a record for a worry', async () => {
    const call = makeCall({
      callId: 'f1',
      keyPoints: [
        'Wesley wants the repeat-call flag on the member record.',
        'Renata is worried about training.',
      ],
    });
    const result = await answer('What are they worried about?', [call]);
    expect(result.answer).toContain('worried about training');
    expect(result.answer).not.toContain('repeat-call flag');
  });
});

describe('a question that names someone by role', () => {
  const titled = (name: string, title: string, affiliation: 'Internal' | 'External' = 'External') => ({
    ...person(name, affiliation, name),
    title,
  });
  const scoping = makeCall({
    callId: 'g1',
    started: '2026-10-06T10:00:00Z',
    participants: [
      titled('Kenji Watanabe', 'Solutions Engineer', 'Internal'),
      titled('Owen Tremblay', 'General Manager, Copperline Santa Fe'),
      titled('Nadia Farouk', 'Director of IT'),
      titled('Tobias Reinholt', 'Director of Pricing & Legal Project Management'),
      titled('Fiona Gallagher', 'General Counsel'),
    ],
  });
  const said = transcriptOf('g1', [
    ['Owen Tremblay', 'My front desk will not use another login.'],
    ['Nadia Farouk', 'Careful. No guest card data leaves OPERA. That is PCI, and it is not negotiable.'],
    ['Tobias Reinholt', 'BigHand is cheaper, but it cannot write budgets back.'],
    ['Fiona Gallagher', 'We will not sign unless our data is never used to train AI models.'],
  ]);

  it('"the GMs" are the general managers: their pushback is quoted', async () => {
    const result = await answer('What are the GMs pushing back on?', [scoping], [said]);
    expect(result.answer).toContain('My front desk will not use another login.');
    expect(result.answer).not.toContain('Nothing in the one call read mentions "gms"');
  });

  it('"their IT" is their IT people: the conditions they set are quoted', async () => {
    const result = await answer('Any conditions from their IT we have to meet?', [scoping], [said]);
    expect(result.answer).toContain(
      'No guest card data leaves OPERA. That is PCI, and it is not negotiable.',
    );
    expect(result.answer).not.toContain('front desk');
  });

  it('"their legal" is their counsel, not someone whose title only mentions legal work', async () => {
    const result = await answer('What did their legal insist on before they would sign?', [scoping], [said]);
    expect(result.answer).toContain('never used to train AI models');
    expect(result.answer).not.toContain('BigHand');
  });
});

describe('what a passage of a transcript holds', () => {
  const call = makeCall({
    callId: 'w1',
    started: '2026-12-04T10:00:00Z',
    participants: [
      person('Sarah Lindqvist', 'Internal', 'Sarah Lindqvist'),
      person('Ingrid Solberg', 'External', 'Ingrid Solberg'),
    ],
  });

  it('keeps a point whole however the turn around it runs ("My one worry is Gothenburg. Anders Holm\'s team...")', async () => {
    const said = transcriptOf('w1', [
      ['Ingrid Solberg', 'My plan is to train 12 super-users in Bergen in February.'],
      ['Ingrid Solberg', 'My one worry is Gothenburg.'],
      ['Ingrid Solberg', 'Anders Holm’s team has lived in Qlik for six years and they will resist.'],
    ]);
    const result = await answer('What is Ingrid worried about?', [call], [said]);
    expect(result.answer).toContain(
      'My one worry is Gothenburg. Anders Holm’s team has lived in Qlik for six years',
    );
  });

  it('quotes a sentence of a few words with the point it opens ("Here is my condition. Every number has to...")', async () => {
    const said = transcriptOf('w1', [
      ['Ingrid Solberg', 'Here is my condition.'],
      ['Ingrid Solberg', 'Every yield and quality number has to trace back to the vat and the lot code.'],
      ['Ingrid Solberg', 'Our SQF auditor checks that, and if it does not trace, we get a finding.'],
    ]);
    const result = await answer('What does Ingrid need from us?', [call], [said]);
    expect(result.answer).toContain('Here is my condition. Every yield and quality number has to trace back');
    expect(result.answer).toContain('Our SQF auditor checks that');
  });

  it('does not take "lived in Qlik" for going live', async () => {
    const said = transcriptOf('w1', [
      ['Ingrid Solberg', 'Anders Holm’s team has lived in Qlik for six years.'],
      ['Sarah Lindqvist', 'Understood.'],
      ['Ingrid Solberg', 'Go-live stays March 1.'],
    ]);
    const result = await answer('When do they go live?', [call], [said]);
    expect(result.answer).toContain('Go-live stays March 1.');
    expect(result.answer).not.toContain('lived in Qlik');
  });
});
