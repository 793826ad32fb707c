import { z } from 'zod';
import { abortableSleep, createRequestPacer, type RequestPacer } from '../../gong/request-pacer';

/** Runs one SQL statement (the pool's `query`); rows are validated here. */
type PacerQuery = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** Options of {@link createPostgresRequestPacer}. */
export interface PostgresRequestPacerOptions {
  query: PacerQuery;
  /** Requests per second allowed per Gong host across every process sharing the database. */
  perSecond: number;
  /** Told once when the database cannot be reached and pacing falls back to this process alone. */
  warn?: (message: string) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Milliseconds, monotonic; measures how late a confirmation came back. */
  now?: () => number;
}

/** Takes the host's next slot: `$2` ms after the last one handed out, or now. Returns the wait. */
const RESERVE_SLOT = `
  INSERT INTO gong_request_slots AS s (host, next_at)
  VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
  ON CONFLICT (host) DO UPDATE
    SET next_at = GREATEST(s.next_at, clock_timestamp()) + make_interval(secs => $2::float8 / 1000)
  RETURNING EXTRACT(EPOCH FROM (s.next_at - clock_timestamp())) * 1000 - $2::float8 AS wait_ms`;

/**
 * Records a send as reaching Gong by `$4` ms from now (its margin) if fewer than `$3` recorded
 * sends may reach Gong within the last `$2` ms (Gong's window), else says when there will be room.
 * The row lock serialises the replicas of one host; other hosts' rows are untouched.
 */
const CONFIRM_SEND = `
  WITH clock AS (SELECT clock_timestamp() AS now),
  current AS (
    SELECT s.host, ARRAY(
      SELECT t FROM unnest(s.sent_at) AS t
      WHERE t > clock.now - make_interval(secs => $2::float8 / 1000) ORDER BY t
    ) AS live
    FROM gong_request_slots AS s, clock WHERE s.host = $1 FOR UPDATE OF s
  ),
  recorded AS (
    UPDATE gong_request_slots AS s
    SET sent_at = current.live || (clock.now + make_interval(secs => $4::float8 / 1000))
    FROM current, clock
    WHERE s.host = current.host AND cardinality(current.live) < $3
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM recorded) AS sent,
    ((SELECT now FROM clock) + make_interval(secs => $4::float8 / 1000))::text AS stamp,
    CASE WHEN cardinality(live) < $3 THEN 0
      ELSE EXTRACT(EPOCH FROM (live[cardinality(live) - $3 + 1] + make_interval(secs => $2::float8 / 1000)
        - (SELECT now FROM clock))) * 1000
    END AS retry_ms
  FROM current`;

/** Withdraws a recorded send that did not leave in time; it is confirmed again. */
const WITHDRAW_SEND = `
  UPDATE gong_request_slots SET sent_at = array_remove(sent_at, $2::timestamptz) WHERE host = $1`;

/**
 * The least margin a send is recorded with: what the part of its way to Gong this process cannot
 * measure (from the confirmation's return to the socket, and the network) may add on a quiet host.
 */
const MIN_SEND_MARGIN_MS = 40;

/** The most margin a send is recorded with: at 3 per second, 1150 ms per 3 sends is 87% of the limit. */
export const MAX_SEND_MARGIN_MS = 150;

/** How many recent confirmation delays the margin is sized from. */
const DELAY_SAMPLES = 20;

/** A send is confirmed again at most this often; past it the request goes (it is already late). */
const MAX_RECONFIRMS = 3;

/**
 * The margin sends of this process are recorded with: twice the 90th percentile of its recent
 * confirmation delays (the round trip of each confirmation, which grows with how busy the host
 * and the database are), within {@link MIN_SEND_MARGIN_MS} and {@link MAX_SEND_MARGIN_MS}. A
 * quiet host keeps the narrow margin and sends near the limit; a busy one, whose requests also
 * leave later after their confirmation, widens it as its delays grow, and narrows it again.
 */
export function sendMarginMs(recentDelaysMs: readonly number[]): number {
  const sorted = [...recentDelaysMs].sort((a, b) => a - b);
  const p90 = sorted[Math.ceil(sorted.length * 0.9) - 1] ?? 0;
  return Math.min(MAX_SEND_MARGIN_MS, Math.max(MIN_SEND_MARGIN_MS, Math.ceil(2 * p90)));
}

const HOLD_OFF = `
  INSERT INTO gong_request_slots AS s (host, next_at)
  VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8))
  ON CONFLICT (host) DO UPDATE
    SET next_at = GREATEST(s.next_at, clock_timestamp() + make_interval(secs => $2::float8))`;

const waitRowSchema = z.object({ wait_ms: z.coerce.number() });
const confirmRowSchema = z.object({
  sent: z.coerce.number(),
  retry_ms: z.coerce.number(),
  stamp: z.string(),
});

/**
 * One pacer for all replicas, in two statements per request. First the request reserves the
 * host's next slot (on the database's clock, so hosts' clocks do not matter) and waits for it,
 * cancellably: this queues requests fairly without polling. Then, at send time, it records the
 * send at the latest moment it should reach Gong (now plus this process's margin, see
 * {@link sendMarginMs}), and only if fewer than `perSecond` recorded sends fall in Gong's window
 * before it; else it waits for room. Four requests can then reach Gong within one second only if
 * one of them left later than its own margin, and a confirmation that comes back later than the
 * margin is withdrawn and asked for again (its delay widens the margin). Replicas on busier hosts
 * record wider margins; none has to know another's. Hosts never wait for each other. If the
 * database fails, requests are paced per process (a warning says so).
 */
export function createPostgresRequestPacer(options: PostgresRequestPacerOptions): RequestPacer {
  // `limit` sends per `windowMs`: 3 per 1 s at 3/s; 1 per 2 s at 0.5/s (never above perSecond).
  const limit = Math.max(1, Math.floor(options.perSecond));
  const windowMs = (1000 * limit) / options.perSecond;
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? (() => performance.now());
  const local = createRequestPacer({ perSecond: options.perSecond });
  const delays: number[] = [];
  let warned = false;
  const fallBack = (error: unknown) => {
    if (!warned) {
      warned = true;
      const reason = error instanceof Error ? error.message : String(error);
      options.warn?.(
        `Shared Gong rate limit unavailable (${reason}); pacing this process alone until it is back`,
      );
    }
  };
  return {
    async wait(host, signal) {
      if (signal?.aborted) throw signal.reason;
      try {
        // Slots as far apart as confirmed sends can be: the window plus the margin, per `limit`.
        const interval = (windowMs + sendMarginMs(delays)) / limit;
        const { rows } = await options.query(RESERVE_SLOT, [host, interval]);
        const waitMs = waitRowSchema.parse(rows[0]).wait_ms;
        if (waitMs > 0) await sleep(waitMs, signal);
        for (let reconfirms = 0; ;) {
          if (signal?.aborted) throw signal.reason;
          const margin = sendMarginMs(delays);
          const asked = now();
          const confirmed = await options.query(CONFIRM_SEND, [host, windowMs, limit, margin]);
          const { sent, retry_ms: retryMs, stamp } = confirmRowSchema.parse(confirmed.rows[0]);
          warned = false;
          if (sent > 0) {
            // The whole round trip: the database's clock is not this process's, and a busy host
            // delays a request after its confirmation too, where no clock here can see it.
            const delay = now() - asked;
            delays.push(delay);
            if (delays.length > DELAY_SAMPLES) delays.shift();
            if (delay <= margin || reconfirms >= MAX_RECONFIRMS) return;
            reconfirms += 1;
            await options.query(WITHDRAW_SEND, [host, stamp]);
            continue;
          }
          await sleep(Math.max(1, retryMs), signal);
        }
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        fallBack(error);
        return local.wait(host, signal);
      }
    },
    sent(host) {
      // Only the fallback's grants are counted here; shared ones were recorded with their margin.
      return local.sent?.(host) ?? (() => undefined);
    },
    async holdOff(host, seconds) {
      await local.holdOff?.(host, seconds);
      try {
        await options.query(HOLD_OFF, [host, seconds]);
      } catch (error) {
        fallBack(error);
      }
    },
  };
}
