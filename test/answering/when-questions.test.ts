import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall } from './call-fixtures';

/** A deal with Larchfield Cinemas: a start month, a board date, a show to be live for, an open approval. */
const proposal = makeCall({
  callId: 'l-proposal',
  title: 'Larchfield proposal',
  started: '2026-11-10T10:00:00Z',
  keyPoints: [
    'Begin on the Eastgate site once it reopens in April',
    'Order form and data schedule to follow tomorrow',
  ],
});
const checkIn = makeCall({
  callId: 'l-check-in',
  title: 'Larchfield check-in',
  started: '2026-11-24T10:00:00Z',
  brief:
    'Ruth Adeyemi will take the deal to the board meeting on February 3. Larchfield wants the kiosks live before CinemaCon in April.',
});
const finance = makeCall({
  callId: 'l-finance',
  title: 'Larchfield finance',
  started: '2026-10-20T10:00:00Z',
  keyPoints: [
    'After last summer, the board is wary of new fixed costs.',
    'Decision after the end-of-January review',
  ],
});
const licensing = makeCall({
  callId: 'l-licensing',
  title: 'Larchfield licensing',
  started: '2026-10-27T10:00:00Z',
  keyPoints: [
    'The studio licence review has no set length; nobody at Larchfield has been through it.',
    'The pilot went well, a good sign for an hour of training.',
  ],
});
const deal = [proposal, checkIn, finance, licensing];

describe('"when" questions', () => {
  it('asked when they will start, quotes the start date, not another dated line', async () => {
    const result = await answer('When would they begin using it?', deal);
    expect(result.answer).toContain('Begin on the Eastgate site once it reopens in April');
    expect(result.answer).not.toContain('tomorrow');
  });

  it('asked when they will decide, quotes the board meeting where the deal goes and the date it must be live by', async () => {
    const result = await answer('When are they going to decide?', deal);
    expect(result.answer).toContain('board meeting on February 3');
    expect(result.answer).toContain('live before CinemaCon in April');
  });

  it('asked when the board meets, takes neither a time gone by nor a decision date for its meeting', async () => {
    const result = await answer('When does the board meet?', [finance]);
    expect(result.answer).toMatch(/^The call read states no date for this\./);
    expect(result.answer).not.toContain('end-of-January');
  });

  it('asked how long something takes, says no call states how long when none gives a length of time', async () => {
    const result = await answer('How long will the licence review take?', deal);
    expect(result.answer).toMatch(/^None of the 4 calls read states how long this takes\./);
    expect(result.answer).toContain('has no set length');
    expect(result.answer).not.toContain('an hour of training');
  });

  it('asked when they sign, quotes the day someone signs on, not taking it for single sign-on', async () => {
    const terms = makeCall({
      callId: 'l-terms',
      title: 'Larchfield final terms',
      started: '2026-12-01T10:00:00Z',
      keyPoints: ['Go-live stays in April', 'Ruth Adeyemi signs on December 18'],
    });
    const result = await answer('When are they signing?', [terms]);
    expect(result.answer).toContain('Ruth Adeyemi signs on December 18');
  });
});
