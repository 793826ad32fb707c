import { z } from 'zod';
import { connectionIdSchema } from './connection-id';
import { callIdSchema, type MissingCall } from './call-ids';
import type { CallTranscript } from './calls';

/**
 * Most call ids one `getCallTranscripts` run reads: transcripts are large (tens of kB per call)
 * and a result must stay under Temporal's payload limit.
 */
export const MAX_TRANSCRIPT_CALL_IDS = 100;

/** Input of `getCallTranscripts`. */
export const callTranscriptsInputSchema = z.strictObject({
  connectionId: connectionIdSchema,
  callIds: z.array(callIdSchema).min(1).max(MAX_TRANSCRIPT_CALL_IDS),
});
/** Input of `getCallTranscripts`, as the caller writes it. */
export type CallTranscriptsInput = z.input<typeof callTranscriptsInputSchema>;

/** Result of `getCallTranscripts`: transcripts in the order asked, and the ids Gong did not return. */
export interface CallTranscriptsResult {
  transcripts: CallTranscript[];
  missing: MissingCall[];
}
