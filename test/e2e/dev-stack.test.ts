import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPortFree } from '../../src/dev/is-port-free';
import { bareEnv, killGroup, runCli, startCli, withStartupLock, type CliProcess } from './cli-process';

const DAY_MS = 86_400_000;

let stateDir: string;
let dev: CliProcess;
let temporalAddress: string;
let connectionsDir: string;
/** A call id that `search --json` found, for `content` and `transcript`. */
let callId: string;

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'gong-dev-e2e-'));
  // A fresh terminal: no GONG_CONNECTIONS_DIR, no TEMPORAL_ADDRESS.
  await withStartupLock(async () => {
    dev = startCli(['dev', '--state-dir', stateDir], bareEnv());
    await dev.waitForOutput(/^Temporal dev server: /m, 120_000);
  });
  await dev.waitForOutput(/^Press Ctrl-C to stop\.$/m, 120_000);
  const out = dev.stdout.join('');
  temporalAddress = out.match(/TEMPORAL_ADDRESS=(\S+)/)?.[1] ?? '';
  connectionsDir = out.match(/^Connections: "sim" and "sim-bad-keys" in (.+)$/m)?.[1] ?? '';
}, 180_000);

afterAll(async () => {
  if (dev && (await dev.waitForExit(0)) === null) {
    dev.process.kill('SIGTERM');
    if ((await dev.waitForExit(20_000)) === null) killGroup(dev);
  }
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
}, 60_000);

/** `gong-worker ...args` in another terminal, with the two variables dev told us to set. */
const cli = (...args: string[]) =>
  runCli(args, bareEnv({ TEMPORAL_ADDRESS: temporalAddress, GONG_CONNECTIONS_DIR: connectionsDir }), 120_000);

describe('gong-worker dev, used from another terminal', () => {
  it('prints the Temporal address and the connections directory to use', () => {
    expect(temporalAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(connectionsDir).toBe(join(stateDir, 'connections'));
    expect(dev.stdout.join('')).toContain(
      `  export TEMPORAL_ADDRESS=${temporalAddress} GONG_CONNECTIONS_DIR=${connectionsDir}\n`,
    );
  });

  it('health run says the "sim" connection is healthy', async () => {
    const run = await cli('health', 'run', '--connection', 'sim');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^healthy: connection "sim" \(us-00000\.api\.gong\.io\) works; \d+ users; checked /,
    );
  }, 180_000);

  it('ask answers with numbered sources and a link to the run', async () => {
    const run = await cli(
      'ask',
      '--connection',
      'sim',
      '--customer',
      'Acme',
      '--question',
      'What did they say about pricing?',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[1]');
    expect(run.stdout).toMatch(
      /^Sources:\n {2}\[1\] .+ https:\/\/simulated-call\.gong\.invalid\/call\?id=\d+/m,
    );
    expect(run.stdout).toMatch(/^Run in the Temporal UI: http:\/\/\S+\/workflows\/answer-sim-acme-/m);
  }, 180_000);

  it('search lists the calls of the last 30 days as a table', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 30 * DAY_MS);
    const range = ['--from', from.toISOString(), '--to', to.toISOString()];
    const table = await cli('search', '--connection', 'sim', ...range);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^STARTED {2,}DURATION {2}TITLE {2,}ID$/m);
    expect(table.stdout).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z {2}\d+:\d{2}(:\d{2})? +.+ {2}\d+$/m);

    const json = await cli('search', '--connection', 'sim', ...range, '--json');
    expect(json.code).toBe(0);
    const { calls } = JSON.parse(json.stdout) as { calls: { id: string }[] };
    expect(calls.length).toBeGreaterThan(0);
    callId = calls[0]?.id ?? '';
  }, 180_000);

  it("content prints a found call's participants", async () => {
    expect(callId).not.toBe('');
    const run = await cli('content', '--connection', 'sim', '--call-id', callId);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(${callId}, `);
    expect(run.stdout).toMatch(/^ {2}Participants:\n {4}- \S/m);
  }, 180_000);

  it("transcript prints a found call's sentences with speakers", async () => {
    expect(callId).not.toBe('');
    const run = await cli('transcript', '--connection', 'sim', '--call-id', callId);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Call ${callId}:\\n {2}\\[\\d+:\\d{2}\\] [^:]+: \\S`));
  }, 180_000);

  it('request GET /v2/users prints HTTP 200 and the users', async () => {
    const run = await cli('request', 'GET', '/v2/users', '--connection', 'sim');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^HTTP 200 /);
    expect(run.stdout).toContain('"users": [');
  }, 180_000);

  it('SIGTERM stops dev within 20 s and frees the Temporal port', async () => {
    dev.process.kill('SIGTERM');
    const exit = await dev.waitForExit(20_000);
    const ending =
      exit === null ? 'still running' : exit.code === 0 || exit.signal ? 'stopped' : `code ${exit.code}`;
    expect(ending, dev.output()).toBe('stopped');
    const port = Number(temporalAddress.split(':')[1]);
    expect(await isPortFree(port)).toBe(true);
  }, 60_000);
});
