/**
 * The line that points to older matching calls whose titles look relevant to the question, which
 * the answer did not read. Pure, with no language model, so workflows can render it.
 */

/** A matching call older than those read, whose title holds a word of the question. */
export interface OlderTitleMatch {
  callId: string;
  title: string;
  started: string;
  /** Its place among the customer's matching calls, newest first (1 = the most recent). */
  rank: number;
}

/** Titles named in the line; the count says how many more there are. */
const MAX_NAMED = 3;
/** The most calls one answer reads (`maxCalls`' upper bound). */
const MAX_CALLS = 50;

/**
 * "3 older matching calls look relevant by title: "A" (2025-12-02), ... Raise `maxCalls`
 * (`--max-calls 8`) to read them." Null when there are none.
 */
export function olderCallsNote(older: readonly OlderTitleMatch[]): string | null {
  if (older.length === 0) return null;
  const sorted = [...older].sort((a, b) => a.rank - b.rank);
  const named = sorted
    .slice(0, MAX_NAMED)
    .map((call) => `“${call.title}” (${call.started.slice(0, 10)})`)
    .join(', ');
  const more = sorted.length > MAX_NAMED ? ` and ${sorted.length - MAX_NAMED} more` : '';
  const needed = Math.min(MAX_CALLS, Math.max(...sorted.map((call) => call.rank)));
  const count =
    sorted.length === 1 ? '1 older matching call looks' : `${sorted.length} older matching calls look`;
  const them = sorted.length === 1 ? 'it' : 'them';
  return `${count} relevant by title: ${named}${more}. Raise \`maxCalls\` (\`--max-calls ${needed}\`) to read ${them}.`;
}
