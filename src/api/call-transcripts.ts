import { z } from 'zod';
import { builtOnce } from './built-once';
import { getConnectionIdSchema } from './connection-id';
import { getCallIdSchema, type MissingCall } from './call-ids';
import type { CallTranscript } from './calls';

/**
 * Most call ids one `getCallTranscripts` run reads: transcripts are large (tens of kB per call)
 * and a result must stay under Temporal's payload limit.
 */
export const MAX_TRANSCRIPT_CALL_IDS = 100;

/** Input of `getCallTranscripts`. */
export const getCallTranscriptsInputSchema = builtOnce(() =>
  z.strictObject({
    connectionId: getConnectionIdSchema(),
    callIds: z.array(getCallIdSchema()).min(1).max(MAX_TRANSCRIPT_CALL_IDS),
  }),
);
/** Input of `getCallTranscripts`, as the caller writes it. */
export type CallTranscriptsInput = z.input<ReturnType<typeof getCallTranscriptsInputSchema>>;

/** Result of `getCallTranscripts`: transcripts in the order asked, and the ids Gong did not return. */
export interface CallTranscriptsResult {
  transcripts: CallTranscript[];
  missing: MissingCall[];
}
