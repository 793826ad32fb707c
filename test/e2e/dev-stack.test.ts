import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPortFree } from '../../tools/dev/is-port-free';
import { DEFAULT_SIM_ACCOUNT } from '../../tools/simulator';
import {
  bareEnv,
  killGroup,
  REPO_ROOT,
  runCli,
  startCli,
  withStartupLock,
  type CliProcess,
} from './cli-process';

const DAY_MS = 86_400_000;

let stateDir: string;
let dev: CliProcess;
let temporalAddress: string;
let uiUrl: string;
let connectionsDir: string;
/** The key file dev made, and its content, which the CLI needs to read encrypted results. */
let keysFile: string;
let payloadKeys: string;
/** A call id that `search --json` found, for `content` and `transcript`. */
let callId: string;

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'gong-dev-e2e-'));
  // A fresh terminal: no GONG_CONNECTIONS_DIR, no TEMPORAL_ADDRESS.
  await withStartupLock(async () => {
    dev = startCli(['dev', '--state-dir', stateDir], bareEnv(), 'gong-dev');
    await dev.waitForOutput(/^Temporal dev server: /m, 120_000);
  });
  await dev.waitForOutput(/^Press Ctrl-C to stop\.$/m, 120_000);
  const out = dev.stdout.join('');
  temporalAddress = out.match(/TEMPORAL_ADDRESS=(\S+)/)?.[1] ?? '';
  uiUrl = out.match(/TEMPORAL_UI_URL=(\S+)/)?.[1] ?? '';
  connectionsDir = out.match(/^Connections: "sim" and "sim-bad-keys" in (.+)$/m)?.[1] ?? '';
  keysFile = out.match(/^ {2}export PAYLOAD_ENCRYPTION_KEYS="\$\(cat (.+)\)"$/m)?.[1] ?? '';
  payloadKeys = keysFile ? (await readFile(keysFile, 'utf8')).trim() : '';
}, 180_000);

afterAll(async () => {
  if (dev && (await dev.waitForExit(0)) === null) {
    dev.process.kill('SIGTERM');
    if ((await dev.waitForExit(20_000)) === null) killGroup(dev);
  }
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
}, 60_000);

/** `gong-worker ...args` in another terminal, with the variables dev told us to set. */
const cli = (...args: string[]) =>
  runCli(
    args,
    bareEnv({
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_UI_URL: uiUrl,
      GONG_CONNECTIONS_DIR: connectionsDir,
      PAYLOAD_ENCRYPTION_KEYS: payloadKeys,
    }),
    120_000,
  );

describe('npm run dev, used from another terminal', () => {
  it('prints the Temporal address and the connections directory to use', () => {
    expect(temporalAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(connectionsDir).toBe(join(stateDir, 'connections'));
    expect(dev.stdout.join('')).toContain(
      `  export TEMPORAL_ADDRESS=${temporalAddress} TEMPORAL_UI_URL=http://127.0.0.1:`,
    );
    expect(dev.stdout.join('')).toMatch(
      new RegExp(` TEMPORAL_UI_URL=http://127\\.0\\.0\\.1:\\d+ GONG_CONNECTIONS_DIR=${connectionsDir}\n`),
    );
  });

  it('keeps the payload encryption key it generated private to the user, and never prints it', async () => {
    expect(keysFile).toBe(join(stateDir, 'payload-encryption-keys'));
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
    const key = payloadKeys.split('=').slice(1).join('=');
    expect(key).toHaveLength(44);
    expect(dev.output()).not.toContain(key);
    expect(dev.stdout.join('')).toMatch(/^Codec server: http:\/\/127\.0\.0\.1:\d+ /m);
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
    expect(run.stdout).toMatch(
      new RegExp(
        `^Run in the Temporal UI: ${uiUrl}/namespaces/default/workflows/answer-sim-[0-9a-f-]{36}/`,
        'm',
      ),
    );
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
    const { calls } = JSON.parse(json.stdout) as { calls: { callId: string }[] };
    expect(calls.length).toBeGreaterThan(0);
    callId = calls[0]?.callId ?? '';
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

  it('creates the Nexus endpoint "gong" on the dev server, targeting the worker\'s task queue', async () => {
    expect(dev.stdout.join('')).toMatch(
      /^Nexus endpoint "gong" created: namespace default, task queue "gong"$/m,
    );
    const connection = await Connection.connect({ address: temporalAddress });
    try {
      const { endpoints } = await connection.operatorService.listNexusEndpoints({ name: 'gong' });
      expect(endpoints?.[0]?.spec?.target?.worker).toMatchObject({ namespace: 'default', taskQueue: 'gong' });
    } finally {
      await connection.close();
    }
  });

  it('ask on a terminal shows its progress; piped, its stderr stays empty', async () => {
    const piped = await cli('ask', '--connection', 'sim', '--customer', 'Globex', '--question', 'Security?');
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    // `script` gives the command a real terminal, as a person at a shell has.
    const command = `${process.execPath} bin/gong-worker.js ask --connection sim --customer Globex --question Security?`;
    const screen = await new Promise<string>((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], {
        cwd: REPO_ROOT,
        env: bareEnv({
          TEMPORAL_ADDRESS: temporalAddress,
          TEMPORAL_UI_URL: uiUrl,
          GONG_CONNECTIONS_DIR: connectionsDir,
          PAYLOAD_ENCRYPTION_KEYS: payloadKeys,
        }),
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      child.once('close', () => resolve(text));
    });
    expect(screen).toMatch(
      /\r(Finding the customer's calls|Reading the matched calls and answering|Done): scanned \d+ calls, matched \d+, analyzed \d+/,
    );
    // The same answer as piped, after the progress line.
    const firstLine = piped.stdout.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(firstLine).not.toBe('');
    expect(screen).toContain(firstLine);
  }, 180_000);

  it("a connection added with connections add while dev runs is used by dev's worker", async () => {
    const add = spawn(
      process.execPath,
      [
        'bin/gong-worker.js',
        'connections',
        'add',
        'mine',
        '--base-url',
        'us-00000.api.gong.io',
        '--access-key-stdin',
        '--secret-key-stdin',
      ],
      {
        cwd: REPO_ROOT,
        env: bareEnv({ GONG_CONNECTIONS_DIR: connectionsDir }),
        stdio: ['pipe', 'ignore', 'inherit'],
      },
    );
    const { accessKey, accessKeySecret } = DEFAULT_SIM_ACCOUNT;
    add.stdin.end(`${accessKey}\n${accessKeySecret}\n`);
    expect(await new Promise((resolve) => add.once('close', resolve))).toBe(0);
    const run = await cli('health', 'run', '--connection', 'mine');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^healthy: connection "mine" \(us-00000\.api\.gong\.io\) works/);
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
