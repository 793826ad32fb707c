import { z } from 'zod';
import { builtOnce } from './built-once';
import { getConnectionIdSchema } from './connection-id';
import { getCallIdSchema, type MissingCall } from './call-ids';
import { CONTENT_BLOCKS, type CallContent } from './calls';

/** Most call ids one `getCallContent` run reads. */
export const MAX_CONTENT_CALL_IDS = 1000;

/** Input of `getCallContent`: the calls, and optionally which AI content blocks to read. */
export const getCallContentInputSchema = builtOnce(() =>
  z.strictObject({
    connectionId: getConnectionIdSchema(),
    callIds: z.array(getCallIdSchema()).min(1).max(MAX_CONTENT_CALL_IDS),
    include: z.array(z.enum(CONTENT_BLOCKS)).min(1).optional(),
  }),
);
/** Input of `getCallContent`, as the caller writes it. */
export type CallContentInput = z.input<ReturnType<typeof getCallContentInputSchema>>;

/** Result of `getCallContent`: content in the order asked, and the ids Gong did not return. */
export interface CallContentResult {
  calls: CallContent[];
  missing: MissingCall[];
}
