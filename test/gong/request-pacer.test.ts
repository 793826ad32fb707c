import { describe, expect, it } from 'vitest';
import { createRequestPacer, MAX_TRANSIT_MS, type RequestPacer } from '../../src/gong/request-pacer';

const HOST = 'us-1.api.gong.io';

/**
 * A virtual clock: time moves only to the next due timer, once every promise that can settle
 * has, so a test can hold a request between its grant and its send as a busy event loop does.
 */
function virtualClock() {
  let time = 0;
  let timers: { at: number; fire: () => void }[] = [];
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const later = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = { at: time + ms, fire: resolve };
      timers.push(timer);
      signal?.addEventListener('abort', () => {
        timers = timers.filter((other) => other !== timer);
        reject(signal.reason);
      });
    });
  return {
    now: () => time,
    sleep: later,
    later,
    /** Runs until `work` settles, firing timers in order. */
    async run<T>(work: Promise<T>): Promise<T> {
      let finished = false;
      const watched = work.finally(() => (finished = true));
      await settle();
      while (!finished) {
        const next = timers.sort((a, b) => a.at - b.at).shift();
        if (!next) throw new Error('nothing left to run, but the work has not finished');
        time = Math.max(time, next.at);
        next.fire();
        await settle();
      }
      return watched;
    },
  };
}

/** One request as the test sends it: granted, held `holdMs` before it leaves, answered `latencyMs` later. */
async function request(
  pacer: RequestPacer,
  clock: ReturnType<typeof virtualClock>,
  { holdMs = 0, latencyMs = 150 } = {},
): Promise<{ leftAt: number; answeredAt: number }> {
  await pacer.wait(HOST);
  if (holdMs > 0) await clock.later(holdMs);
  const answered = pacer.sent?.(HOST);
  const leftAt = clock.now();
  await clock.later(latencyMs);
  answered?.();
  return { leftAt, answeredAt: clock.now() };
}

/**
 * Whether Gong could have counted four of `requests` within one second: each reached it at some
 * moment between leaving and being answered, so four can be placed in one second when the last
 * of them to leave left less than a second after the first of them was answered.
 */
function fourCanArriveWithinASecond(requests: { leftAt: number; answeredAt: number }[]): boolean {
  return requests.some(
    (last) =>
      requests.filter(
        (other) => other !== last && other.leftAt <= last.leftAt && other.answeredAt > last.leftAt - 1000,
      ).length >= 3,
  );
}

/** A seeded pseudo-random sequence in [0, 1), the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('pacing requests to Gong', () => {
  it('lets three requests to one host through at once, and the fourth a second after the first answer', async () => {
    const clock = virtualClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    const sent = await clock.run(Promise.all(Array.from({ length: 4 }, () => request(pacer, clock))));
    expect(sent.map((one) => one.leftAt)).toEqual([0, 0, 0, 1150]);
  });

  it('does not delay requests to different hosts', async () => {
    const clock = virtualClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 3; i += 1) await pacer.wait(HOST);
    await pacer.wait('us-2.api.gong.io');
    expect(clock.now()).toBe(0);
  });

  it('stops waiting when the request is cancelled', async () => {
    const pacer = createRequestPacer({ perSecond: 0.01 });
    await pacer.wait(HOST);
    const controller = new AbortController();
    const waiting = pacer.wait(HOST, controller.signal);
    controller.abort(new Error('cancelled by the caller'));
    await expect(waiting).rejects.toThrow('cancelled by the caller');
  });

  it("holds a host back for Gong's Retry-After", async () => {
    const clock = virtualClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    await pacer.holdOff?.(HOST, 5);
    await clock.run(pacer.wait(HOST));
    expect(clock.now()).toBe(5000);
  });

  it('counts a request held up after its grant from when it leaves and until it is answered', async () => {
    const clock = virtualClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    const sent = await clock.run(
      Promise.all([
        // Other work holds the first granted request 500 ms before it leaves.
        request(pacer, clock, { holdMs: 500 }),
        ...Array.from({ length: 5 }, () => request(pacer, clock)),
      ]),
    );
    // Two slots come back a second after the prompt answers; the held one a second after its own.
    expect(sent.map((one) => one.leftAt)).toEqual([500, 0, 0, 1150, 1150, 500 + 150 + 1000]);
  });

  it('holds a slot for at most a second past the longest transit when Gong is slow to answer', async () => {
    const clock = virtualClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    const sent = await clock.run(
      Promise.all(Array.from({ length: 4 }, () => request(pacer, clock, { latencyMs: 5000 }))),
    );
    expect(sent[3]?.leftAt).toBe(MAX_TRANSIT_MS + 1000);
  });

  it('never lets Gong count four requests of one host within a second, however late they leave or are answered', async () => {
    const clock = virtualClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    const random = seeded(28);
    const sent = await clock.run(
      Promise.all(
        Array.from({ length: 60 }, async () => {
          await clock.later(Math.floor(random() * 8000));
          // Within the longest transit: held up to 400 ms after the grant, answered up to 500 ms later.
          return request(pacer, clock, {
            holdMs: Math.floor(random() * 400),
            latencyMs: 50 + Math.floor(random() * 450),
          });
        }),
      ),
    );
    expect(sent).toHaveLength(60);
    expect(fourCanArriveWithinASecond(sent)).toBe(false);
  });

  it('keeps the rate near the limit when Gong answers quickly', async () => {
    const clock = virtualClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    const sent = await clock.run(
      Promise.all(Array.from({ length: 30 }, () => request(pacer, clock, { latencyMs: 150 }))),
    );
    // Three per 1.15 s: each slot comes back a second after its answer.
    expect(Math.max(...sent.map((one) => one.leftAt))).toBe(9 * 1150);
  });
});
