import { formatInterval } from '../api/interval';

const DAY_MS = 86_400_000;
/** Share of the daily quota one connection's checks may take before a warning. */
const WARN_SHARE = 0.1;

/**
 * The warning for a health check every `everyMs` of `connectionId` when its requests (one per
 * check) take more than 10% of Gong's daily limit; null when they do not.
 */
export function quotaWarning(connectionId: string, everyMs: number, dailyLimit: number): string | null {
  const perDay = Math.ceil(DAY_MS / everyMs);
  if (perDay <= dailyLimit * WARN_SHARE) return null;
  const share = Math.round((perDay / dailyLimit) * 100);
  const suggested = formatInterval(Math.ceil(DAY_MS / (dailyLimit * WARN_SHARE) / 60_000) * 60_000);
  return (
    `warning: checking "${connectionId}" every ${formatInterval(everyMs)} sends ${perDay.toLocaleString('en-US')} ` +
    `requests a day, ${share}% of Gong's daily limit of ${dailyLimit.toLocaleString('en-US')} ` +
    `(GONG_DAILY_REQUEST_LIMIT) shared by every client of the account; ${suggested} or more stays under 10%`
  );
}
