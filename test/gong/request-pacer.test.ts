import { describe, expect, it } from 'vitest';
import { createRequestPacer } from '../../src/gong/request-pacer';

function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
    /** Other work holds the event loop for `ms`. */
    busy: (ms: number) => {
      time += ms;
    },
  };
}

/**
 * A clock whose timers fire only when {@link runTimers} runs them, so a test can stall the event
 * loop (move time on without firing) as a worker busy with other answers does.
 */
function stallableClock() {
  let time = 0;
  const timers: { at: number; fire: () => void }[] = [];
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    settle,
    now: () => time,
    sleep: (ms: number) => new Promise<void>((fire) => timers.push({ at: time + ms, fire })),
    stallUntil: (at: number) => {
      time = at;
    },
    /** Fires the due timers in order (late ones at once, as Node does after a stall) until none is left. */
    async runTimers() {
      await settle();
      for (
        let next = timers.sort((a, b) => a.at - b.at).shift();
        next;
        next = timers.sort((a, b) => a.at - b.at).shift()
      ) {
        time = Math.max(time, next.at);
        next.fire();
        await settle();
      }
    },
  };
}

/** Whether some four of `times` fall within one second, as Gong would count them. */
function fourWithinASecond(times: number[]): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.some((at, i) => i >= 3 && at - (sorted[i - 3] ?? 0) < 1000);
}

describe('pacing requests to Gong', () => {
  it('lets at most three requests to one host through in any second, plus its margin', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ perSecond: 3, ...clock });
    const sentAt: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await pacer.wait('us-1.api.gong.io');
      sentAt.push(Math.round(clock.now()));
    }
    expect(sentAt).toEqual([0, 0, 0, 1040]);
  });

  it('does not delay requests to different hosts', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ perSecond: 3, ...clock });
    await pacer.wait('us-1.api.gong.io');
    await pacer.wait('us-2.api.gong.io');
    expect(clock.now()).toBe(0);
  });

  it('stops waiting when the request is cancelled', async () => {
    const pacer = createRequestPacer({ perSecond: 0.01 });
    await pacer.wait('us-1.api.gong.io');
    const controller = new AbortController();
    const waiting = pacer.wait('us-1.api.gong.io', controller.signal);
    controller.abort(new Error('cancelled by the caller'));
    await expect(waiting).rejects.toThrow('cancelled by the caller');
  });

  it("holds a host back for Gong's Retry-After, then spaces requests again", async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ perSecond: 3, ...clock });
    await pacer.wait('us-1.api.gong.io');
    await pacer.holdOff?.('us-1.api.gong.io', 5);
    await pacer.wait('us-1.api.gong.io');
    await pacer.wait('us-2.api.gong.io');
    expect(clock.now()).toBe(5000);
  });

  it('counts a request that leaves late from when it leaves, so no fourth request leaves within a second of it', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ perSecond: 3, ...clock });
    const sentAt: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await pacer.wait('us-1.api.gong.io');
      // The first granted request leaves 500 ms late: other work held the event loop.
      if (i === 0) clock.busy(500);
      pacer.sent?.('us-1.api.gong.io');
      sentAt.push(clock.now());
    }
    expect(sentAt[3]! - sentAt[0]!).toBeGreaterThanOrEqual(1000);
  });

  it('grants requests that waited through a stalled event loop on the clock when they leave, never four in a second', async () => {
    const clock = stallableClock();
    const pacer = createRequestPacer({ perSecond: 3, now: clock.now, sleep: clock.sleep });
    const sentAt: number[] = [];
    const requests = Array.from({ length: 6 }, async () => {
      await pacer.wait('us-1.api.gong.io');
      pacer.sent?.('us-1.api.gong.io');
      sentAt.push(clock.now());
    });
    // The waiting requests' timers come due while other work holds the event loop until 1.2 s.
    await clock.settle();
    clock.stallUntil(1200);
    await clock.runTimers();
    await Promise.all(requests);
    expect(sentAt).toHaveLength(6);
    expect(fourWithinASecond(sentAt)).toBe(false);
  });
});
