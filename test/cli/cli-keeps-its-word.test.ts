import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimCall } from '../../tools/simulator';
import type { Command } from 'commander';
import { createProgram, main } from '../../src/cli/main';
import { createDevProgram } from '../../tools/dev/main';
import { cli, recordingIo } from '../support/cli-io';
import { startGongHarness, TEST_GONG_BASE_URL, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    buildSimCall({ title: 'Acme kickoff', started: '2026-11-01T00:30:00Z', duration: 600 }),
    buildSimCall({ title: 'Acme before', started: '2026-10-31T23:30:00Z', duration: 600 }),
    buildSimCall({
      // A meeting invite written by an outsider: window title, colours, a hidden hyperlink.
      title:
        '\u001b]0;pwned\u0007Renewal \u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\\u009b2J',
      started: '2026-11-02T10:00:00Z',
      duration: 600,
    }),
  ];
});
afterAll(() => h?.close());

const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const store = () => ({ GONG_CONNECTIONS_DIR: h.connectionsDir });
/** The environment `h.cli` uses, to run commands with one more variable. */
const envFor = (taskQueue: string, extra: Record<string, string> = {}) => ({
  TEMPORAL_ADDRESS: h.temporal.address,
  TEMPORAL_TASK_QUEUE: taskQueue,
  GONG_CONNECTIONS_DIR: h.connectionsDir,
  ...extra,
});

describe('--version', () => {
  it("prints the package's version and exits 0", async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(await cli({}, '--version')).toEqual({ code: 0, out: pkg.version, err: '' });
  });
});

describe('--json on every command', () => {
  it('every command, dev and demo included, takes --json', () => {
    const leaves = (command: Command, path: string[]): { path: string; options: string[] }[] =>
      command.commands.flatMap((sub) =>
        sub.commands.length > 0
          ? leaves(sub, [...path, sub.name()])
          : [{ path: [...path, sub.name()].join(' '), options: sub.options.map((o) => o.long ?? '') }],
      );
    const commands = [createProgram, createDevProgram].flatMap((create) => {
      const program = create(recordingIo({}));
      return leaves(program, [program.name()]);
    });
    expect(commands.length).toBeGreaterThanOrEqual(17);
    expect(commands.map((c) => c.path)).toEqual(expect.arrayContaining(['gong-dev dev', 'gong-dev demo']));
    expect(commands.filter((c) => !c.options.includes('--json')).map((c) => c.path)).toEqual([]);
  });

  it('connections add, show, edit and remove print JSON', async () => {
    const id = uniqueId('json');
    const keys = ['--access-key', 'AK-1234', '--secret-key', 'SK-9876'];
    const add = await cli(
      store(),
      'connections',
      'add',
      id,
      '--base-url',
      TEST_GONG_BASE_URL,
      ...keys,
      '--json',
    );
    expect(add.code).toBe(0);
    expect(JSON.parse(add.out)).toEqual({
      id,
      baseUrl: 'us-12345.api.gong.io',
      accessKey: '••••••••1234',
      accessKeySecret: '••••••••9876',
    });
    const show = await cli(store(), 'connections', 'show', id, '--json');
    expect(JSON.parse(show.out)).toEqual(JSON.parse(add.out));
    const edit = await cli(store(), 'connections', 'edit', id, '--access-key', 'AK-5555', '--json');
    expect(JSON.parse(edit.out)).toMatchObject({ changed: true, connection: { accessKey: '••••••••5555' } });
    const remove = await cli(envFor('unused'), 'connections', 'remove', id, '--json');
    expect(JSON.parse(remove.out)).toEqual({ removed: id, scheduleRemoved: false });
  });

  it('a failure prints one JSON error object with kind and message on stdout, and exits 1', async () => {
    const id = uniqueId('missing');
    const { code, out } = await cli(store(), 'connections', 'show', id, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      error: {
        kind: 'connection-not-found',
        message: `Gong connection "${id}" does not exist in the file store in ${h.connectionsDir} (GONG_CONNECTIONS_DIR)`,
        connectionId: id,
      },
    });
  });

  it('a usage mistake with --json is a JSON error of kind usage, exit 2', async () => {
    const { code, out } = await cli(store(), 'search', '--connection', 'x', '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual({
      error: { kind: 'usage', message: "required option '--from <iso>' not specified" },
    });
  });

  it('health schedule and unschedule print JSON', async () => {
    const id = uniqueId('json-sched');
    await h.addConnection(id);
    const scheduled = await h.cli(
      'unused',
      'health',
      'schedule',
      '--connection',
      id,
      '--every',
      '2h',
      '--json',
    );
    expect(scheduled.code).toBe(0);
    expect(JSON.parse(scheduled.out)).toEqual({
      scheduled: [{ connectionId: id, scheduleId: `gong-health-${id}`, created: true, every: '2h' }],
      skipped: [],
    });
    const unscheduled = await h.cli('unused', 'health', 'unschedule', '--connection', id, '--json');
    expect(JSON.parse(unscheduled.out)).toEqual({ connectionId: id, deleted: true });
  });
});

describe('connections edit', () => {
  it('with nothing to change says so and leaves the file alone', async () => {
    const id = uniqueId('same');
    await h.addConnection(id);
    const before = await stat(join(h.connectionsDir, `${id}.json`));
    await sleep(20);
    const { code, out } = await cli(store(), 'connections', 'edit', id);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      `Nothing to change in connection "${id}": give --base-url, --access-key or --secret-key with a new value.`,
    );
    expect((await stat(join(h.connectionsDir, `${id}.json`))).mtimeMs).toBe(before.mtimeMs);
  });
});

describe('secrets without the command line', () => {
  it('add reads the access key and the secret from standard input, one per line', async () => {
    const id = uniqueId('stdin');
    const io = { ...recordingIo(store()), readStdin: async () => 'AK-FROM-STDIN\nSK-FROM-STDIN\n' };
    const argv = ['connections', 'add', id, '--base-url', TEST_GONG_BASE_URL];
    const code = await main([...argv, '--access-key-stdin', '--secret-key-stdin'], io);
    expect(code).toBe(0);
    const stored = JSON.parse(await readFile(join(h.connectionsDir, `${id}.json`), 'utf8')) as Record<
      string,
      string
    >;
    expect([stored.accessKey, stored.accessKeySecret]).toEqual(['AK-FROM-STDIN', 'SK-FROM-STDIN']);
  });

  it('add without the keys, and no terminal to ask on, names the -stdin flags (exit 2)', async () => {
    const { code, err } = await cli(
      store(),
      'connections',
      'add',
      uniqueId('none'),
      '--base-url',
      TEST_GONG_BASE_URL,
    );
    expect(code).toBe(2);
    expect(err).toBe(
      'error: --access-key-stdin is required when standard input is not a terminal (or give the key flag)',
    );
  });

  it('--help says why standard input is better than --secret-key', async () => {
    const { out } = await cli(store(), 'connections', 'add', '--help');
    // Commander wraps help at 80 columns: compared with single spaces.
    expect(out.replace(/\s+/g, ' ')).toContain(
      '--secret-key <secret> Access Key Secret (visible in shell history and `ps`: prefer --secret-key-stdin or the prompt)',
    );
  });
});

describe('search', () => {
  it('--from takes a plain date as its UTC midnight, and a plain --to date includes that whole day', async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'search', '--connection', 'acme-prod', '--from', '2026-11-01', '--to', '2026-11-01'),
    );
    expect(code).toBe(0);
    expect(out).toContain('Acme kickoff');
    expect(out).not.toContain('Acme before');
    expect(out).not.toContain('Renewal');
  });

  it('prints a call title without its terminal escapes or control characters', async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'search', '--connection', 'acme-prod', '--from', '2026-11-02', '--to', '2026-11-03'),
    );
    expect(code).toBe(0);
    expect(out).toContain('Renewal red link');
    // eslint-disable-next-line no-control-regex -- the characters that must not be printed
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).not.toContain('pwned');
    expect(out).not.toContain('evil.example');
  });

  it('shows progress on a terminal and nothing when stderr is piped', async () => {
    await h.withWorker(async (q) => {
      const range = ['--from', '2026-11-01', '--to', '2026-11-03'];
      const terminal = { ...recordingIo(envFor(q)), status: (text: string) => statuses.push(text) };
      const statuses: string[] = [];
      expect(await main(['search', '--connection', 'acme-prod', ...range], terminal)).toBe(0);
      // Waiting for the worker, then listing: a fast run may end before the second line shows.
      expect(statuses[0]).toMatch(
        /^(Waiting for a worker on task queue "[^"]+"|Listing calls from Gong)\.\.\. \d+s$/,
      );
      expect(statuses.at(-1)).toBe('');
      const piped = await h.cli(q, 'search', '--connection', 'acme-prod', ...range);
      expect(piped.err).toBe('');
    });
  });
});

describe('ask', () => {
  it("shows the run's progress (scanned, matched, analyzed) on a terminal", async () => {
    const statuses: string[] = [];
    // Each Gong request outlasts a poll of the progress, so the run cannot end before one shows.
    h.simulator.setLatency(700);
    try {
      await h.withWorker(async (q) => {
        const io = { ...recordingIo(envFor(q)), status: (text: string) => statuses.push(text) };
        const argv = ['ask', '--connection', 'acme-prod', '--customer', 'Acme', '--question', 'Pricing?'];
        expect(await main([...argv, '--lookback-days', '365'], io)).toBe(0);
        expect(io.stderr).toEqual([]);
      });
    } finally {
      h.simulator.setLatency(0);
    }
    expect(
      statuses.some((s) =>
        /^(Finding|Reading|Done)\b.*: scanned \d+ calls, matched \d+, analyzed \d+$/.test(s),
      ),
    ).toBe(true);
    expect(statuses.at(-1)).toBe('');
  });

  it('links to the run only on the server the CLI used: without TEMPORAL_UI_URL it says what to set', async () => {
    const { code, out } = await h.withWorker((q) =>
      cli(envFor(q), 'ask', '--connection', 'acme-prod', '--customer', 'Acme', '--question', 'Pricing?'),
    );
    expect(code).toBe(0);
    expect(out).not.toContain('localhost:8233');
    expect(out).toMatch(
      new RegExp(
        `^Run answer-acme-prod-\\S+ on Temporal at ${h.temporal.address} \\(set TEMPORAL_UI_URL to its Web UI for a link\\)$`,
        'm',
      ),
    );
  });
});

describe('no worker polls the task queue', () => {
  it('ask gives up too, and a --worker-timeout that is not a duration starts nothing (exit 2)', async () => {
    const nobody = uniqueId('nobody');
    const argv = ['ask', '--connection', 'acme-prod', '--customer', 'Acme', '--question', 'Pricing?'];
    const bad = await cli(envFor(nobody), ...argv, '--worker-timeout', 'soon');
    expect(bad).toMatchObject({
      code: 2,
      err: 'error: --worker-timeout must be an interval of at least 1s, such as 30s or 2m; got "soon"',
    });
    const gaveUp = await cli(envFor(nobody), ...argv, '--worker-timeout', '1s', '--json');
    expect(gaveUp.code).toBe(1);
    const { error } = JSON.parse(gaveUp.out) as { error: { kind: string; workflowId: string } };
    expect(error.kind).toBe('no-worker');
    expect((await h.client.workflow.getHandle(error.workflowId).describe()).status.name).toBe('TERMINATED');
  });

  it('health run gives up after --worker-timeout, says so and terminates the run', async () => {
    const id = uniqueId('orphan');
    await h.addConnection(id);
    const nobody = uniqueId('nobody');
    const { code, out, err } = await cli(
      envFor(nobody),
      'health',
      'run',
      '--connection',
      id,
      '--worker-timeout',
      '2s',
      '--json',
    );
    expect(code).toBe(1);
    const { error } = JSON.parse(out) as {
      error: { kind: string; message: string; workflowId: string; pollers: number };
    };
    expect(error).toMatchObject({ kind: 'no-worker', pollers: 0, taskQueue: nobody });
    expect(err).toBe(
      `error: no worker picked up run ${error.workflowId} within 2s (--worker-timeout): no worker polls task queue "${nobody}"; start one with "gong-worker worker" or set TEMPORAL_TASK_QUEUE to the worker's. The run was terminated.`,
    );
    const run = await h.client.workflow.getHandle(error.workflowId).describe();
    expect(run.status.name).toBe('TERMINATED');
  });
});

describe('one JSON error object for a run that failed', () => {
  it('health run --json of an unhealthy connection prints only the error, naming the connection', async () => {
    const id = uniqueId('unhealthy');
    await h.addConnection(id, { accessKeySecret: 'wrong-secret' });
    const { code, out } = await h.withWorker((q) => h.cli(q, 'health', 'run', '--connection', id, '--json'));
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      error: {
        kind: 'unhealthy',
        message: `unhealthy: connection "${id}": Validate credentials failed. Please check your credentials and try again.`,
        connectionId: id,
      },
    });
  });

  it("request --json of an endpoint Gong does not have prints one error holding Gong's answer", async () => {
    const { code, out } = await h.withWorker((q) =>
      h.cli(q, 'request', 'GET', '/v2/no-such-endpoint', '--connection', 'acme-prod', '--json'),
    );
    expect(code).toBe(1);
    const { error } = JSON.parse(out) as {
      error: { kind: string; message: string; result: { status: number } };
    };
    expect(error).toMatchObject({
      kind: 'http-error',
      message: 'Gong answered HTTP 404',
      result: { status: 404 },
    });
  });
});

describe('health', () => {
  it('schedule warns when the checks take over 10% of the daily quota (GONG_DAILY_REQUEST_LIMIT)', async () => {
    const id = uniqueId('quota');
    await h.addConnection(id);
    const every1m = await cli(envFor('unused'), 'health', 'schedule', '--connection', id, '--every', '1m');
    expect(every1m.code).toBe(0);
    expect(every1m.err).toBe(
      `warning: checking "${id}" every 1m sends 1,440 requests a day, 14% of Gong's daily limit of 10,000 (GONG_DAILY_REQUEST_LIMIT) shared by every client of the account; 2m or more stays under 10%`,
    );
    const every15m = await cli(envFor('unused'), 'health', 'schedule', '--connection', id, '--every', '15m');
    expect(every15m.err).toBe('');
    const lowLimit = await cli(
      envFor('unused', { GONG_DAILY_REQUEST_LIMIT: '500' }),
      'health',
      'schedule',
      '--connection',
      id,
      '--every',
      '15m',
    );
    expect(lowLimit.err).toMatch(
      /^warning: checking ".+" every 15m sends 96 requests a day, 19% of Gong's daily limit of 500 /,
    );
    await h.cli('unused', 'health', 'unschedule', '--connection', id);
  });

  it('schedule without --every keeps the interval of an existing schedule', async () => {
    const id = uniqueId('keep');
    await h.addConnection(id);
    await h.cli('unused', 'health', 'schedule', '--connection', id, '--every', '2h');
    const again = await h.cli('unused', 'health', 'schedule', '--connection', id);
    expect(again.out).toBe(`Updated schedule gong-health-${id}: every 2h, overlapping runs skipped`);
    const spec = (await h.client.schedule.getHandle(`gong-health-${id}`).describe()).spec;
    expect(spec.intervals?.map((i) => Number(i.every))).toEqual([7_200_000]);
    await h.cli('unused', 'health', 'unschedule', '--connection', id);
  });

  it('status without --connection shows every connection in one table and exits 1 when a latest check failed', async () => {
    const good = uniqueId('good');
    const bad = uniqueId('bad');
    await h.addConnection(good);
    await h.addConnection(bad, { accessKeySecret: 'wrong-secret' });
    // A store of these two only, so the table is theirs.
    const only = await mkdtemp(join(tmpdir(), 'status-'));
    for (const id of [good, bad])
      await copyFile(join(h.connectionsDir, `${id}.json`), join(only, `${id}.json`));
    await h.withWorker(async (q) => {
      const env = { ...envFor(q), GONG_CONNECTIONS_DIR: only };
      expect((await cli(env, 'health', 'schedule', '--every', '1h')).code).toBe(0);
      for (const id of [good, bad]) await h.client.schedule.getHandle(`gong-health-${id}`).trigger();
      const settled = (out: string) => /healthy/.test(out) && !/running|no runs yet/.test(out);
      let status = await cli(env, 'health', 'status');
      for (let i = 0; i < 60 && !settled(status.out); i++) {
        await sleep(500);
        status = await cli(env, 'health', 'status');
      }
      expect(status.code).toBe(1);
      const lines = status.out.split('\n');
      expect(lines[0]).toMatch(/^CONNECTION +EVERY +LATEST +CHECKED +DETAILS$/);
      expect(lines.find((l) => l.startsWith(good))).toMatch(
        new RegExp(`^${good} +1h +healthy +\\d{4}-\\S+Z *$`),
      );
      expect(lines.find((l) => l.startsWith(bad))).toMatch(
        new RegExp(`^${bad} +1h +unhealthy +\\d{4}-\\S+Z +\\S`),
      );
      expect(status.err).toBe(`error: the latest health check failed for "${bad}"`);

      const onlyGood = await cli(env, 'health', 'status', '--connection', good);
      expect(onlyGood.code).toBe(0);
      for (const id of [good, bad]) await cli(env, 'health', 'unschedule', '--connection', id);
    });
    await rm(only, { recursive: true, force: true });
  });
});
