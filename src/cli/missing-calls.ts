import type { MissingCall } from '../api/call-ids';
import { ReportedFailureError } from './io';

/**
 * Fails the command (exit 1, kind `calls-not-found`) when Gong returned nothing for some of the
 * asked call ids, naming them, so a script never takes a partial result for a whole one. Called
 * after what was found is printed (with `--json`, the result, whose `missing` lists them).
 */
export function failOnMissingCalls(missing: readonly MissingCall[]): void {
  if (missing.length === 0) return;
  const callIds = missing.map((call) => call.callId);
  throw new ReportedFailureError(
    `not found in Gong (no such call, or the connection's key may not see it): ${callIds.join(', ')}`,
    'calls-not-found',
    { missingCallIds: callIds },
  );
}
