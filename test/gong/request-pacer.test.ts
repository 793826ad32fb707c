import { describe, expect, it } from 'vitest';
import { createRequestPacer } from '../../src/gong/request-pacer';

function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
  };
}

describe('pacing requests to Gong', () => {
  it('spaces requests to one host just under the allowed rate', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ perSecond: 3, ...clock });
    const sentAt: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await pacer.wait('us-1.api.gong.io');
      sentAt.push(Math.round(clock.now()));
    }
    expect(sentAt).toEqual([0, 367, 733, 1100]);
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
});
