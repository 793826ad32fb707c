import { nextInLine, PACING_STAGE, type PacingPriority, type Waiting } from './grant-order';

/** Spaces requests per Gong host; see {@link createRequestPacer}. */
export interface RequestPacer {
  /**
   * Resolves when a request to `host` may be sent; rejects if `signal` aborts first. Of the
   * requests waiting for a host, those of work further along (`priority`) go first.
   */
  wait(host: string, signal?: AbortSignal, priority?: PacingPriority): Promise<void>;
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

/** A request of this process waiting for its host, and how to let it go. */
interface Queued extends Waiting {
  go: () => void;
}

/** A request's priority as given, or that of a listing begun now. */
function priorityOr(priority: PacingPriority | undefined): PacingPriority {
  return priority ?? { stage: PACING_STAGE.listing, since: Date.now() };
}

/**
 * Queues `request` in `queue` until it is let go, or takes it out and rejects as soon as
 * `signal` aborts; `left` is told when it leaves that way.
 */
function enqueue(
  queue: Queued[],
  request: Waiting,
  signal: AbortSignal | undefined,
  left: () => void,
): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      queue.splice(queue.indexOf(queued), 1);
      left();
      reject(signal?.reason);
    };
    const queued: Queued = {
      ...request,
      go: () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
    };
    queue.push(queued);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Paces the requests this process sends to each Gong host as Gong counts them: at most
 * `perSecond` arrivals in any sliding second (`limit` per `windowMs` below one per second), by
 * {@link nextRoom}. Where a request reaches Gong is known only within bounds: not before it was
 * granted, and not after its answer came back. No margin is guessed, so however late the event
 * loop lets a request leave, or Gong's clock stamps it, no four of one host arrive within a
 * second; the price is that each request holds its slot for Gong's answer time as well. Each
 * slot, when it comes, goes to the waiting request of the work furthest along
 * ({@link nextInLine}). Other processes sharing the key pair can still cause 429s; those are
 * retried after `Retry-After` by the activities.
 */
export function createRequestPacer(options: RequestPacerOptions): RequestPacer {
  const window = pacingWindow(options.perSecond);
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? abortableSleep;
  const sends = new Map<string, Send[]>();
  const heldUntil = new Map<string, number>();
  const queues = new Map<string, Queued[]>();
  /** Wakes the host's grant loop early: an answer came (a slot may be free sooner), or a waiter left. */
  const wakers = new Map<string, () => void>();

  /** Grants the host's waiting requests one by one as room comes, until none waits. */
  const grantInTurn = async (host: string, queue: Queued[]): Promise<void> => {
    while (queue.length > 0) {
      const current = now();
      const { live, roomAt } = nextRoom(sends.get(host) ?? [], heldUntil.get(host) ?? 0, current, window);
      sends.set(host, live);
      const next = roomAt <= current ? nextInLine(queue, current) : undefined;
      if (next) {
        queue.splice(queue.indexOf(next), 1);
        live.push({ leftAt: current, told: false });
        next.go();
        continue;
      }
      const woken = new AbortController();
      wakers.set(host, () => woken.abort());
      await sleep(roomAt - current, woken.signal).catch(() => undefined);
      wakers.delete(host);
    }
    queues.delete(host);
  };

  return {
    wait(host, signal, priority) {
      const waiting = queues.get(host);
      const queue = waiting ?? [];
      const request = { priority: priorityOr(priority), queuedAt: now() };
      const queued = enqueue(queue, request, signal, () => wakers.get(host)?.());
      if (!waiting) {
        queues.set(host, queue);
        void grantInTurn(host, queue);
      }
      return queued;
    },
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
 * Serves the waiters of each host one at a time: `take` runs once the host's earlier turn is
 * done (however it ended), the waiter of the work furthest along first ({@link nextInLine}), and
 * a waiter cancelled while queued leaves the queue at once.
 */
export function createHostTurns(
  now: () => number = () => performance.now(),
): <T>(
  host: string,
  signal: AbortSignal | undefined,
  take: () => Promise<T>,
  priority?: PacingPriority,
) => Promise<T> {
  const queues = new Map<string, Queued[]>();
  const busy = new Set<string>();
  const nextTurn = (host: string) => {
    const queue = queues.get(host) ?? [];
    const next = nextInLine(queue, now());
    if (!next) {
      busy.delete(host);
      queues.delete(host);
      return;
    }
    queue.splice(queue.indexOf(next), 1);
    next.go();
  };
  return async (host, signal, take, priority) => {
    const queue = queues.get(host) ?? [];
    queues.set(host, queue);
    const turn = enqueue(queue, { priority: priorityOr(priority), queuedAt: now() }, signal, () => undefined);
    if (!busy.has(host)) {
      busy.add(host);
      nextTurn(host);
    }
    await turn;
    try {
      return await take();
    } finally {
      nextTurn(host);
    }
  };
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
