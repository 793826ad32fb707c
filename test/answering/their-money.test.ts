import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall } from './call-fixtures';

const proposal = makeCall({
  callId: 'm1',
  started: '2026-11-02T10:00:00Z',
  keyPoints: ['We quoted $12 per user per month for 400 users.'],
});

describe('a question about what the customer has to spend', () => {
  it('says plainly that no call read states their budget when only our prices are said', async () => {
    const result = await answer("What's their budget for this?", [proposal]);
    expect(result.answer).toContain('The call read does not state their budget.');
  });

  it('still quotes the prices said, as what comes closest', async () => {
    const result = await answer("What's their budget for this?", [proposal]);
    expect(result.answer).toContain('$12 per user per month');
  });

  it('does not count the question answered, so older calls are read', async () => {
    const result = await answer("What's their budget for this?", [proposal]);
    expect(result.answersQuestion).toBe(false);
  });

  it('quotes a budget a call states with its figure', async () => {
    const review = makeCall({
      callId: 'm2',
      started: '2026-11-09T10:00:00Z',
      keyPoints: ['Their budget for the first year is $60,000.'],
    });
    const result = await answer("What's their budget for this?", [proposal, review]);
    expect(result.answer).toContain('Their budget for the first year is $60,000.');
    expect(result.answer).not.toContain('does not state');
  });

  it('does not take "the project went over budget" for a budget stated', async () => {
    const history = makeCall({
      callId: 'm3',
      started: '2026-11-05T10:00:00Z',
      keyPoints: ['Their last rollout went over budget. It cost them $2 million.'],
    });
    const result = await answer("What's their budget?", [history]);
    expect(result.answer).toContain('does not state their budget');
  });
});
