import { recordDelay, sendMarginMs } from './send-margin';

/** Spaces requests per Gong host; see {@link createRequestPacer}. */
export interface RequestPacer {
  /** Resolves when a request to `host` may be sent; rejects if `signal` aborts first. */
  wait(host: string, signal?: AbortSignal): Promise<void>;
  /**
   * Holds every request to `host` back for `seconds` (Gong answered 429 with `Retry-After`), so
   * the other runs sharing the pacer wait too instead of each collecting its own 429.
   */
  holdOff?(host: string, seconds: number): Promise<void>;
  /**
   * Told, synchronously just before the request to `host` leaves, that a granted request is
   * being sent now: a send that left later than the pacer allowed for is counted from now.
   * Returns what to call when Gong's answer arrives (the round trip sizes the pacer's margin).
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

/** A send as the pacer counts it: by the latest moment it should reach Gong. */
interface RecordedSend {
  grantedAt: number;
  reachesBy: number;
}

/**
 * Paces the requests this process sends to each Gong host the way Gong counts them: at most
 * `perSecond` in any sliding second (`limit` per `windowMs` below one per second). A request is
 * granted only when fewer than `limit` recorded sends fall in the window, checked on the clock
 * when it would leave (not at a slot computed when it started waiting, which a busy event loop
 * would overrun), and recorded as reaching Gong by now plus a margin sized from how late recent
 * grants left (see {@link sendMarginMs}); `sent` moves a send that left later than its margin.
 * Waiters of one host are served in turn. Other processes sharing the key pair can still cause
 * 429s; those are retried after `Retry-After` by the activities.
 */
export function createRequestPacer(options: RequestPacerOptions): RequestPacer {
  const limit = Math.max(1, Math.floor(options.perSecond));
  const windowMs = (1000 * limit) / options.perSecond;
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? abortableSleep;
  const sends = new Map<string, RecordedSend[]>();
  const heldUntil = new Map<string, number>();
  const turns = new Map<string, Promise<void>>();
  const delays: number[] = [];

  /** The recorded sends of `host` still inside Gong's window at `at`, oldest arrival first. */
  const liveSends = (host: string, at: number): RecordedSend[] => {
    const live = (sends.get(host) ?? []).filter((send) => send.reachesBy > at - windowMs);
    live.sort((a, b) => a.reachesBy - b.reachesBy);
    sends.set(host, live);
    return live;
  };

  const acquire = async (host: string, signal?: AbortSignal): Promise<void> => {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const current = now();
      const live = liveSends(host, current);
      const oldest = live[live.length - limit];
      const roomAt = Math.max(heldUntil.get(host) ?? 0, oldest ? oldest.reachesBy + windowMs : 0);
      if (roomAt <= current) {
        live.push({ grantedAt: current, reachesBy: current + sendMarginMs(delays) });
        return;
      }
      await sleep(roomAt - current, signal);
      // A late timer is the event loop's delay: the send leaves at least that late too.
      recordDelay(delays, now() - roomAt);
    }
  };

  return {
    async wait(host, signal) {
      const previous = turns.get(host) ?? Promise.resolve();
      let done!: () => void;
      const mine = new Promise<void>((resolve) => (done = resolve));
      turns.set(
        host,
        previous.then(() => mine),
      );
      try {
        await raceAbort(previous, signal);
        await acquire(host, signal);
      } finally {
        done();
      }
    },
    sent(host) {
      const current = now();
      // The oldest grant not yet sent is this request's (or one abandoned; its delay only widens the margin).
      const send = (sends.get(host) ?? []).find((s) => s.grantedAt >= 0);
      if (!send) return () => undefined;
      recordDelay(delays, current - send.grantedAt);
      send.reachesBy = Math.max(send.reachesBy, current + sendMarginMs(delays));
      send.grantedAt = -1;
      // The round trip bounds how long the request took to reach Gong, which no clock here sees.
      return () => recordDelay(delays, now() - current);
    },
    async holdOff(host, seconds) {
      heldUntil.set(host, Math.max(heldUntil.get(host) ?? 0, now() + seconds * 1000));
    },
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
