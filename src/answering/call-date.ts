/**
 * The calendar day of a call's ISO start time (`2026-10-03T15:00:00Z` → `2026-10-03`), which is
 * enough for a reader to place the call and avoids time-zone noise in answers.
 */
export function callDate(started: string): string {
  return started.slice(0, 10);
}
