/**
 * The least margin a send is recorded with: what the part of its way to Gong the pacer cannot
 * measure (from the grant to the socket, and the network) may add on a quiet host.
 */
const MIN_SEND_MARGIN_MS = 40;

/** The most margin a send is recorded with: at 3 per second, 1150 ms per 3 sends is 87% of the limit. */
export const MAX_SEND_MARGIN_MS = 150;

/** How many recent delays a margin is sized from. */
const DELAY_SAMPLES = 20;

/**
 * The margin sends are recorded with: twice the 90th percentile of the recent delays between a
 * send's grant and its departure (which grow with how busy the event loop, host and database
 * are), within {@link MIN_SEND_MARGIN_MS} and {@link MAX_SEND_MARGIN_MS}. A quiet process keeps
 * the narrow margin and sends near the limit; a busy one widens it as its delays grow, and
 * narrows it again.
 */
export function sendMarginMs(recentDelaysMs: readonly number[]): number {
  const sorted = [...recentDelaysMs].sort((a, b) => a - b);
  const p90 = sorted[Math.ceil(sorted.length * 0.9) - 1] ?? 0;
  return Math.min(MAX_SEND_MARGIN_MS, Math.max(MIN_SEND_MARGIN_MS, Math.ceil(2 * p90)));
}

/** Adds `delayMs` to `delays`, keeping the last {@link DELAY_SAMPLES}. */
export function recordDelay(delays: number[], delayMs: number): void {
  delays.push(Math.max(0, delayMs));
  if (delays.length > DELAY_SAMPLES) delays.shift();
}
