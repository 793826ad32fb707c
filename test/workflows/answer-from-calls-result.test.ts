import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering';
import { readAnswerFromCallsResult } from '../../src/workflows/answer-from-calls-result';

const answer: Answer = {
  answer: 'Acme asked for a discount [1]',
  citedCallIds: ['c1'],
  answeredBy: 'extractive',
};

describe('readAnswerFromCallsResult', () => {
  it("reads today's analyzedCallIds", () => {
    expect(readAnswerFromCallsResult({ answer, analyzedCallIds: ['c1', 'c2'] })).toEqual({
      answer,
      analyzedCallIds: ['c1', 'c2'],
    });
  });

  it('reads the analysedCallIds of results recorded by older workers', () => {
    expect(readAnswerFromCallsResult({ answer, analysedCallIds: ['c1', 'c2'] })).toEqual({
      answer,
      analyzedCallIds: ['c1', 'c2'],
    });
  });
});
