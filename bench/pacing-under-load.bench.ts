/**
 * The pacer against a Gong simulator in its own process while this process's event loop is
 * busy: every fourth granted request leaves 300 ms late, held by a busy loop between the grant
 * and the send, as a worker running many answers at once holds it. Prints the most requests in
 * any sliding second as the simulator saw them arrive (Gong allows 3) and its 429s: figures, not
 * asserts, since arrivals between two processes carry the machine's scheduling jitter (the
 * pacer's own guarantees are specified deterministically in test/gong/request-pacer.test.ts).
 * Run: `npm run bench:pacing` (PACING_RUNS=6 concurrent runs of PACING_REQUESTS=4 requests each).
 */
import { loadavg } from 'node:os';
import { routeToSimulator } from '../src/app/simulator-route';
import { sendGongRequest } from '../src/gong/http';
import { createRequestPacer, type RequestPacer } from '../src/gong/request-pacer';
import { DEFAULT_SIM_ACCOUNT } from '../tools/simulator';
import { busiestSecond } from './busiest-second';
import { startSimulatorProcess } from './simulator-process';

const RUNS = Number(process.env.PACING_RUNS ?? 6);
const REQUESTS = Number(process.env.PACING_REQUESTS ?? 4);
const LATE_MS = 300;

/** Holds the event loop for `ms`, as parsing a large transcript or scoring calls would. */
function holdEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spinning on purpose
  }
}

// Its own process: Gong's clock is not held up by this process's busy event loop.
const simulator = await startSimulatorProcess();
try {
  const fetchGong = routeToSimulator(
    simulator.url,
    (input, init) => fetch(input, init),
    () => undefined,
  );
  const credentials = { baseUrl: 'https://us-12345.api.gong.io', ...DEFAULT_SIM_ACCOUNT };
  const paced = createRequestPacer({ perSecond: 3 });
  let grants = 0;
  const pacer: RequestPacer = {
    async wait(host, signal) {
      await paced.wait(host, signal);
      if (grants++ % 4 === 0) holdEventLoop(LATE_MS);
    },
    sent: (host) => paced.sent?.(host) ?? (() => undefined),
    holdOff: async (host, seconds) => paced.holdOff?.(host, seconds),
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: RUNS }, async () => {
      for (let i = 0; i < REQUESTS; i += 1) {
        await sendGongRequest(
          credentials,
          { method: 'GET', path: '/v2/users' },
          { fetch: fetchGong, timeoutMs: 30_000, pacer },
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const arrivals = simulator.requests;
  console.log(
    `pacing under load: ${RUNS} runs x ${REQUESTS} requests to one account, every 4th send ${LATE_MS} ms late`,
  );
  console.log(`  requests         ${arrivals.length} in ${seconds.toFixed(1)} s`);
  console.log(`  busiest second   ${busiestSecond(arrivals.map((request) => request.at))} (Gong allows 3)`);
  console.log(`  Gong 429s        ${arrivals.filter((request) => request.status === 429).length}`);
  console.log(
    `  load average     ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await simulator.stop();
}
