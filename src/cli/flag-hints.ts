/**
 * The workflow's texts name its inputs (`maxCalls`, `exhaustive`), which the platform's users set;
 * a CLI user sets flags, so the CLI adds each input's flag where a text tells to change it.
 */
const HINTS: readonly (readonly [RegExp, string])[] = [
  // "raise maxCalls to 8" → "raise maxCalls to 8 (--max-calls 8)"
  [/\bmaxCalls to (\d+)\b/g, 'maxCalls to $1 (--max-calls $1)'],
  // "Raise maxCalls to read more calls" → "Raise maxCalls (--max-calls) to read more calls"
  [/\bmaxCalls(?= to read\b)/g, 'maxCalls (--max-calls)'],
  [/\bset exhaustive(?= to list\b)/g, 'set exhaustive (--exhaustive)'],
];

/** `text` with the CLI flag beside each input it tells the reader to change. */
export function withFlagHints(text: string): string {
  return HINTS.reduce((hinted, [pattern, replacement]) => hinted.replace(pattern, replacement), text);
}
