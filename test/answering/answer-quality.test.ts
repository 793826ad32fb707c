import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionSet, scoreAnswerer, type QualitySummary } from '../../bench/answer-quality/score';
import { createExtractiveAnswerer } from '../../src/answering';

let summary: QualitySummary;
beforeAll(async () => {
  summary = await scoreAnswerer(createExtractiveAnswerer(), loadQuestionSet());
});

describe('the extractive answerer on the question set over the seeded customers', () => {
  it('has at least 20 questions', () => {
    expect(summary.questions).toBeGreaterThanOrEqual(20);
  });

  it('finds at least 90% of the facts a good answer contains', () => {
    const missing = summary.scores.flatMap((s) =>
      s.expected.filter((f) => !s.found.includes(f)).map((f) => `${s.customer}: ${s.question} -> ${f}`),
    );
    expect(summary.factsFoundShare, missing.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it("quotes no other customer's facts", () => {
    const wrong = summary.scores.flatMap((s) => s.wrongCustomerFacts.map((f) => `${s.customer}: ${f}`));
    expect(wrong).toEqual([]);
  });

  it('never quotes a passage twice, nor its near copy', () => {
    expect(summary.duplicatePassages).toBe(0);
  });

  it('cites each call at most once per sentence', () => {
    expect(summary.repeatedMarkers).toBe(0);
  });

  it('cites only calls that hold the quoted text', () => {
    expect(summary.citationsChecked).toBeGreaterThan(summary.questions);
    expect(summary.citationsHoldingFact).toBe(summary.citationsChecked);
  });
});
