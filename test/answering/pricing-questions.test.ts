import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall } from './call-fixtures';

/** A deal with Ferncliff Vets: offers written as figures, a trial given for nothing, a figure that is no price. */
const commercial = makeCall({
  callId: 'f-commercial',
  title: 'Ferncliff commercial call',
  started: '2026-11-12T10:00:00Z',
  keyPoints: [
    '$180 per practice per month on a three-year term offered',
    'Thirty-day trial free',
    'Amira to send a one-year option',
  ],
});
const review = makeCall({
  callId: 'f-review',
  title: 'Ferncliff quarterly review',
  started: '2026-11-20T10:00:00Z',
  keyPoints: ['Repeat visits fell from 62% to 55% over the year.', 'Amira will send the price by Friday.'],
});
const deal = [commercial, review];

describe('pricing questions', () => {
  it('quotes a price the calls state as a figure, with no word of pricing', async () => {
    const result = await answer('What pricing did we discuss?', deal);
    expect(result.answer).toContain('$180 per practice per month on a three-year term offered');
  });

  it('quotes what was given for nothing', async () => {
    const result = await answer('What pricing did we discuss?', deal);
    expect(result.answer).toContain('Thirty-day trial free');
  });

  it('does not quote a percentage that is no price', async () => {
    const result = await answer('What pricing did we discuss?', deal);
    expect(result.answer).not.toContain('Repeat visits fell');
  });

  it('asked what was offered, answers in part, so the older calls are read for the earlier offers', async () => {
    const result = await answer('What prices did we offer?', deal);
    expect(result.partial).toBe(true);
  });

  it('asked where the price landed, answers from the calls read', async () => {
    const result = await answer('Where did we land on price?', deal);
    expect(result.partial).toBeUndefined();
  });
});

describe('"how much" about something the calls name with no figure', () => {
  it('says no call states a figure for it, and quotes what they say of it instead of other prices', async () => {
    const sync = makeCall({
      callId: 'f-sync',
      title: 'Ferncliff sync',
      started: '2026-11-25T10:00:00Z',
      keyPoints: ['Ferncliff also had a call with Vetsmart last week.'],
    });
    const result = await answer('How much did Vetsmart quote them?', [...deal, sync]);
    expect(result.answer).toMatch(/^None of the 3 calls read states a figure for this\./);
    expect(result.answer).toContain('also had a call with Vetsmart');
    expect(result.answer).not.toContain('$180');
  });
});
