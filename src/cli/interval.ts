import { MIN_HEALTH_INTERVAL_MS, parseInterval as toMilliseconds } from '../api';
import { UsageError } from './io';

/** The longest health-check interval: a check rarer than monthly says nothing about today. */
export const MAX_HEALTH_INTERVAL_MS = 30 * 86_400_000;

/**
 * Checks a health-check interval such as `15m`, `1h` or `15 minutes` before anything is sent:
 * a wrong value, or one under a minute or over 30 days, is a {@link UsageError} naming `flag`.
 */
export function parseInterval(flag: string, value: string): string {
  const ms = toMilliseconds(value);
  if (ms === null || ms < MIN_HEALTH_INTERVAL_MS || ms > MAX_HEALTH_INTERVAL_MS) {
    throw new UsageError(
      `${flag} must be an interval from 1m to 30d, such as 15m, 1h or "15 minutes"; got "${value}"`,
    );
  }
  return value.trim();
}
