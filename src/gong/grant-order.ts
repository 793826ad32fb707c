/**
 * How far along the work a Gong request serves is. A host's waiting requests are granted depth
 * first: those of a later stage, then those of work begun earlier, so the answers of a batch
 * finish one after another instead of all together at its end.
 */
export interface PacingPriority {
  /** The work's stage: a later one goes first ({@link PACING_STAGE}). */
  stage: number;
  /** When the work began, in milliseconds since the epoch: earlier goes first. */
  since: number;
}

/** The stages of an answer, in the order it goes through them. */
export const PACING_STAGE = {
  /** Listing the calls of a window, or any request that says nothing of its work. */
  listing: 0,
  /** Reading the calls found (content, transcripts) and answering. */
  reading: 1,
} as const;

/**
 * The longest a request can be passed over by requests of work further along: past it, it is
 * granted before them, oldest first, so depth first never starves a request.
 */
export const MAX_DEFER_MS = 5000;

/** A request waiting for its host's next slot. */
export interface Waiting {
  priority: PacingPriority;
  /** When it started waiting, on the pacer's clock. */
  queuedAt: number;
}

/**
 * Which of a host's waiting requests gets its next slot at `now`: one that has waited
 * `maxDeferMs` or more, the longest-waiting first; otherwise the one of the latest stage, of the
 * work begun earliest within it, the longest-waiting among equals.
 */
export function nextInLine<W extends Waiting>(
  waiting: readonly W[],
  now: number,
  maxDeferMs: number = MAX_DEFER_MS,
): W | undefined {
  const overdue = waiting.filter((request) => now - request.queuedAt >= maxDeferMs);
  if (overdue.length > 0) return overdue.reduce((a, b) => (b.queuedAt < a.queuedAt ? b : a));
  return waiting.reduce<W | undefined>(
    (best, request) => (!best || goesBefore(request, best) ? request : best),
    undefined,
  );
}

/** True when `a` goes before `b` by depth first alone; ties keep the longest-waiting first. */
function goesBefore(a: Waiting, b: Waiting): boolean {
  const [pa, pb] = [a.priority, b.priority];
  if (pa.stage !== pb.stage) return pa.stage > pb.stage;
  if (pa.since !== pb.since) return pa.since < pb.since;
  return a.queuedAt < b.queuedAt;
}
