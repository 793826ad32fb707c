import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareEnv, killGroup, startCli, withStartupLock, type CliProcess } from './cli-process';

let stateDir: string;
let demo: CliProcess;
let exit: { code: number | null; signal: NodeJS.Signals | null } | null;
let stdout: string;
let stderr: string;

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'gong-demo-e2e-'));
  await withStartupLock(async () => {
    demo = startCli(['demo', '--state-dir', stateDir], bareEnv(), 'gong-dev');
    await demo.waitForOutput(/^Temporal dev server: /m, 120_000);
  });
  exit = await demo.waitForExit(180_000);
  stdout = demo.stdout.join('');
  stderr = demo.stderr.join('');
}, 300_000);

afterAll(async () => {
  if (demo && exit === null) killGroup(demo);
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

describe('npm run demo, on embedded defaults', () => {
  it('exits 0 within 180 s', () => {
    expect(exit, demo.output()).toEqual({ code: 0, signal: null });
  });

  it('finds the "sim" connection healthy', () => {
    expect(stdout).toContain('1. Health check of "sim" (valid keys):');
    expect(stdout).toMatch(/^ {3}healthy: \d+ users at us-00000\.api\.gong\.io, checked /m);
  });

  it("finds the wrong secret unhealthy with Gong's message", () => {
    expect(stdout).toContain(
      '   unhealthy, as expected: Validate credentials failed. Please check your credentials and try again.',
    );
  });

  it('answers the pricing and budget question on both, quoting no passage twice', () => {
    const answer = stdout.slice(stdout.indexOf('3. Ask'), stdout.indexOf('Sources:'));
    expect(answer).toMatch(/budget/i);
    expect(answer).toMatch(/\d+% discount|price/i);
    const quotes = [...answer.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('answers with numbered sources and a link to the run in the Temporal UI', () => {
    expect(stdout).toMatch(/^Sources:\n {2}\[1\] .+ https:\/\/simulated-call\.gong\.invalid\/call\?id=\d+/m);
    expect(stdout).toMatch(/^Run in the Temporal UI: http:\/\/\S+\/workflows\/answer-sim-[0-9a-f-]{36}\//m);
  });

  it("says which command brings the run's UI link back after the demo exits", () => {
    expect(stdout).toContain(
      `(kept in ${join(stateDir, 'temporal.sqlite')}: start "npm run dev -- --state-dir ${stateDir}" to browse it after this demo exits)`,
    );
  });

  it('keeps worker log lines off stdout: on stderr, one spelling of levels, naming connection and workflow', () => {
    expect(stdout).not.toMatch(/^worker /m);
    const lines = stderr.split('\n').filter((line) => line.startsWith('worker '));
    expect(lines.length, stderr).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^worker (WARN|ERROR)[ :]/);
    expect(stderr).toMatch(
      /^worker WARN \[connection sim-bad-keys, workflow gong-health-sim-bad-keys-[0-9a-f-]{36}\]: /m,
    );
  });
});
