import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemporalCli, startDevServer, type DevServer } from '../../tools/temporal-server';
import { cli } from '../support/cli-io';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

/** A line of a stack trace: what no bad environment may print. */
const STACK_LINE = /^\s+at /m;
const ASK = ['ask', '--connection', 'acme', '--customer', 'Acme', '--question', 'Pricing?'];

let h: GongHarness;
let cliPath: string;
const servers: DevServer[] = [];
const workers: WorkerProcess[] = [];

/** A dev server of this file alone: these specs stop it, or start it without the search attribute. */
async function ownServer(searchAttributes?: Record<string, string>): Promise<DevServer> {
  const server = await startDevServer({ cliPath, uiPort: null, logLevel: 'error', searchAttributes });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  [h, { path: cliPath }] = await Promise.all([startGongHarness(), findTemporalCli({ log: () => undefined })]);
  await h.addConnection('acme');
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.kill()));
  await Promise.all(servers.map((server) => server.stop()));
  await h?.close();
});

describe('Temporal goes away while ask waits', () => {
  it('prints the workflow id and run id and how to look the run up, without a stack', async () => {
    const server = await ownServer();
    const taskQueue = uniqueTaskQueue('lost');
    workers.push(
      await startWorkerProcess({ ...h.workerProcessEnv(taskQueue), TEMPORAL_ADDRESS: server.address }),
    );
    // Gong answers slowly, so the run is still going when the server stops.
    h.simulator.setLatency(20_000);
    const env = {
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      GONG_CONNECTIONS_DIR: h.connectionsDir,
    };
    const asked = cli(env, ...ASK, '--json');
    for (let i = 0; i < 200 && h.simulator.requests.length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(h.simulator.requests.length).toBeGreaterThan(0);
    await server.stop();
    const run = await asked;
    h.simulator.setLatency(0);

    expect(run.code).toBe(1);
    expect(run.err).not.toMatch(STACK_LINE);
    const match = new RegExp(
      `^error: lost contact with Temporal at ${server.address} while waiting for run (answer-acme-\\S+) \\(run id (\\S+)\\): ` +
        'the server stopped answering\\. The run may still be going on; once Temporal is back, look it up with: ' +
        'temporal workflow describe --workflow-id \\1 --run-id \\2$',
    ).exec(run.err);
    expect(match, run.err).not.toBeNull();
    expect(JSON.parse(run.out)).toEqual({
      error: expect.objectContaining({
        kind: 'temporal-unreachable',
        address: server.address,
        workflowId: match![1],
        runId: match![2],
      }),
    });
  }, 120_000);
});

describe('the GongConnectionId search attribute is not registered', () => {
  it('the worker says so at start and the CLI says the same, with how to register it, not a stack', async () => {
    const server = await ownServer({});
    const taskQueue = uniqueTaskQueue('no-attribute');
    const worker = await startWorkerProcess({
      ...h.workerProcessEnv(taskQueue),
      TEMPORAL_ADDRESS: server.address,
    });
    workers.push(worker);
    const advice =
      'the search attribute GongConnectionId is not registered on namespace "default", so no run can start; ' +
      'register it once with: temporal operator search-attribute create --namespace default --name GongConnectionId --type Keyword';
    expect(worker.output.join('')).toContain(advice);
    expect(worker.output.join('')).toMatch(/WARN +the search attribute GongConnectionId is not registered/);

    const env = {
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      GONG_CONNECTIONS_DIR: h.connectionsDir,
    };
    const asked = await cli(env, ...ASK, '--json');
    expect(asked.code).toBe(1);
    expect(asked.err).toBe(`error: ${advice}`);
    expect(JSON.parse(asked.out)).toEqual({ error: { kind: 'search-attribute-missing', message: advice } });
    const scheduled = await cli(env, 'health', 'schedule', '--connection', 'acme');
    expect(scheduled).toMatchObject({ code: 1, err: `error: ${advice}` });
  }, 120_000);
});
