import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScheduleNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { cli, recordingIo } from '../support/cli-io';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
});
afterAll(() => h?.close());

const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const envFor = (taskQueue: string, extra: Record<string, string> = {}) => ({
  TEMPORAL_ADDRESS: h.temporal.address,
  TEMPORAL_TASK_QUEUE: taskQueue,
  GONG_CONNECTIONS_DIR: h.connectionsDir,
  ...extra,
});
const scheduleOf = (id: string) => h.client.schedule.getHandle(`gong-health-${id}`);
/** A line of a stack trace: what no user mistake or bad environment may print. */
const STACK_LINE = /^\s+at /m;

/** A store folder holding only the given connections of the harness's store. */
async function storeWith(...ids: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'strands-'));
  for (const id of ids) await copyFile(join(h.connectionsDir, `${id}.json`), join(dir, `${id}.json`));
  return dir;
}

/** Triggers each connection's Schedule and waits until its latest run has finished. */
async function checkNow(env: Record<string, string>, ...ids: string[]): Promise<void> {
  for (const id of ids) await scheduleOf(id).trigger();
  for (const id of ids) {
    for (let i = 0; i < 80; i++) {
      const { out } = await cli(env, 'health', 'status', '--connection', id);
      if (/^ {2}\S+ {2}(healthy|unhealthy)/m.test(out)) break;
      await sleep(250);
    }
  }
}

describe('Ctrl-C while a command waits for its run', () => {
  const argv = ['ask', '--connection', 'acme', '--customer', 'Acme', '--question', 'Pricing?'];

  it('terminates the run when no worker polls (a cancel could not reach it), says so, exit 130', async () => {
    await h.addConnection('acme');
    const nobody = uniqueId('nobody');
    const io = recordingIo(envFor(nobody));
    let interrupt = () => undefined as void;
    const progress: string[] = [];
    const code = await main([...argv, '--worker-timeout', '1m', '--json'], {
      ...io,
      onInterrupt: (handler) => {
        interrupt = handler;
        return () => undefined;
      },
      // The first progress line shows once the run has started: Ctrl-C then.
      status: (text) => {
        if (text && progress.push(text) === 1) interrupt();
      },
    });
    expect(progress[0]).toMatch(
      new RegExp(`^Waiting for a worker on task queue "${nobody}"\\.\\.\\. \\d+s$`),
    );
    expect(code).toBe(130);
    const { error } = JSON.parse(io.stdout.join('\n')) as {
      error: { kind: string; message: string; workflowId: string; status: string };
    };
    expect(error).toMatchObject({ kind: 'interrupted', status: 'TERMINATED' });
    expect(error.message).toBe(
      `terminated run ${error.workflowId} (Ctrl-C): no worker polls task queue "${nobody}", so a cancel could not reach it`,
    );
    expect(io.stderr[0]).toBe(`Stopping run ${error.workflowId} (Ctrl-C again to leave it running)...`);
    expect((await h.client.workflow.getHandle(error.workflowId).describe()).status.name).toBe('TERMINATED');
  });

  it('a second Ctrl-C leaves the run running and prints its workflow and run id', async () => {
    await h.addConnection('acme');
    const io = recordingIo(envFor(uniqueId('nobody')));
    let interrupt = () => undefined as void;
    let fired = false;
    const code = await main([...argv, '--worker-timeout', '1m'], {
      ...io,
      onInterrupt: (handler) => {
        interrupt = handler;
        return () => undefined;
      },
      status: () => {
        if (fired) return;
        fired = true;
        interrupt();
        interrupt();
      },
    });
    expect(code).toBe(130);
    const match =
      /^error: left run (\S+) \(run id (\S+)\) running; look it up with: temporal workflow describe --workflow-id \1 --run-id \2$/m.exec(
        io.stderr.join('\n'),
      );
    expect(match, io.stderr.join('\n')).not.toBeNull();
    const run = h.client.workflow.getHandle(match![1]!, match![2]!);
    expect((await run.describe()).status.name).toBe('RUNNING');
    await run.terminate('test cleanup');
  });
});

describe('no worker and no server, said quickly', () => {
  it('"no worker polls" comes within 5 s when nobody polled the task queue, even with --worker-timeout 30s', async () => {
    await h.addConnection('acme');
    const nobody = uniqueId('nobody');
    const started = Date.now();
    const run = await cli(envFor(nobody), 'health', 'run', '--connection', 'acme', '--json');
    const elapsed = Date.now() - started;
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({
      error: { kind: 'no-worker', pollers: 0, taskQueue: nobody },
    });
    expect(elapsed).toBeLessThan(5_000);
  });

  it('a server that accepts connections but never answers is reported within 3 s', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = `127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    try {
      const started = Date.now();
      const run = await cli(
        { TEMPORAL_ADDRESS: address, GONG_CONNECTIONS_DIR: h.connectionsDir },
        'health',
        'run',
        '--connection',
        'acme',
      );
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(
        new RegExp(
          `^error: cannot reach Temporal at ${address}: it accepts connections but did not answer as a Temporal server within 2\\.5s`,
        ),
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});

describe('health Schedules follow their connections', () => {
  it('connections remove also removes the health-check Schedule and says so', async () => {
    const id = uniqueId('removed');
    await h.addConnection(id);
    expect((await cli(envFor('unused'), 'health', 'schedule', '--connection', id)).code).toBe(0);
    const removed = await cli(envFor('unused'), 'connections', 'remove', id);
    expect(removed).toEqual({
      code: 0,
      out: `Removed connection "${id}".\nRemoved its health-check schedule gong-health-${id}.`,
      err: '',
    });
    await expect(scheduleOf(id).describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('health status lists a Schedule whose connection is gone, saying how to delete it', async () => {
    const kept = uniqueId('kept');
    const gone = uniqueId('gone');
    await h.addConnection(kept);
    await h.addConnection(gone);
    const dir = await storeWith(kept, gone);
    const queue = uniqueId('orphans');
    const env = envFor(queue, { GONG_CONNECTIONS_DIR: dir });
    try {
      expect((await cli(env, 'health', 'schedule')).code).toBe(0);
      // Removed behind the CLI's back, as an older version or a hand-deleted file would.
      await rm(join(dir, `${gone}.json`));
      let status = await cli(env, 'health', 'status');
      for (let i = 0; i < 40 && !status.out.includes(gone); i++) {
        await sleep(250); // the server lists new Schedules a moment after they are made
        status = await cli(env, 'health', 'status');
      }
      expect(status.out).toMatch(
        new RegExp(`^${gone} +15m +no runs yet +- +connection removed: the schedule remains$`, 'm'),
      );
      expect(status.out).toMatch(new RegExp(`^${kept} +15m +no runs yet`, 'm'));
      expect(status.err).toBe(
        `warning: connection "${gone}" is gone but its health-check schedule remains; delete it with "gong-worker health unschedule --connection ${gone}"`,
      );
      const json = JSON.parse((await cli(env, 'health', 'status', '--json')).out) as {
        connectionId: string;
        connectionGone?: boolean;
      }[];
      expect(json.find((s) => s.connectionId === gone)?.connectionGone).toBe(true);
    } finally {
      for (const id of [kept, gone]) await cli(env, 'health', 'unschedule', '--connection', id);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('health schedule of every connection skips one whose latest check failed unless --all, and says which it scheduled', async () => {
    const good = uniqueId('good');
    const bad = uniqueId('bad');
    await h.addConnection(good);
    await h.addConnection(bad, { accessKeySecret: 'wrong-secret' });
    const dir = await storeWith(good, bad);
    await h.withWorker(async (queue) => {
      const env = envFor(queue, { GONG_CONNECTIONS_DIR: dir });
      try {
        for (const id of [good, bad])
          expect((await cli(env, 'health', 'schedule', '--connection', id)).code).toBe(0);
        await checkNow(env, good, bad);

        const again = await cli(env, 'health', 'schedule');
        expect(again.code).toBe(0);
        const [first, second] = [good, bad].sort() as [string, string];
        expect(again.out.split('\n')).toEqual([
          `Updated schedule gong-health-${good}: every 15m, overlapping runs skipped`,
          `Skipped "${bad}": its latest health check failed (Validate credentials failed. Please check your credentials and try again.).`,
          `Scheduled 1 of 2 connections: ${good}. Fix the skipped ones, or give --all to schedule them too.`,
        ]);
        const all = await cli(env, 'health', 'schedule', '--all');
        expect(all.out.split('\n').at(-1)).toBe(`Scheduled 2 of 2 connections: ${first}, ${second}.`);

        // The report at the top level, failing or not; the exit code says one failed.
        const status = await cli(env, 'health', 'status', '--json');
        expect(status.code).toBe(1);
        const report = JSON.parse(status.out) as { connectionId: string }[];
        expect(report.map((s) => s.connectionId)).toEqual([first, second]);
        expect(status.err).toBe(`error: the latest health check failed for "${bad}"`);
      } finally {
        for (const id of [good, bad]) await cli(env, 'health', 'unschedule', '--connection', id);
      }
    });
    await rm(dir, { recursive: true, force: true });
  });
});

describe('usage mistakes and a bad environment are one line, never a stack', () => {
  it('health schedule --every 100000000d is a usage error giving the upper bound, exit 2, no schedule', async () => {
    const id = uniqueId('forever');
    await h.addConnection(id);
    const run = await cli(
      envFor('unused'),
      'health',
      'schedule',
      '--connection',
      id,
      '--every',
      '100000000d',
    );
    expect(run).toEqual({
      code: 2,
      out: '',
      err: 'error: --every must be an interval from 1m to 30d, such as 15m, 1h or "15 minutes"; got "100000000d"',
    });
    await expect(scheduleOf(id).describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('an invalid CODEC_SERVER_TOKEN names the variable without a stack (kind invalid-environment); --debug shows the stack', async () => {
    const env = envFor('unused', {
      CODEC_SERVER_TOKEN: 'short',
      PAYLOAD_ENCRYPTION_KEYS: `k1=${'A'.repeat(43)}=`,
    });
    const run = await cli(env, 'codec-server', '--json');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: invalid environment \(1 problem\):\n {2}CODEC_SERVER_TOKEN: [^\n]+$/);
    expect(run.err).not.toMatch(STACK_LINE);
    expect(JSON.parse(run.out)).toMatchObject({ error: { kind: 'invalid-environment' } });
    const debug = await cli(env, 'codec-server', '--debug');
    expect(debug.err).toMatch(STACK_LINE);
  });

  it('an unknown flag is named, exit 2', async () => {
    const run = await cli(envFor('unused'), 'health', 'run', '--connection', 'acme', '--conection', 'x');
    expect(run).toMatchObject({
      code: 2,
      err: "error: unknown option '--conection'\n(Did you mean --connection?)",
    });
  });
});

describe('which store', () => {
  it('a run for a connection the worker does not hold names both stores', async () => {
    const run = await h.withWorker((queue) =>
      cli(
        envFor(queue),
        'ask',
        '--connection',
        'nobody',
        '--customer',
        'Acme',
        '--question',
        'Pricing?',
        '--json',
      ),
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toEqual({
      error: {
        kind: 'connection-not-found',
        message:
          `Gong connection "nobody" does not exist in the worker's store; this CLI uses the file store in ` +
          `${h.connectionsDir} (GONG_CONNECTIONS_DIR), and "gong-worker connections list" shows what that one holds`,
      },
    });
  });

  it('connections list says which store it lists, and "does not exist" names the store searched', async () => {
    const dir = await storeWith();
    try {
      const list = await cli({ GONG_CONNECTIONS_DIR: dir }, 'connections', 'list');
      expect(list.out.split('\n')[0]).toBe(`Store: the file store in ${dir} (GONG_CONNECTIONS_DIR)`);
      const missing = await cli({ GONG_CONNECTIONS_DIR: dir }, 'connections', 'show', 'nobody', '--json');
      expect(missing.code).toBe(1);
      expect(JSON.parse(missing.out)).toEqual({
        error: {
          kind: 'connection-not-found',
          message: `Gong connection "nobody" does not exist in the file store in ${dir} (GONG_CONNECTIONS_DIR)`,
          connectionId: 'nobody',
        },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
