import { expect, it } from 'vitest';
import { buildNoCallsFoundAnswer } from '../../src/wording/no-calls-answer';

it('tells the user no calls matched the customer and how names are matched', () => {
  const text = buildNoCallsFoundAnswer({
    customerName: 'Acme',
    fromDateTime: '2026-09-01T00:00:00Z',
    toDateTime: '2026-10-01T00:00:00Z',
  });

  expect(text).toBe(
    'No calls were found for "Acme" between 2026-09-01T00:00:00Z and 2026-10-01T00:00:00Z. ' +
      'The name must match how the customer appears in Gong: in call titles, participant names, ' +
      'email domains or CRM accounts. A domain such as acme.com (or an email address at it) ' +
      'matches the participants whose email is at that domain.',
  );
});
