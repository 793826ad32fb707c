import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall } from './call-fixtures';

describe('quotes that say the most', () => {
  it('quotes the passage with the figures rather than a shorter one it contains', async () => {
    const call = makeCall({
      callId: 'p1',
      started: '2026-12-03T10:00:00Z',
      highlights: [{ title: 'Commercials', items: ['Cooperative quote approved'] }],
      keyPoints: ['Cooperative quote approved: $96,000 a year for three years'],
    });
    const result = await answer('What pricing did we agree?', [call]);
    expect(result.answer).toContain('"Cooperative quote approved: $96,000 a year for three years"');
    expect(result.answer).not.toContain('"Cooperative quote approved" [');
  });
});

describe('a question asking how much', () => {
  it('quotes the passages that give a figure', async () => {
    const call = makeCall({
      callId: 'h1',
      keyPoints: ['Helix is cheaper, they said.', 'Helix quoted €61,000 a year; our offer is €79,500.'],
    });
    const result = await answer('How much cheaper was Helix than our offer?', [call]);
    expect(result.answer).toContain('"Helix quoted €61,000 a year; our offer is €79,500."');
    expect(result.answer).not.toContain('Helix is cheaper, they said.');
  });
});

describe('a pricing question', () => {
  it('quotes the passage that states a discount before wordier ones on pricing', async () => {
    const call = makeCall({
      callId: 'q1',
      keyPoints: [
        'Discount policy: discount tiers and discount approvals.',
        'Discount review of the discount desk.',
        'After a long back and forth over the terms of the three-year agreement and its renewal, the discount settled at 18%.',
      ],
    });
    const result = await answer('What pricing did we agree?', [call]);
    expect(result.answer).toContain('the discount settled at 18%."');
  });
});

describe('how they feel', () => {
  it("quotes a brief that says they are eager when asked if they're happy with us", async () => {
    const call = makeCall({
      callId: 's1',
      brief: 'After a record weekend, Imogen and Theo are eager to start. Onboarding is planned for January.',
    });
    const result = await answer('Are they happy with us?', [call]);
    expect(result.answer).toContain('Imogen and Theo are eager to start.');
  });

  it('answers only in part when a subject asked is in none of the calls read, so more are read', async () => {
    const call = makeCall({ callId: 's2', keyPoints: ['They were impressed by the dashboards.'] });
    const result = await answer('Did they like the mobile app?', [call]);
    expect(result.answer).toContain('The call read does not mention "mobile app".');
    expect(result.partial).toBe(true);
  });
});
