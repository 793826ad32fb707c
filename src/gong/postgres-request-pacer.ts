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

/** How late after its slot a request may still go: well under the 10% slack between slots. */
const LATE_TOLERANCE_MS = 30;
/** Slots taken before sending anyway, so a process that is always late still makes progress. */
const MAX_ATTEMPTS = 3;

const waitRowSchema = z.object({ wait_ms: z.coerce.number() });

/**
 * One pacer for all replicas: each request reserves the next free slot for its host with one
 * statement (slots `1/perSecond` apart plus 10% slack, on the database's clock, so hosts' clocks
 * do not matter), then waits for it, cancellably; woken too late (a busy event loop), it takes a new slot rather
 * than bunch with the next one. Hosts never wait for each other. If the
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
      for (let attempt = 1; ; attempt += 1) {
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
        const due = performance.now() + Math.max(0, waitMs);
        if (waitMs > 0) await sleep(waitMs, signal);
        // A busy event loop can wake us well after our slot, right next to the following slot's
        // request from another replica; sending then could put N+1 requests in one second.
        if (performance.now() - due <= LATE_TOLERANCE_MS || attempt >= MAX_ATTEMPTS) return;
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
