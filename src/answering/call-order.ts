import type { CallContent } from '../gong/call-content-model';

/** Newest call first; ties keep the caller's order. */
export function newestFirst(calls: readonly CallContent[]): CallContent[] {
  const time = (call: CallContent) => {
    const parsed = Date.parse(call.started);
    return Number.isNaN(parsed) ? 0 : parsed;
  };
  return calls
    .map((call, index) => ({ call, index }))
    .sort((a, b) => time(b.call) - time(a.call) || a.index - b.index)
    .map(({ call }) => call);
}

/** `"Title" (2026-01-31)`. */
export function callLabel(call: CallContent): string {
  return `“${call.title}” (${call.started.slice(0, 10)})`;
}
