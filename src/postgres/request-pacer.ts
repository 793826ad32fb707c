import { z } from 'zod';
import { abortableSleep, createRequestPacer, slotIntervalMs, type RequestPacer } from '../gong/request-pacer';

/** Runs one SQL statement (the pool's `query`); rows are validated here. */
export type PacerQuery = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** Options of {@link createPostgresRequestPacer}. */
export interface PostgresRequestPacerOptions {
  query: PacerQuery;
  /** Requests per second allowed per Gong host across every process sharing the database. */
  perSecond: number;
  /** Told once when the database cannot be reached and pacing falls back to this process alone. */
  warn?: (message: string) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Takes the host's next slot: `$2` ms after the last one handed out, or now. Returns the wait. */
const RESERVE_SLOT = `
  INSERT INTO gong_request_slots AS s (host, next_at)
  VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
  ON CONFLICT (host) DO UPDATE
    SET next_at = GREATEST(s.next_at, clock_timestamp()) + make_interval(secs => $2::float8 / 1000)
  RETURNING EXTRACT(EPOCH FROM (s.next_at - clock_timestamp())) * 1000 - $2::float8 AS wait_ms`;

/**
 * Records a send if fewer than `$3` were recorded in the last `$2` ms, else says when there will
 * be room. The row lock serialises the replicas of one host; other hosts' rows are untouched.
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
    UPDATE gong_request_slots AS s SET sent_at = current.live || clock.now
    FROM current, clock
    WHERE s.host = current.host AND cardinality(current.live) < $3
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM recorded) AS sent,
    CASE WHEN cardinality(live) < $3 THEN 0
      ELSE EXTRACT(EPOCH FROM (live[cardinality(live) - $3 + 1] + make_interval(secs => $2::float8 / 1000)
        - (SELECT now FROM clock))) * 1000
    END AS retry_ms
  FROM current`;

const HOLD_OFF = `
  INSERT INTO gong_request_slots AS s (host, next_at)
  VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8))
  ON CONFLICT (host) DO UPDATE
    SET next_at = GREATEST(s.next_at, clock_timestamp() + make_interval(secs => $2::float8))`;

const waitRowSchema = z.object({ wait_ms: z.coerce.number() });
const confirmRowSchema = z.object({ sent: z.coerce.number(), retry_ms: z.coerce.number() });

/**
 * One pacer for all replicas, in two statements per request. First the request reserves the
 * host's next slot (slots `1/perSecond` apart plus 10% slack, on the database's clock, so hosts'
 * clocks do not matter) and waits for it, cancellably: this queues requests fairly without
 * polling. Then, at send time, it records the send only if fewer than `perSecond` sends were
 * recorded in the last 1.1 seconds, else waits for room: a replica woken late by a busy event
 * loop cannot bunch with the next slot's request, and no slot is thrown away. Hosts never wait for
 * each other. If the database fails, requests are paced per process (a warning says so).
 */
export function createPostgresRequestPacer(options: PostgresRequestPacerOptions): RequestPacer {
  const interval = slotIntervalMs(options.perSecond);
  // `limit` sends per `windowMs`: 3 per 1.1 s at 3/s; 1 per 2.2 s at 0.5/s (never above perSecond).
  const limit = Math.max(1, Math.floor(options.perSecond));
  const windowMs = interval * limit;
  const sleep = options.sleep ?? abortableSleep;
  const local = createRequestPacer({ perSecond: options.perSecond });
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
        const { rows } = await options.query(RESERVE_SLOT, [host, interval]);
        const waitMs = waitRowSchema.parse(rows[0]).wait_ms;
        if (waitMs > 0) await sleep(waitMs, signal);
        for (;;) {
          if (signal?.aborted) throw signal.reason;
          const confirmed = await options.query(CONFIRM_SEND, [host, windowMs, limit]);
          const { sent, retry_ms: retryMs } = confirmRowSchema.parse(confirmed.rows[0]);
          warned = false;
          if (sent > 0) return;
          await sleep(Math.max(1, retryMs), signal);
        }
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        fallBack(error);
        return local.wait(host, signal);
      }
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
