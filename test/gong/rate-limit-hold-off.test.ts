import { afterEach, expect, it } from 'vitest';
import { GongClient } from '../../src/gong/client';
import type { RequestPacer } from '../../src/gong/request-pacer';
import { routeToSimulator } from '../../src/gong/simulator-route';
import { answerWith, startLocalServer, type LocalServer } from './local-server';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A pacer that lets every request through and records what it is told to hold off. */
function recordingPacer(): RequestPacer & { heldOff: [string, number][] } {
  const heldOff: [string, number][] = [];
  return {
    heldOff,
    wait: async () => undefined,
    holdOff: async (host, seconds) => {
      heldOff.push([host, seconds]);
    },
  };
}

async function usersWith(retryAfter: string, pacer: RequestPacer): Promise<void> {
  server = await startLocalServer(
    answerWith(429, { requestId: 'r1', errors: ['Too many requests'] }, { 'retry-after': retryAfter }),
  );
  const client = new GongClient({
    credentials: { baseUrl: 'us-12345.api.gong.io', accessKey: 'AK-hold', accessKeySecret: 'SK-hold' },
    fetch: routeToSimulator(
      server.url,
      (input, init) => fetch(input, init),
      () => undefined,
    ),
    pacer,
  });
  await client.listUsers().catch(() => undefined);
}

it("Gong's 429 holds back every request to that account's host for its Retry-After", async () => {
  const pacer = recordingPacer();
  await usersWith('7', pacer);
  expect(pacer.heldOff).toEqual([['us-12345.api.gong.io', 7]]);
});

it('a Retry-After longer than any run honours holds nobody back: it fails that run instead', async () => {
  const pacer = recordingPacer();
  await usersWith('86400', pacer);
  expect(pacer.heldOff).toEqual([]);
});
