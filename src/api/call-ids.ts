import { z } from 'zod';
import { builtOnce } from './built-once';

/** A Gong call id: digits only, as Gong issues them. */
export const getCallIdSchema = builtOnce(() =>
  z.string().regex(/^\d{1,20}$/, 'must be a numeric Gong call id of up to 20 digits'),
);

/** Why a call the caller asked for is not in the result. */
export interface MissingCall {
  callId: string;
  /** Gong returned nothing for this id: it does not exist or the key may not see it. */
  reason: 'not_found';
}

/** Each id Gong did not return, as a {@link MissingCall}. */
export function notFound(callIds: readonly string[]): MissingCall[] {
  return callIds.map((callId) => ({ callId, reason: 'not_found' }));
}
