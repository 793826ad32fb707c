import { z } from 'zod';
import type { CallReference } from '../gong/call-reference';
import type { MatchReason } from './match-call';

/** A call of the customer's, with what identified it. Small on purpose: it travels in histories. */
export interface MatchedCall extends CallReference {
  matchedOn: MatchReason[];
}

/** Validates a {@link MatchedCall} read back from a heartbeat. */
export const matchedCallSchema: z.ZodType<MatchedCall> = z.object({
  callId: z.string(),
  title: z.string(),
  started: z.string(),
  url: z.string(),
  matchedOn: z.array(
    z.object({
      field: z.enum(['title', 'participant_name', 'email_domain', 'crm_account']),
      value: z.string(),
    }),
  ),
});

/**
 * Adds `call` to `mostRecent` (kept sorted newest first, ties broken by call id) and trims
 * it to `max` entries. Pure: returns a new array.
 */
export function keepMostRecent(mostRecent: MatchedCall[], call: MatchedCall, max: number): MatchedCall[] {
  return [...mostRecent.filter((c) => c.callId !== call.callId), call]
    .sort((a, b) => Date.parse(b.started) - Date.parse(a.started) || b.callId.localeCompare(a.callId))
    .slice(0, max);
}
