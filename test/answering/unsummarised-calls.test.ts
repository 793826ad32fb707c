import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall, person, transcriptOf } from './call-fixtures';

describe('a call Gong has not summarised, asked about by its title', () => {
  const workshop = makeCall({
    callId: 'w1',
    title: 'Globex data integration workshop',
    started: '2026-10-26T15:00:00Z',
    participants: [person('Kim Ota', 'Internal', 'Kim Ota'), person('Hal Park', 'External', 'Hal Park')],
  });
  const transcript = transcriptOf('w1', [
    ['Kim Ota', 'Thanks for making the time today.'],
    ['Kim Ota', 'For Banner we will read through the Ethos API every night.'],
    ['Hal Park', 'Sounds good to me.'],
    ['Hal Park', 'We upgrade to Banner 9 in January, and central IT freezes new connections.'],
  ]);

  it('quotes what its transcript states (names, figures, dates), not its small talk', async () => {
    const result = await answer('What came out of the data integration workshop?', [workshop], [transcript]);
    expect(result.answer).toContain(
      'Kim Ota said: "For Banner we will read through the Ethos API every night."',
    );
    expect(result.answer).toContain(
      'Hal Park said: "We upgrade to Banner 9 in January, and central IT freezes new connections."',
    );
    expect(result.answer).not.toContain('Thanks for making the time');
    expect(result.answer).not.toContain('Sounds good');
  });

  it('says how the last call went from its transcript when Gong has no outcome for it yet', async () => {
    const result = await answer('How did the last call go?', [workshop], [transcript]);
    expect(result.answer).toContain(
      'has no Gong outcome yet (Gong has not summarised it); from its transcript:',
    );
    expect(result.answer).toContain('Ethos API');
  });
});

describe('the last call, not summarised yet', () => {
  it('asked how it went, quotes what reads clearly liked or disliked, though it holds no figure', async () => {
    const call = makeCall({ callId: 'l2', title: 'Brackenridge check-in' });
    const transcript = transcriptOf('l2', [
      ['Rhys Calloway', 'Mateo told Simone yesterday that the test looks good so far.'],
      ['Rhys Calloway', 'The Cedar Hollow Looker license renews on December 31, and Mateo wants our answer.'],
    ]);
    const result = await answer('How did the last call go?', [call], [transcript]);
    expect(result.answer).toContain('the test looks good so far');
  });

  it('quotes the plan said at its end even when it holds no figure', async () => {
    const call = makeCall({ callId: 'l1', title: 'Globex onboarding' });
    const transcript = transcriptOf('l1', [
      ['Ben Carter', 'Week one we connect SAP; week two we rebuild your board pack.'],
      ['Sam Jones', 'That works for our team.'],
      ['Aisha Mensah', 'I will send the training calendar for operations.'],
    ]);
    const result = await answer('What was the outcome of the last call?', [call], [transcript]);
    expect(result.answer).toContain('Ben Carter said: "Week one we connect SAP');
    expect(result.answer).toContain('Aisha Mensah said: "I will send the training calendar for operations."');
  });
});

describe('a reply to what our side asked', () => {
  it("quotes the customer's reply to 'anything worrying you?' when asked what worries them", async () => {
    const call = makeCall({
      callId: 'c1',
      participants: [person('Pia Rao', 'Internal', 'Pia Rao'), person('Rena Vos', 'External', 'Rena Vos')],
    });
    const transcript = transcriptOf('c1', [
      ['Pia Rao', 'Anything still worrying you?'],
      ['Rena Vos', 'Training. My supervisors are stretched.'],
      ['Rena Vos', 'I want a train-the-trainer plan for 12 supervisors.'],
      ['Pia Rao', 'Great, see you next week.'],
    ]);
    const result = await answer('What is she worried about?', [call], [transcript]);
    expect(result.answer).toContain('Training. My supervisors are stretched.');
    expect(result.answer).toContain('train-the-trainer plan for 12 supervisors');
  });
});

describe('next steps a call Gong has not summarised sets', () => {
  it('lists the plans set for a day anywhere in its transcript, each with who said it', async () => {
    const call = makeCall({ callId: 'n1', title: 'Copperline check-in' });
    const transcript = transcriptOf('n1', [
      ['Rafael Quintero', 'Some good news: ADR is up 6% since the data started flowing.'],
      ['Marcus Okafor', 'Great. I will send an interim pilot report by December 9.'],
      [
        'Rafael Quintero',
        'And Kenji should switch on the email digest for all five managers by December 11.',
      ],
      ['Marcus Okafor', 'And the readout is January 14 in Phoenix?'],
      ['Rafael Quintero', 'Yes, at our head office.'],
    ]);
    const result = await answer('What are the next steps?', [call], [transcript]);
    expect(result.answer).toContain(
      'Marcus Okafor said: "Great. I will send an interim pilot report by December 9."',
    );
    expect(result.answer).toContain('by December 11');
    expect(result.answer).toContain('January 14');
    expect(result.answer).not.toContain('6%');
  });

  it("adds the sentence of the newest call's brief that says what its steps are about", async () => {
    const proposal = makeCall({
      callId: 'n4',
      title: 'Kestrel Valley pilot proposal',
      started: '2026-12-01T10:00:00Z',
      brief:
        'Tom proposed a free sixty-day pilot; Ruth Callahan chose Zone 4, the zone with the most main breaks. Ruth is frustrated with the board.',
      highlights: [{ title: 'Next steps', items: ['Tom to send the pilot scope by Friday'] }],
    });
    const result = await answer('Next steps?', [proposal]);
    expect(result.answer).toContain(
      '- As Gong summarised that call: "Tom proposed a free sixty-day pilot; Ruth Callahan chose Zone 4, the zone with the most main breaks." [1]',
    );
    expect(result.answer).not.toContain('frustrated');
  });

  it("asked what was agreed after a call its title names, lists that call's next steps", async () => {
    const demo = makeCall({
      callId: 'n2',
      title: 'Northwind demo – Whitcombe & Frey',
      started: '2026-09-22T10:00:00Z',
      highlights: [{ title: 'Next steps', items: ['Chloé to send a proposal by October 9'] }],
    });
    const later = makeCall({
      callId: 'n3',
      title: 'Whitcombe onboarding',
      started: '2026-12-04T10:00:00Z',
      highlights: [{ title: 'Next steps', items: ['Sarah to send the project plan by December 18'] }],
    });
    const result = await answer('What did we agree to do after the demo?', [later, demo]);
    expect(result.answer).toContain('Next steps agreed on “Northwind demo – Whitcombe & Frey” (2026-09-22):');
    expect(result.answer).toContain('Chloé to send a proposal by October 9');
    expect(result.answer).not.toContain('December 18');
  });
});

describe('what happened with a subject a call Gong has not summarised speaks of', () => {
  const summarised = makeCall({
    callId: 'p1',
    title: 'Weekly',
    started: '2026-11-01T10:00:00Z',
    brief: 'The permit application went in on October 28.',
  });
  const unsummarised = makeCall({
    callId: 'p2',
    title: 'Catch-up',
    started: '2026-11-20T10:00:00Z',
    participants: [person('Ines Moreau', 'External', 'Ines Moreau')],
  });
  const transcript = transcriptOf('p2', [
    ['Ines Moreau', 'The permit office came back.'],
    ['Ines Moreau', 'They want a noise survey before they will look at it again.'],
    ['Ines Moreau', 'Lovely weather for it.'],
  ]);

  it('quotes its transcript beside the briefs that name the subject', async () => {
    const result = await answer('What happened with the permit?', [summarised, unsummarised], [transcript]);
    expect(result.answer).toContain(
      '“Catch-up” (2026-11-20), not summarised by Gong yet; from its transcript:',
    );
    expect(result.answer).toContain('The permit application went in on October 28.');
  });

  it('quotes the sentence that goes on about the subject after a pronoun, with the one it goes on from', async () => {
    const result = await answer('What happened with the permit?', [summarised, unsummarised], [transcript]);
    expect(result.answer).toContain(
      'Ines Moreau said: "The permit office came back. They want a noise survey before they will look at it again."',
    );
  });
});
