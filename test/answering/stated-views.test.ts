import { describe, expect, it } from 'vitest';
import {
  answerExtractively as answer,
  customerParticipant,
  makeCall,
  person,
  transcriptOf,
} from './call-fixtures';

const participants = [
  person('Lena Ortiz', 'Internal', 'Lena Ortiz'),
  customerParticipant('Tariq Benali', 'Head of Maintenance', 'Tariq Benali'),
  customerParticipant('Joanna Pike', 'Plant Manager', 'Joanna Pike'),
];
const call = (callId: string, started = '2026-11-10T10:00:00Z') =>
  makeCall({ callId, started, participants });

describe('how someone feels, said without a word of feeling', () => {
  it('quotes a point they grant ("I will admit it is quicker than our spreadsheets")', async () => {
    const said = transcriptOf('v1', [
      ['Tariq Benali', 'I will admit it is quicker than our spreadsheets.'],
      ['Joanna Pike', 'The line stops at six on Fridays.'],
    ]);
    const result = await answer('Is Tariq on board now?', [call('v1')], [said]);
    expect(result.answer).toContain('I will admit it is quicker than our spreadsheets.');
  });

  it('quotes a stance held back ("I am not opposed. I am not convinced either.")', async () => {
    const said = transcriptOf('v1', [['Tariq Benali', 'I am not opposed. I am not convinced either.']]);
    const result = await answer('Is Tariq on board with this?', [call('v1')], [said]);
    expect(result.answer).toContain('I am not opposed.');
  });

  it('quotes resistance given up ("we can stop resisting it")', async () => {
    const said = transcriptOf('v1', [['Tariq Benali', 'Alright. My crew can stop resisting it now.']]);
    const result = await answer('Is Tariq still skeptical?', [call('v1')], [said]);
    expect(result.answer).toContain('My crew can stop resisting it now.');
  });

  it('quotes a comparison in our favour ("the first tool my technicians asked to keep")', async () => {
    const said = transcriptOf('v1', [
      ['Tariq Benali', 'Frankly, this is the first tool my technicians asked to keep after a trial.'],
    ]);
    const result = await answer('How does Tariq feel about us?', [call('v1')], [said]);
    expect(result.answer).toContain('the first tool my technicians asked to keep');
  });

  it('quotes someone said to side with it ("Joanna is on board now")', async () => {
    const said = transcriptOf('v1', [
      ['Tariq Benali', 'By the way, Joanna is on board now, she told her shift leads.'],
    ]);
    const result = await answer('How is Joanna feeling about it now?', [call('v1')], [said]);
    expect(result.answer).toContain('Joanna is on board now');
  });

  it('quotes what is said of a group in the sentences that go on about it ("They seemed lukewarm...")', async () => {
    const preview = makeCall({
      ...call('v3', '2026-11-30T10:00:00Z'),
      brief: 'Training is booked for March. Joanna Pike said the shift leads seemed lukewarm in a preview.',
      keyPoints: ['Shift leads lukewarm'],
    });
    const earlier = makeCall({
      ...call('v4'),
      brief: 'Tariq said the shift leads are keen on the mobile app.',
    });
    const said = transcriptOf('v3', [
      ['Lena Ortiz', 'Training is booked for March.'],
      ['Joanna Pike', 'I walked the shift leads through a preview.'],
      ['Joanna Pike', 'They seemed lukewarm, to be honest.'],
      ['Joanna Pike', 'They have sat through a lot of pilots.'],
    ]);
    const result = await answer('Are the shift leads bought in?', [preview, earlier], [said]);
    expect(result.answer).toContain('They have sat through a lot of pilots.');
  });

  it('reads a Gong summary calling someone neutral as how they feel', async () => {
    const summary = makeCall({ ...call('v2'), brief: 'Pricing was discussed. Tariq Benali is neutral.' });
    const result = await answer('Is Tariq keen on this?', [summary]);
    expect(result.answer).toContain('Tariq Benali is neutral.');
  });
});

describe('how someone feels, asked as it changed', () => {
  it('says the older calls may add to "is she still skeptical?"', async () => {
    const said = transcriptOf('v1', [['Joanna Pike', 'Honestly, the trial numbers surprised me.']]);
    const result = await answer('Is Joanna still skeptical?', [call('v1')], [said]);
    expect(result.partial).toBe(true);
  });

  it('does not send "how does she feel?" to the older calls', async () => {
    const said = transcriptOf('v1', [['Joanna Pike', 'Honestly, the trial numbers surprised me.']]);
    const result = await answer('How does Joanna feel?', [call('v1')], [said]);
    expect(result.partial).toBeUndefined();
  });
});
