import { MIN_HEALTH_INTERVAL_MS } from '../api';
import { parseInterval as toMilliseconds } from '../validation/interval';
import { UsageError } from './io';

/**
 * Checks a health-check interval such as `15m`, `1h` or `15 minutes` before anything is sent:
 * a wrong value, or one under a minute, is a {@link UsageError} naming `flag`.
 */
export function parseInterval(flag: string, value: string): string {
  const ms = toMilliseconds(value);
  if (ms === null || ms < MIN_HEALTH_INTERVAL_MS) {
    throw new UsageError(
      `${flag} must be an interval of at least 1m, such as 15m, 1h or "15 minutes"; got "${value}"`,
    );
  }
  return value.trim();
}
