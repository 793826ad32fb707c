/**
 * A Gong simulator in its own process (see simulator-process.ts), so it stamps each request's
 * arrival as Gong would, whatever holds the benchmark's event loop. Takes its options as JSON in
 * SIMULATOR_OPTIONS; prints `ready` with its URL and companies, then each request's arrival,
 * account and status as a JSON line.
 */
import { createDataSet, startGongSimulator } from '../tools/simulator';
import type { SimulatorChildOptions } from './simulator-process';

const options = JSON.parse(process.env.SIMULATOR_OPTIONS ?? '{}') as SimulatorChildOptions;
const simulator = await startGongSimulator({
  requestsPerSecond: 3,
  latencyMs: options.latencyMs ?? 0,
  ...(options.accounts ? { accounts: options.accounts } : {}),
  ...(options.callCount === undefined
    ? {}
    : {
        dataSet: createDataSet({ seed: 7, now: new Date(), callCount: options.callCount, lookbackDays: 120 }),
      }),
});
// Not kept here: the parent keeps them, and a large batch's bodies would only grow this process.
simulator.requests.push = (...requests) => {
  for (const request of requests) {
    const line = {
      at: request.at.getTime(),
      status: request.status,
      accessKey: request.accessKey,
      path: request.path,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return simulator.requests.length;
};
const companies = simulator.dataSet.companies.map((company) => company.name);
process.stdout.write(`ready ${JSON.stringify({ url: simulator.url, companies })}\n`);
process.once('SIGTERM', () => void simulator.stop().then(() => process.exit(0)));
