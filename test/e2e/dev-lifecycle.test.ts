import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPortFree } from '../../tools/dev/is-port-free';
import { LOCK_FILE } from '../../tools/dev/state-lock';
import { bareEnv, killGroup, runCli, startCli, withStartupLock, type CliProcess } from './cli-process';

/** A fresh terminal, plus the Temporal CLI this machine provisioned when one is named. */
const env = () =>
  bareEnv(process.env.TEMPORAL_CLI_PATH ? { TEMPORAL_CLI_PATH: process.env.TEMPORAL_CLI_PATH } : {});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dirs: string[] = [];
const started: CliProcess[] = [];
let stateDir: string;
let dev: CliProcess;
let out: string;

/** Listens on 127.0.0.1:`port` when it is free, so `dev` finds it taken; null when already taken. */
function occupy(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'gong-dev-life-'));
  dirs.push(stateDir);
  await withStartupLock(async () => {
    const blocker = await occupy(7233);
    try {
      dev = startCli(['dev', '--state-dir', stateDir], env(), 'gong-dev');
      started.push(dev);
      await dev.waitForOutput(/^Temporal dev server: /m, 120_000);
    } finally {
      blocker?.close();
    }
  });
  await dev.waitForOutput(/^Press Ctrl-C to stop\.$/m, 120_000);
  out = dev.stdout.join('');
}, 180_000);

afterAll(async () => {
  for (const child of started) killGroup(child);
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('npm run dev, its ports, state and life', () => {
  it('says which port was taken and which it used, and the hint names the Web UI it started', () => {
    const port = out.match(/^Port 7233 was taken, so Temporal listens on (\d+) instead\.$/m)?.[1];
    expect(port, out).toBeDefined();
    expect(out).toMatch(
      new RegExp(
        `^ {2}export TEMPORAL_ADDRESS=127\\.0\\.0\\.1:${port} TEMPORAL_UI_URL=http://127\\.0\\.0\\.1:\\d+ GONG_CONNECTIONS_DIR=`,
        'm',
      ),
    );
  });

  it('a second dev or demo on the same state directory fails, naming the process that holds it', async () => {
    const second = await runCli(['demo', '--state-dir', stateDir], env(), 60_000, 'gong-dev');
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `error: state directory ${stateDir} is in use by process ${dev.process.pid} (npm run dev); stop it first, or give another --state-dir\n`,
    );
  }, 60_000);

  it('keeps its state private: directories 0700, the database and connections 0600', async () => {
    const mode = async (path: string) => (await stat(path)).mode & 0o777;
    expect(await mode(stateDir)).toBe(0o700);
    expect(await mode(join(stateDir, 'connections'))).toBe(0o700);
    expect(await mode(join(stateDir, 'temporal.sqlite'))).toBe(0o600);
    expect(await mode(join(stateDir, 'connections', 'sim.json'))).toBe(0o600);
  });

  it('kill -9 of dev stops its Temporal server within 15 s', async () => {
    const port = Number(out.match(/TEMPORAL_ADDRESS=\S+:(\d+)/)?.[1]);
    expect(await isPortFree(port)).toBe(false);
    process.kill(dev.process.pid!, 'SIGKILL');
    let free = false;
    for (let i = 0; i < 150 && !free; i++) {
      await sleep(100);
      free = await isPortFree(port);
    }
    expect(free).toBe(true);
  }, 30_000);

  it('Ctrl-C while dev is starting stops it at once, cleanly, exit 130', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gong-dev-ctrl-c-'));
    dirs.push(dir);
    const starting = await withStartupLock(async () => {
      const child = startCli(['dev', '--state-dir', dir], env(), 'gong-dev');
      started.push(child);
      await child.waitForOutput(/^Temporal CLI: /m, 60_000);
      await sleep(300);
      // As a terminal does: to the whole process group, the server included.
      process.kill(-child.process.pid!, 'SIGINT');
      return child;
    });
    const exit = await starting.waitForExit(5_000);
    expect(exit, starting.output()).toEqual({ code: 130, signal: null });
    expect(starting.stderr.join('')).toBe('Interrupted while starting; stopped.\n');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 90_000);
});
