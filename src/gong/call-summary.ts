import { z } from 'zod';
import type { GongCallMetaData } from './schemas';

/** One call of a listing: what a person needs to pick calls before reading their content. */
export interface CallSummary {
  id: string;
  title: string;
  started: string;
  /** Seconds; null when Gong does not know it. */
  duration: number | null;
  url: string;
  /** Gong's `Inbound` / `Outbound` / `Conference` / `Unknown`. */
  direction: string | null;
  /** Gong's `Internal` / `External` / `Unknown`. */
  scope: string | null;
}

/** Validates a {@link CallSummary} read back from a heartbeat. */
export const callSummarySchema: z.ZodType<CallSummary> = z.object({
  id: z.string(),
  title: z.string(),
  started: z.string(),
  duration: z.number().nullable(),
  url: z.string(),
  direction: z.string().nullable(),
  scope: z.string().nullable(),
});

/** Maps one `GET /v2/calls` item to a {@link CallSummary}. */
export function toCallSummary(call: GongCallMetaData): CallSummary {
  return {
    id: call.id,
    title: call.title ?? '(untitled call)',
    started: call.started,
    duration: call.duration ?? null,
    url: call.url ?? '',
    direction: call.direction ?? null,
    scope: call.scope ?? null,
  };
}

/** Most recent first; ties by id, descending, so the order never depends on page boundaries. */
function compareMostRecentFirst(a: CallSummary, b: CallSummary): number {
  const byStart = Date.parse(b.started) - Date.parse(a.started);
  if (byStart !== 0 && !Number.isNaN(byStart)) return byStart;
  return compareIds(b.id, a.id);
}

/** Adds `calls` to `kept` and keeps only the `limit` most recent, most recent first. */
export function keepMostRecentCalls(kept: CallSummary[], calls: CallSummary[], limit: number): CallSummary[] {
  return [...kept, ...calls].sort(compareMostRecentFirst).slice(0, limit);
}

/** Numeric ids of up to 20 digits compared as numbers without losing precision. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
