/** The search that found no calls: who it was for and the time window it covered. */
export interface NoCallsFoundQuery {
  customerName: string;
  fromDateTime: string;
  toDateTime: string;
  /** Names seen in the listing close to `customerName`, closest first. */
  nearNames?: readonly string[];
}

/**
 * The answer shown when no Gong call matched the customer in the window. It explains how the name
 * is matched because a near-miss spelling is the usual cause.
 */
export function buildNoCallsFoundAnswer({
  customerName,
  fromDateTime,
  toDateTime,
  nearNames = [],
}: NoCallsFoundQuery): string {
  const suggestion = nearNames.length > 0 ? `Did you mean ${orList(nearNames.slice(0, 3))}? ` : '';
  return (
    `No calls were found for "${customerName}" between ${fromDateTime} and ${toDateTime}. ` +
    suggestion +
    'The name must match how the customer appears in Gong: in call titles, participant names, ' +
    'email domains or CRM accounts. A domain such as acme.com (or an email address at it) ' +
    'matches the participants whose email is at that domain.'
  );
}

/** "A", "A or B", "A, B or C". */
function orList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * The line an answer for the one near name opens with: the name asked found no calls, so the
 * answer is from the calls of the name suggested, and it says which.
 */
export function nearNameNote(customerName: string, answeredFor: string): string {
  return `No calls were found for "${customerName}". Did you mean ${answeredFor}? The answer below is from the calls of ${answeredFor}.`;
}
