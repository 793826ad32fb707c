import { UsageError } from './io';

const DAY_MS = 86_400_000;
const ACCEPTED = 'a date such as 2026-12-01 or a UTC date-time such as 2026-12-01T09:00:00Z';

/**
 * A `--from`/`--to` value as the workflow takes it. A plain date is a whole UTC day: `--from`
 * is its midnight and `--to` the next midnight (the range's end is exclusive), so
 * `--from 2026-12-02 --to 2026-12-02` is that day. A date-time is passed on for the input
 * schema to check; a US-style date (`12/01/2026`) is a {@link UsageError} with the accepted forms.
 */
export function dateTimeFlag(flag: '--from' | '--to', value: string): string {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const midnight = Date.parse(`${trimmed}T00:00:00Z`);
    if (Number.isNaN(midnight)) throw new UsageError(`${flag} must be ${ACCEPTED}; got "${value}"`);
    const at = flag === '--to' ? midnight + DAY_MS : midnight;
    return new Date(at).toISOString().replace('.000Z', 'Z');
  }
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (us) {
    const [, month, day, year] = us as unknown as [string, string, string, string];
    throw new UsageError(
      `${flag} must be ${ACCEPTED}; "${value}" looks like a month/day/year date: write ${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    );
  }
  return trimmed;
}
