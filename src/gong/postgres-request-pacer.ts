import { z } from 'zod';
import { abortableSleep, createRequestPacer, slotIntervalMs, type RequestPacer } from './request-pacer';

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

const RESERVE_SLOT = `
  INSERT INTO gong_request_slots AS s (host, next_at)
  VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
  ON CONFLICT (host) DO UPDATE
    SET next_at = GREATEST(s.next_at, clock_timestamp()) + make_interval(secs => $2::float8 / 1000)
  RETURNING EXTRACT(EPOCH FROM (s.next_at - clock_timestamp())) * 1000 - $2::float8 AS wait_ms`;

const HOLD_OFF = `
  INSERT INTO gong_request_slots AS s (host, next_at)
  VALUES ($1, clock_timestamp() + make_interval(secs => $2::float8))
  ON CONFLICT (host) DO UPDATE
    SET next_at = GREATEST(s.next_at, clock_timestamp() + make_interval(secs => $2::float8))`;

const waitRowSchema = z.object({ wait_ms: z.coerce.number() });

/**
 * One pacer for all replicas: each request reserves the next free slot for its host with one
 * statement (slots `1/perSecond` apart plus 10% slack, on the database's clock, so hosts' clocks
 * do not matter), then waits for it, cancellably. Hosts never wait for each other. If the
 * database fails, requests are paced per process (and a warning says so) rather than refused.
 */
export function createPostgresRequestPacer(options: PostgresRequestPacerOptions): RequestPacer {
  const interval = slotIntervalMs(options.perSecond);
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
      let waitMs: number;
      try {
        const { rows } = await options.query(RESERVE_SLOT, [host, interval]);
        waitMs = waitRowSchema.parse(rows[0]).wait_ms;
        warned = false;
      } catch (error) {
        fallBack(error);
        return local.wait(host, signal);
      }
      if (signal?.aborted) throw signal.reason;
      if (waitMs > 0) await sleep(waitMs, signal);
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
