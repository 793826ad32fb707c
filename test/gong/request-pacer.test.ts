import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../src/gong/http';
import { paceRequests } from '../../src/gong/request-pacer';

function fakeClock() {
  let time = 0;
  const sent: { host: string; at: number }[] = [];
  const fetchImpl: FetchLike = async (input) => {
    sent.push({ host: input.host, at: time });
    return new Response('{}');
  };
  const sleep = async (ms: number) => {
    time += ms;
  };
  return { sent, fetchImpl, sleep, now: () => time };
}

describe('pacing requests to Gong', () => {
  it('spaces requests to one host just under the allowed rate', async () => {
    const clock = fakeClock();
    const paced = paceRequests(clock.fetchImpl, { perSecond: 3, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 4; i += 1) await paced(new URL('https://us-1.api.gong.io/v2/users'), {});
    expect(clock.sent.map((s) => Math.round(s.at))).toEqual([0, 367, 733, 1100]);
  });

  it('does not delay requests to different hosts', async () => {
    const clock = fakeClock();
    const paced = paceRequests(clock.fetchImpl, { perSecond: 3, now: clock.now, sleep: clock.sleep });
    await paced(new URL('https://us-1.api.gong.io/v2/users'), {});
    await paced(new URL('https://us-2.api.gong.io/v2/users'), {});
    expect(clock.sent.map((s) => s.at)).toEqual([0, 0]);
  });
});
