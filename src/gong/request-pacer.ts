/** Spaces requests per Gong host; see {@link createRequestPacer}. */
export interface RequestPacer {
  /** Resolves when a request to `host` may be sent; rejects if `signal` aborts first. */
  wait(host: string, signal?: AbortSignal): Promise<void>;
  /**
   * Holds every request to `host` back for `seconds` (Gong's `Retry-After` after a 429), so
   * the other runs sharing the pacer wait too instead of each collecting its own 429.
   */
  holdOff?(host: string, seconds: number): Promise<void>;
  /**
   * Told, synchronously just before a granted request to `host` leaves, that it leaves now.
   * Returns what to call as soon as Gong's answer (or the request's failure) arrives.
   */
  sent?(host: string): () => void;
}

/** Options of {@link createRequestPacer}. */
export interface RequestPacerOptions {
  /** Requests per second allowed per Gong host; Gong's default is 3. */
  perSecond: number;
  /** Milliseconds, monotonic. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * The longest a request is taken to need from leaving to reaching Gong when its answer is slower
 * than that: past it the request counts as arrived, so a slow endpoint holds its slot for at most
 * this plus a second. Connection set-up and a busy event loop fit well within it.
 */
export const MAX_TRANSIT_MS = 1000;

/** One granted request, on some clock: when it left (or was granted, until told) and when it was answered. */
export interface PacedSend {
  leftAt: number;
  answeredAt?: number;
}

/** `limit` requests per `windowMs`: 3 per 1 s at 3/s; 1 per 2 s at 0.5/s (never above `perSecond`). */
export interface PacingWindow {
  limit: number;
  windowMs: number;
}

/** The window `perSecond` requests per second are paced in. */
export function pacingWindow(perSecond: number): PacingWindow {
  const limit = Math.max(1, Math.floor(perSecond));
  return { limit, windowMs: (1000 * limit) / perSecond };
}

/** The latest moment `send` can have reached Gong: its answer came after, or its transit ran out. */
function arrivedBy(send: PacedSend): number {
  return Math.min(send.answeredAt ?? Infinity, send.leftAt + MAX_TRANSIT_MS);
}

/** What {@link nextRoom} finds at a moment. */
export interface Room<S extends PacedSend> {
  /** The sends that may still count against the window: the others are over for good. */
  live: S[];
  /** When the next request may be granted, as far as is known now (now, or later). */
  roomAt: number;
  /**
   * The earliest the next request could be granted, should every unanswered send be answered
   * now: when to look again if no one says an answer came.
   */
  recheckAt: number;
}

/**
 * The pacing rule, on whatever clock `now` and the sends share: a request may be granted only when,
 * of the host's earlier requests, fewer than `limit` may have arrived within the window before
 * now; each counts until a window after its answer (or after {@link MAX_TRANSIT_MS} past leaving,
 * if the answer is slower), and none before `heldUntil` (Gong's `Retry-After`).
 */
export function nextRoom<S extends PacedSend>(
  sends: readonly S[],
  heldUntil: number,
  now: number,
  { limit, windowMs }: PacingWindow,
): Room<S> {
  const live = sends.filter((send) => arrivedBy(send) > now - windowMs);
  const roomAfter = (bounds: number[]) => {
    const blocking = bounds.sort((a, b) => a - b)[bounds.length - limit];
    return Math.max(heldUntil, blocking === undefined ? 0 : blocking + windowMs);
  };
  return {
    live,
    roomAt: roomAfter(live.map(arrivedBy)),
    recheckAt: roomAfter(
      live.map((send) => (send.answeredAt === undefined ? Math.min(arrivedBy(send), now) : arrivedBy(send))),
    ),
  };
}

/** A granted request of this process: told of its departure or not yet. */
interface Send extends PacedSend {
  told: boolean;
}

/**
 * Paces the requests this process sends to each Gong host as Gong counts them: at most
 * `perSecond` arrivals in any sliding second (`limit` per `windowMs` below one per second), by
 * {@link nextRoom}. Where a request reaches Gong is known only within bounds: not before it was
 * granted, and not after its answer came back. No margin is guessed, so however late the event
 * loop lets a request leave, or Gong's clock stamps it, no four of one host arrive within a
 * second; the price is that each request holds its slot for Gong's answer time as well. Waiters
 * of one host are served in turn. Other processes sharing the key pair can still cause 429s;
 * those are retried after `Retry-After` by the activities.
 */
export function createRequestPacer(options: RequestPacerOptions): RequestPacer {
  const window = pacingWindow(options.perSecond);
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? abortableSleep;
  const sends = new Map<string, Send[]>();
  const heldUntil = new Map<string, number>();
  const inTurn = createHostTurns();
  /** Wakes the host's waiting request early: an answer came, so a slot may be free sooner. */
  const wakers = new Map<string, () => void>();

  const acquire = async (host: string, signal?: AbortSignal): Promise<void> => {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const current = now();
      const { live, roomAt } = nextRoom(sends.get(host) ?? [], heldUntil.get(host) ?? 0, current, window);
      sends.set(host, live);
      if (roomAt <= current) {
        live.push({ leftAt: current, told: false });
        return;
      }
      const woken = new AbortController();
      wakers.set(host, () => woken.abort());
      try {
        await sleep(roomAt - current, signal ? AbortSignal.any([signal, woken.signal]) : woken.signal);
      } catch (error) {
        if (!woken.signal.aborted || signal?.aborted) throw error;
      } finally {
        wakers.delete(host);
      }
    }
  };

  return {
    wait: (host, signal) => inTurn(host, signal, () => acquire(host, signal)),
    sent(host) {
      // Grants of one host are alike: the oldest one not yet told of is taken as this request's.
      const send = (sends.get(host) ?? []).find((candidate) => !candidate.told);
      if (!send) return () => undefined;
      send.leftAt = now();
      send.told = true;
      return () => {
        send.answeredAt ??= now();
        wakers.get(host)?.();
      };
    },
    async holdOff(host, seconds) {
      heldUntil.set(host, Math.max(heldUntil.get(host) ?? 0, now() + seconds * 1000));
    },
  };
}

/**
 * Serves the waiters of each host in turn: `take` runs once the host's earlier waiters are done
 * (however they ended), and a waiter cancelled while queued leaves the queue at once.
 */
export function createHostTurns(): <T>(
  host: string,
  signal: AbortSignal | undefined,
  take: () => Promise<T>,
) => Promise<T> {
  const turns = new Map<string, Promise<void>>();
  return async (host, signal, take) => {
    const previous = turns.get(host) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    turns.set(
      host,
      previous.then(() => mine),
    );
    try {
      await raceAbort(previous, signal);
      return await take();
    } finally {
      done();
    }
  };
}

/** Resolves with `promise`, or rejects as soon as `signal` aborts. */
function raceAbort(promise: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, reject);
  });
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
