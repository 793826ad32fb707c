import { z } from 'zod';
import { builtOnce } from './built-once';
import { getConnectionIdSchema } from './connection-id';
import type { CallSummary } from './calls';

/** Number of calls `searchCalls` returns when `limit` is not given. */
export const DEFAULT_SEARCH_LIMIT = 500;
/** Largest `limit` `searchCalls` accepts. */
export const MAX_SEARCH_LIMIT = 2000;

/** Input of `searchCalls`: a time range (`toDateTime` exclusive), optionally one workspace. */
export const getSearchCallsInputSchema = builtOnce(() => {
  const isoDateTime = z.iso.datetime({
    offset: true,
    error: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-01-15T00:00:00Z',
  });
  return z
    .strictObject({
      connectionId: getConnectionIdSchema(),
      fromDateTime: isoDateTime,
      toDateTime: isoDateTime,
      workspaceId: z
        .string()
        .regex(/^\d{1,20}$/, 'must be a numeric Gong workspace id')
        .optional(),
      limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
    })
    .refine((input) => Date.parse(input.fromDateTime) < Date.parse(input.toDateTime), {
      message: 'must be later than fromDateTime',
      path: ['toDateTime'],
    });
});
/** Input of `searchCalls`, as the caller writes it (`limit` optional). */
export type SearchCallsInput = z.input<ReturnType<typeof getSearchCallsInputSchema>>;

/** Result of `searchCalls`. */
export interface SearchCallsResult {
  /** The range's calls, most recent first, at most `limit` of them. */
  calls: CallSummary[];
  /** How many calls Gong reported for the range. */
  totalRecords: number;
  returned: number;
  /** True when the range holds more calls than `limit`: the oldest were left out. */
  truncated: boolean;
}
