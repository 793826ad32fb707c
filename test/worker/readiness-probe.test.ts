import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from '../../src/app/health/health-server';
import { workerReadiness, type ReadinessProbes } from '../../src/app/health/worker-readiness';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const POLLING = { runState: 'RUNNING', workflowPollerState: 'POLLING', activityPollerState: 'POLLING' };

let h: GongHarness;
let server: HealthServer | undefined;
beforeAll(async () => {
  h = await startGongHarness();
});
afterAll(async () => {
  await server?.close();
  await h?.close();
});

/** Probes on the harness's real Temporal connection and store, counting what each probe costs. */
function countedProbes(overrides: Partial<ReadinessProbes> = {}) {
  const calls = { temporal: 0, store: 0 };
  const details: string[] = [];
  const probes: ReadinessProbes = {
    workerStatus: () => POLLING,
    pingTemporal: () => {
      calls.temporal += 1;
      return h.temporal.connection.workflowService.getSystemInfo({});
    },
    pingStore: () => {
      calls.store += 1;
      return h.connections.ping();
    },
    logDetail: (message) => details.push(message),
    ...overrides,
  };
  return { calls, details, probes };
}

const readyz = async (address: string) => {
  const response = await fetch(`http://${address}/readyz`);
  return { status: response.status, text: await response.text() };
};

it('a burst of 200 /readyz requests costs one Temporal RPC and one store query', async () => {
  const { calls, probes } = countedProbes();
  server = await startHealthServer('127.0.0.1:0', workerReadiness({ ...probes, cacheMs: 60_000 }));
  const answers = await Promise.all(Array.from({ length: 200 }, () => readyz(server!.address)));
  expect(answers.every((answer) => answer.status === 200 && answer.text === 'ready\n')).toBe(true);
  expect(calls).toEqual({ temporal: 1, store: 1 });
  await server.close();
  server = undefined;
});

it('a store refusing the password answers 503 with a generic reason and logs the detail', async () => {
  const refusal = 'password authentication failed for user "gong"';
  const { details, probes } = countedProbes({ pingStore: () => Promise.reject(new Error(refusal)) });
  server = await startHealthServer('127.0.0.1:0', workerReadiness(probes));
  const answer = await readyz(server.address);
  expect(answer).toEqual({ status: 503, text: 'not ready: the connection store does not answer\n' });
  expect(details).toEqual([`not ready: the connection store does not answer (${refusal})`]);
  await server.close();
  server = undefined;
});
