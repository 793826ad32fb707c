import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionSet, scoreAnswerer, type QualitySummary } from '../../bench/answer-quality/score';
import { createExtractiveAnswerer } from '../../src/answering';

let summary: QualitySummary;
beforeAll(async () => {
  summary = await scoreAnswerer(createExtractiveAnswerer(), loadQuestionSet());
}, 120_000);

describe('the extractive answerer on the frozen 40-question set over the seeded customers', () => {
  it('asks 40 questions of every kind', () => {
    expect(summary.questions).toBe(40);
    expect(new Set(loadQuestionSet().questions.map((q) => q.kind)).size).toBe(9);
  });

  it('finds at least 90% of the facts a good answer contains', () => {
    const missing = summary.scores.flatMap((s) =>
      s.expected.filter((f) => !s.found.includes(f)).map((f) => `${s.customer}: ${s.question} -> ${f}`),
    );
    expect(summary.factsFoundShare, missing.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes no off-topic passage in at least 90% of its answers', () => {
    const offTopic = summary.scores.flatMap((s) =>
      s.offTopicPassages.map((line) => `${s.question}: ${line}`),
    );
    expect(summary.answersWithoutOffTopicShare, offTopic.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('never says nothing mentions a word the question did not ask about', () => {
    expect(summary.scores.flatMap((s) => s.noiseLines)).toEqual([]);
  });

  it("quotes no other customer's facts", () => {
    const wrong = summary.scores.flatMap((s) => s.wrongCustomerFacts.map((f) => `${s.customer}: ${f}`));
    expect(wrong).toEqual([]);
  });

  it('never quotes a passage twice, nor its near copy', () => {
    expect(summary.duplicatePassages).toBe(0);
  });

  it('cites each call at most once per line', () => {
    expect(summary.repeatedMarkers).toBe(0);
  });

  it('keeps answers short enough to read', () => {
    expect(summary.maxLength).toBeLessThan(2_000);
  });
});
