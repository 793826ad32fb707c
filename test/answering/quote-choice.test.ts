import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, makeCall, person, transcriptOf } from './call-fixtures';

const participants = [
  person('Lena Ortiz', 'Internal', 'Lena Ortiz'),
  person('Omar Said', 'External', 'Omar Said'),
];

describe('which passage of a call is quoted', () => {
  it('quotes a worry from its own sentence, not from the systems named just before it', async () => {
    const call = makeCall({ callId: 'q1', participants });
    const said = transcriptOf('q1', [
      ['Omar Said', 'Payroll runs on Paylocity.'],
      ['Omar Said', 'My worry is the night shift.'],
      ['Omar Said', 'If they see a timer on every task, they will walk.'],
    ]);
    const result = await answer('What risks did they raise?', [call], [said]);
    expect(result.answer).toContain('My worry is the night shift.');
    expect(result.answer).not.toContain('Paylocity');
  });

  it("quotes a call's own words in full in place of its terse key point on the same thing", async () => {
    const call = makeCall({ callId: 'q2', participants, keyPoints: ['Board nervous: margins fell 4%'] });
    const said = transcriptOf('q2', [
      ['Omar Said', 'The board is nervous because margins fell 4% after the storm season.'],
    ]);
    const result = await answer('What is the board nervous about?', [call], [said]);
    expect(result.answer).toContain('after the storm season');
  });

  it('quotes a long passage holding every word asked, though a terse one of its call was quoted', async () => {
    const rules = [1, 2, 3, 4, 5, 6, 7].map((day) =>
      makeCall({
        callId: `r${day}`,
        started: `2026-10-1${day}T10:00:00Z`,
        keyPoints: [`Site ${day} must keep its own login.`],
      }),
    );
    const review = makeCall({
      callId: 'q3',
      started: '2026-11-30T10:00:00Z',
      brief:
        'Pricing came up. Omar Said said the trustees are nervous after a failed vendor project and a 9% budget cut, and liked the audit trail.',
      keyPoints: ['Trustees nervous: budget fell 9%'],
    });
    const result = await answer('What are the trustees nervous about?', [review, ...rules]);
    expect(result.answer).toContain('after a failed vendor project');
  });

  it('quotes a condition from a call nothing else is quoted from before a second worry of another call', async () => {
    const worried = [1, 2, 3, 4].map((day) =>
      makeCall({
        callId: `w${day}`,
        started: `2026-11-2${day}T10:00:00Z`,
        keyPoints: [
          `Omar is worried about site ${day} training.`,
          `Omar worries the site ${day} reports will be late.`,
        ],
      }),
    );
    const rule = makeCall({
      callId: 'r1',
      started: '2026-11-01T10:00:00Z',
      keyPoints: ['Finance must approve any multi-year term.'],
    });
    const result = await answer('What are their concerns?', [...worried, rule]);
    expect(result.answer).toContain('Finance must approve any multi-year term.');
  });
});
