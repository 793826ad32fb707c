/** The search that found no calls: who it was for and the time window it covered. */
export interface NoCallsFoundQuery {
  customerName: string;
  fromDateTime: string;
  toDateTime: string;
}

/**
 * The answer shown when no Gong call matched the customer in the window. It explains how the name
 * is matched because a near-miss spelling is the usual cause.
 */
export function buildNoCallsFoundAnswer({
  customerName,
  fromDateTime,
  toDateTime,
}: NoCallsFoundQuery): string {
  return (
    `No calls were found for "${customerName}" between ${fromDateTime} and ${toDateTime}. ` +
    'The name must match how the customer appears in Gong: in call titles, participant names, ' +
    'email domains or CRM accounts. A domain such as acme.com (or an email address at it) ' +
    'matches the participants whose email is at that domain.'
  );
}
