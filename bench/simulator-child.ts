/**
 * A Gong simulator in its own process (see simulator-process.ts, used by pacing-under-load.bench.ts), so its clock reads arrivals
 * as Gong's would, whatever holds the test's event loop. Prints its URL, then each request's
 * arrival and status as a JSON line.
 */
import { startGongSimulator } from '../tools/simulator';

const simulator = await startGongSimulator({ requestsPerSecond: 3 });
const { push } = simulator.requests;
simulator.requests.push = (...requests) => {
  for (const request of requests) {
    process.stdout.write(`${JSON.stringify({ at: request.at.getTime(), status: request.status })}\n`);
  }
  return push.apply(simulator.requests, requests);
};
process.stdout.write(`listening ${simulator.url}\n`);
process.once('SIGTERM', () => void simulator.stop().then(() => process.exit(0)));
