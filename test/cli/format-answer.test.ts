import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/cli/format';
import type { AnswerQuestionResult } from '../../src/api/answer-question';

const window = { fromDateTime: '2026-08-30T17:23:00.000Z', toDateTime: '2026-11-28T17:23:00.000Z' };
const call = {
  callId: '7782342274025937895',
  title: 'Acme pricing review',
  started: '2026-11-20T15:00:00Z',
  url: 'https://app.gong.io/call?id=7782342274025937895',
};
const result: AnswerQuestionResult = {
  status: 'answered',
  answer: 'They asked for a 20% discount [1].',
  citations: [call],
  callsAnalyzed: Array.from({ length: 5 }, () => ({ ...call, matchedOn: [] })),
  matchedCallCount: 7,
  window,
  coverage: {
    scannedFrom: '2026-10-02T14:05:00.000Z',
    scannedTo: window.toDateTime,
    callsScanned: 1830,
    complete: false,
  },
  answeredBy: 'extractive',
};

describe('the answer as the CLI prints it', () => {
  it('says which matches were read, that older calls were not listed, and how to read more', () => {
    expect(formatAnswer(result).split('\n').at(-1)).toBe(
      'Read the 5 most recent of at least 7 matching calls from 2026-10-02 14:05 UTC on; older calls were not ' +
        'listed. Raise maxCalls (--max-calls) to read more calls, or set exhaustive (--exhaustive) to list the ' +
        'whole window. The answer quotes the calls word for word (no AI model is configured).',
    );
  });

  it('counts every match of the window when the whole window was read', () => {
    const whole = {
      ...result,
      coverage: { ...result.coverage, scannedFrom: window.fromDateTime, complete: true },
    };
    expect(formatAnswer(whole).split('\n').at(-1)).toBe(
      'Found 7 calls from 2026-08-30 to 2026-11-28 and read the 5 most recent; raise maxCalls to 7 ' +
        '(--max-calls 7) to read them all. The answer quotes the calls word for word (no AI model is configured).',
    );
  });

  it("adds the CLI flag to the answer's pointer to older calls, which names the maxCalls input", () => {
    const pointer =
      '1 older matching call looks relevant by title: “Acme pricing” (2026-09-02). Raise maxCalls to 8 to read it.';
    const printed = formatAnswer({ ...result, answer: `They asked for a discount [1].\n\n${pointer}` });
    expect(printed.split('\n')[2]).toBe(
      '1 older matching call looks relevant by title: “Acme pricing” (2026-09-02). Raise maxCalls to 8 (--max-calls 8) to read it.',
    );
  });
});
