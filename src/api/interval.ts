import { z } from 'zod';

const UNIT_MS: Record<string, number> = {
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
};

/** `90s`, `15m`, `1h`, `1d`, `15 minutes` → milliseconds; null for anything else. */
export function parseInterval(text: string): number | null {
  const match = /^(\d+)\s*([a-z]+)$/i.exec(text.trim());
  const unit = match ? UNIT_MS[match[2]!.toLowerCase()] : undefined;
  return match && unit ? Number(match[1]) * unit : null;
}

/** `900000` → `15m`, `3600000` → `1h`, `90000` → `90s`: the largest unit that divides evenly. */
export function formatInterval(ms: number): string {
  const units: [string, number][] = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ];
  const [unit, size] = units.find(([, size]) => ms % size === 0 && ms >= size) ?? ['ms', 1];
  return `${ms / size}${unit}`;
}

/**
 * An interval written as `15m`, `1h`, `90s` or `15 minutes`, at least `minMs` (and at most
 * `maxMs` when given); parsed to milliseconds.
 */
export function intervalSchema(minMs: number, maxMs?: number) {
  const range =
    maxMs === undefined
      ? `of at least ${formatInterval(minMs)}`
      : `from ${formatInterval(minMs)} to ${formatInterval(maxMs)}`;
  return z.string().transform((text, context) => {
    const ms = parseInterval(text);
    if (ms === null || ms < minMs || (maxMs !== undefined && ms > maxMs)) {
      context.addIssue({
        code: 'custom',
        message: `must be an interval ${range}, such as 15m, 1h or "15 minutes"`,
      });
      return z.NEVER;
    }
    return ms;
  });
}
