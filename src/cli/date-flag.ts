/**
 * A `--from`/`--to` value as the workflow takes it: a plain date (`2026-11-01`) is that day's
 * UTC midnight; anything else is passed on for the input schema to check.
 */
export function dateTimeFlag(value: string): string {
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed;
}
