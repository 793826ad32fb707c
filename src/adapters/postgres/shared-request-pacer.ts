import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  abortableSleep,
  createHostTurns,
  createRequestPacer,
  MAX_TRANSIT_MS,
  nextRoom,
  pacingWindow,
  type RequestPacer,
} from '../../gong/request-pacer';

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
  /** Milliseconds, monotonic; ages this process's grants not yet sent. */
  now?: () => number;
}

/** The host's slots and hold-off, on the database's clock (ms since the epoch), in one snapshot. */
const READ_HOST = `
  SELECT EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS now_ms,
    h.revision, EXTRACT(EPOCH FROM h.held_until) * 1000 AS held_until_ms,
    COALESCE((
      SELECT json_agg(json_build_object(
        'id', s.id,
        'left_ms', EXTRACT(EPOCH FROM s.left_at) * 1000,
        'answered_ms', EXTRACT(EPOCH FROM s.answered_at) * 1000))
      FROM gong_request_slots AS s WHERE s.host = $1
    ), '[]') AS slots
  FROM (SELECT 1) AS one LEFT JOIN gong_request_hosts AS h ON h.host = $1`;

/**
 * Records slot `$3`, held from now, if the host is still at revision `$2` (0: no row yet), and
 * deletes the slots `$4` that no longer count. Returns no row if another grant or hold-off came
 * first: the replica then reads again.
 */
const GRANT = `
  WITH bumped AS (
    INSERT INTO gong_request_hosts AS h (host, revision) VALUES ($1, 1)
    ON CONFLICT (host) DO UPDATE SET revision = h.revision + 1 WHERE h.revision = $2
    RETURNING host
  ), over AS (
    DELETE FROM gong_request_slots WHERE id = ANY($4::uuid[]) AND EXISTS (SELECT 1 FROM bumped)
  )
  INSERT INTO gong_request_slots (id, host, left_at)
  SELECT $3::uuid, host, clock_timestamp() FROM bumped
  RETURNING id`;

/** The request of slot `$1` left: now, on the database's clock, which is no earlier. */
const DEPARTED = `UPDATE gong_request_slots SET left_at = GREATEST(left_at, clock_timestamp()) WHERE id = $1`;

/** The answer to slot `$1` came: now, on the database's clock, which is no earlier. */
const ANSWERED = `
  UPDATE gong_request_slots SET answered_at = clock_timestamp() WHERE id = $1 AND answered_at IS NULL`;

const HOLD_OFF = `
  INSERT INTO gong_request_hosts AS h (host, revision, held_until)
  VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2::float8))
  ON CONFLICT (host) DO UPDATE
    SET revision = h.revision + 1, held_until = GREATEST(h.held_until, EXCLUDED.held_until)`;

const hostRowSchema = z.object({
  now_ms: z.coerce.number(),
  revision: z.coerce.number().nullable(),
  held_until_ms: z.coerce.number().nullable(),
  slots: z.array(
    z.object({
      id: z.string(),
      left_ms: z.coerce.number(),
      answered_ms: z.coerce.number().nullable(),
    }),
  ),
});

/** A grant of this process not yet sent: its slot's id, or null if the fallback granted it. */
interface Grant {
  id: string | null;
  grantedAt: number;
}

/**
 * One pacer for all replicas, by the same rule as {@link createRequestPacer} ({@link nextRoom}),
 * with the slots in PostgreSQL on the database's clock. Each grant is a row, held from the moment
 * it is recorded; its replica reports when the request left and when its answer came, each stamped
 * when the database gets the report, so never earlier than it happened. A slot counts until a
 * second after its answer, or at most {@link MAX_TRANSIT_MS} plus a second after it left (a slow
 * answer, or a replica that died holding it). A replica reads the host's slots, decides with the
 * rule, and records its grant only if no other grant or hold-off came in between (else it reads
 * again); waiting, it looks again when the room could come if every request in flight were
 * answered at once. Hosts never wait for each other; this process's waiters of one host queue in
 * turn. If the database fails, requests are paced per process (a warning says so).
 */
export function createPostgresRequestPacer(options: PostgresRequestPacerOptions): RequestPacer {
  const window = pacingWindow(options.perSecond);
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? (() => performance.now());
  const local = createRequestPacer({ perSecond: options.perSecond });
  const inTurn = createHostTurns();
  /** This process's grants not yet sent, oldest first, per host. */
  const unsent = new Map<string, Grant[]>();
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
  const report = (text: string, id: string) => options.query(text, [id]).then(() => undefined, fallBack);

  /** Takes a slot of `host` in the database; returns its id. */
  const acquire = async (host: string, signal?: AbortSignal): Promise<string> => {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const { rows } = await options.query(READ_HOST, [host]);
      const state = hostRowSchema.parse(rows[0]);
      warned = false;
      const slots = state.slots.map((slot) => ({
        id: slot.id,
        leftAt: slot.left_ms,
        answeredAt: slot.answered_ms ?? undefined,
      }));
      const room = nextRoom(slots, state.held_until_ms ?? 0, state.now_ms, window);
      if (room.roomAt <= state.now_ms) {
        const over = slots.filter((slot) => !room.live.includes(slot)).map((slot) => slot.id);
        const id = randomUUID();
        const granted = await options.query(GRANT, [host, state.revision ?? 0, id, over]);
        if (granted.rows.length > 0) return id;
        continue;
      }
      // Other replicas' answers are not announced: look again when one could have made room.
      await sleep(Math.max(1, room.recheckAt - state.now_ms), signal);
    }
  };

  const granted = (host: string, id: string | null) =>
    unsent.set(host, [...(unsent.get(host) ?? []), { id, grantedAt: now() }]);

  return {
    wait: (host, signal) =>
      inTurn(host, signal, async () => {
        try {
          granted(host, await acquire(host, signal));
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          fallBack(error);
          await local.wait(host, signal);
          granted(host, null);
        }
      }),
    sent(host) {
      // Grants of one host are alike: the oldest one still counting is taken as this request's.
      const stale = now() - MAX_TRANSIT_MS - window.windowMs;
      const grants = (unsent.get(host) ?? []).filter((grant) => grant.grantedAt > stale);
      const grant = grants.shift();
      unsent.set(host, grants);
      if (!grant) return () => undefined;
      if (grant.id === null) return local.sent?.(host) ?? (() => undefined);
      const id = grant.id;
      const departed = report(DEPARTED, id);
      // After the departure's report, so the slot's moments are recorded in order.
      return () => void departed.then(() => report(ANSWERED, id));
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
