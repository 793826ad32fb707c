import { describe, expect, it } from 'vitest';
import { answerExtractively as answer, customerParticipant as customer, makeCall } from './call-fixtures';
import { analyzeTypedQuestion } from '../../src/answering/analyze-question';
import { getAnswerQuestionInputSchema } from '../../src/api/answer-question';
import { gongWorkflowRegistry } from '../../src/api/registry';

/** Two calls with Copperline Hotels: IT's conditions, a release date, what Dante needs, who decides; the terms. */
const calls = [
  makeCall({
    callId: 't-security',
    title: 'Copperline security review',
    started: '2026-10-06T15:00:00Z',
    keyPoints: [
      'Conditions from IT: no card data leaves the property network, and the PCI scope must not grow',
      'Cornerstone connector beta moved to November 30',
      'General availability January 18',
      'Dante Russo needs SAML login through Okta before go-live',
      'Rafael Quintero owns the budget and makes the final decision',
    ],
    participants: [
      customer('Dante Russo', 'IT Director', 's1'),
      customer('Rafael Quintero', 'VP Revenue', 's2'),
    ],
  }),
  makeCall({
    callId: 't-terms',
    title: 'Copperline terms',
    started: '2026-11-02T15:00:00Z',
    keyPoints: [
      'Renewal at $1,150 per hotel per month on a two-year term',
      'Signed order form due on the 30th',
      'Kickoff date set for January 11',
    ],
    participants: [
      customer('Dante Russo', 'IT Director', 's1'),
      customer('Rafael Quintero', 'VP Revenue', 's2'),
    ],
  }),
];

describe('questions typed the way reps type them', () => {
  it('answers "any conditons from IT we have to meet?" with the conditions IT stated', async () => {
    const result = await answer('any conditons from IT we have to meet?', calls);
    expect(result.answer).toContain('Conditions from IT: no card data leaves the property network');
  });

  it('answers "where r we on the renewl" with the renewal terms', async () => {
    const result = await answer('where r we on the renewl', calls);
    expect(result.answer).toContain('Renewal at $1,150 per hotel per month');
  });

  it('answers "whos signing for copperline?" with who decides, as "who signs" is answered', async () => {
    const result = await answer('whos signing for copperline?', calls);
    expect(result.answer).toContain('Rafael Quintero owns the budget and makes the final decision');
  });

  it('answers "when\'s the cornerstone connector going GA" with the general availability date', async () => {
    const result = await answer("when's the cornerstone connector going GA", calls);
    expect(result.answer).toContain('General availability January 18');
  });

  it('reads a name of the calls near a question word as the name: "dante" is not "date"', async () => {
    const result = await answer('what does dante need from us', calls);
    expect(result.answer).toContain('Dante Russo needs SAML login through Okta');
    expect(result.answer).not.toContain('Kickoff date');
  });
});

/** What the Temporal UI shows for a run answering `question`: it names the question's kind. */
const runSummary = (question: string) =>
  gongWorkflowRegistry.answerQuestionAboutCustomerCall.summary(
    getAnswerQuestionInputSchema().parse({
      connectionId: 'copperline-prod',
      customerName: 'Copperline Hotels',
      question,
    }),
  );

describe('the kind of a typed question, wherever it is named', () => {
  it.each([
    ['whats next w copperline', 'next steps'],
    ["how's ingrid feeling abt the rollout", 'sentiment'],
    ['r they lookin at anyone else', 'competitors'],
    ['closing in oct?', 'topic'],
    ['whos signing?', 'who'],
    ['what r the reqs?', 'concerns'],
  ])('the run summary calls "%s" a %s question, as the answerer reads it', (question, kind) => {
    expect(runSummary(question)).toBe(`Answer a ${kind} question from Gong connection copperline-prod`);
    expect(analyzeTypedQuestion(question).kind).toBe(kind);
  });
});
