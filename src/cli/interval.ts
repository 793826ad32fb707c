// The same parser (and version) the Temporal SDK reads durations with, without a deep import of its internals.
import ms, { type StringValue } from 'ms';
import { UsageError } from './io';

/** The shortest interval a health-check Schedule may have. */
const MIN_INTERVAL_MS = 1_000;

/**
 * Checks a Schedule interval such as `15m`, `1h`, `90s` or `15 minutes` the way Temporal reads
 * it, before anything is sent: a wrong value is a {@link UsageError} naming `flag`.
 */
export function parseInterval(flag: string, value: string): string {
  const text = value.trim();
  let millis: number;
  try {
    millis = ms(text as StringValue);
  } catch {
    millis = Number.NaN;
  }
  if (!Number.isFinite(millis) || millis < MIN_INTERVAL_MS) {
    throw new UsageError(
      `${flag} must be an interval of at least 1s, such as 15m, 1h, 90s or "15 minutes"; got "${value}"`,
    );
  }
  return text;
}
