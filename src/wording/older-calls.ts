/**
 * The lines about older matching calls: those whose titles look relevant to the question and were
 * not read, and those a look-back read when the newest did not answer. Pure, with no language
 * model, so workflows can render them.
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
 * "3 older matching calls look relevant by title: "A" (2025-12-02), ... Raise maxCalls to 8 to
 * read them." Null when there are none. It names the input, not a CLI flag: the platform's users
 * read it too, and the CLI adds its own flag when it prints.
 */
export function olderCallsNote(older: readonly OlderTitleMatch[]): string | null {
  if (older.length === 0) return null;
  const sorted = [...older].sort((a, b) => a.rank - b.rank);
  const more = sorted.length > MAX_NAMED ? ` and ${sorted.length - MAX_NAMED} more` : '';
  const needed = Math.min(MAX_CALLS, Math.max(...sorted.map((call) => call.rank)));
  const count =
    sorted.length === 1 ? '1 older matching call looks' : `${sorted.length} older matching calls look`;
  const them = sorted.length === 1 ? 'it' : 'them';
  return `${count} relevant by title: ${namedCalls(sorted)}${more}. Raise maxCalls to ${needed} to read ${them}.`;
}

/** What a look-back read, for {@link lookBackNote}. */
export interface LookBack {
  /** The most recent calls read first, which did not answer. */
  newestRead: number;
  /** True when they answered in part, not at all. */
  partly?: boolean;
  /** The older calls read then. */
  olderRead: number;
  /** The older calls the answer cites; none when they did not answer either. */
  cited: readonly { title: string; started: string }[];
}

/**
 * Says that the answer comes from older calls, and which: "The 5 most recent calls do not answer
 * this, so 7 older calls were read too. The answer comes from the older call “A” (2025-09-02)."
 * Without cited calls it says only what was read, and the older calls' own answer says the rest.
 */
export function lookBackNote({ newestRead, partly = false, olderRead, cited }: LookBack): string {
  const newest = newestRead === 1 ? 'The most recent call' : `The ${newestRead} most recent calls`;
  const answer = partly
    ? `${newest} ${newestRead === 1 ? 'answers' : 'answer'} this only in part`
    : `${newest} ${newestRead === 1 ? 'does' : 'do'} not answer this`;
  const older = olderRead === 1 ? '1 older call was' : `${olderRead} older calls were`;
  const read = `${answer}, so ${older} read too.`;
  if (cited.length === 0) return read;
  const whose = cited.length === 1 ? 'the older call' : 'the older calls';
  const from = partly ? `It also quotes ${whose}` : `The answer comes from ${whose}`;
  const more = cited.length > MAX_NAMED ? ` and ${cited.length - MAX_NAMED} more` : '';
  return `${read} ${from} ${namedCalls(cited)}${more}.`;
}

/** “A” (2025-12-02), “B” (2025-12-09): the first few calls by title and day. */
function namedCalls(calls: readonly { title: string; started: string }[]): string {
  return calls
    .slice(0, MAX_NAMED)
    .map((call) => `“${call.title}” (${call.started.slice(0, 10)})`)
    .join(', ');
}
