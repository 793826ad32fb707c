/**
 * Start-up benchmark of the compiled product (`npm run build` first): how long `gong-worker --help`
 * and client commands take from process start to exit, and how long the worker takes to poll and
 * how much memory it holds, with the prebuilt workflow bundle versus bundling at start. Every
 * figure is the median of several runs of a fresh process. Run with `npm run bench:startup`
 * (BENCH_RUNS to change the number of runs).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'gong-worker.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** GNU time, for CPU time and peak memory of a finished process (wall time alone swings with load). */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Timed {
  ms: number;
  /** User + system CPU time, NaN without GNU time. */
  cpuMs: number;
  /** Peak RSS in MiB, NaN without GNU time. */
  peakMiB: number;
  code: number | null;
  output: string;
}

/** Runs `gong-worker ...args` to its end: wall time with process.hrtime, CPU and memory with GNU time. */
async function timeCli(args: string[], env: Record<string, string>): Promise<Timed> {
  const statsFile = join(tmpdir(), `bench-startup-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const command = GNU_TIME
    ? [GNU_TIME, '-f', '%U %S %M', '-o', statsFile, process.execPath, BIN, ...args]
    : [process.execPath, BIN, ...args];
  const started = process.hrtime.bigint();
  const child = spawn(command[0] ?? '', command.slice(1), {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!GNU_TIME) return { ms, cpuMs: NaN, peakMiB: NaN, code, output };
  const [user, system, maxKb] = (await readFile(statsFile, 'utf8')).trim().split(/\s+/).slice(-3).map(Number);
  await rm(statsFile, { force: true });
  return {
    ms,
    cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000,
    peakMiB: (maxKb ?? NaN) / 1024,
    code,
    output,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Runs `once` `runs` times and prints the medians of wall time, CPU time and peak RSS. */
async function medianOf(label: string, runs: number, once: () => Promise<Timed>): Promise<void> {
  const results: Timed[] = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  const wall = results.map((r) => r.ms);
  console.log(
    `${label.padEnd(58)} ${median(wall).toFixed(0).padStart(6)} ms wall` +
      ` (min ${Math.min(...wall).toFixed(0)}), ${median(results.map((r) => r.cpuMs)).toFixed(0)} ms CPU,` +
      ` peak RSS ${median(results.map((r) => r.peakMiB)).toFixed(0)} MiB (median of ${runs})`,
  );
}

/** `status` line of /proc/<pid>/status in MiB (Linux), or NaN. */
async function procMiB(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** Starts `gong-worker worker`; resolves when it polls, with the time taken and its memory then. */
async function timeWorkerStart(
  env: Record<string, string>,
): Promise<{ ms: number; rssMiB: number; peakMiB: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [BIN, 'worker'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const ms = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Gong worker polling')) resolve(Number(process.hrtime.bigint() - started) / 1e6);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
    });
    // A moment for the pollers to start, as a running worker would have them.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pid = child.pid ?? 0;
    return { ms, rssMiB: await procMiB(pid, 'VmRSS'), peakMiB: await procMiB(pid, 'VmHWM') };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('No dist/: run npm run build first (this benchmark measures the compiled product)');
  }
  const baseEnv: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  if (process.env.TEMPORAL_CLI_PATH) baseEnv.TEMPORAL_CLI_PATH = process.env.TEMPORAL_CLI_PATH;
  const stateDir = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  const cliEnv = { ...baseEnv, GONG_CONNECTIONS_DIR: join(stateDir, 'connections') };
  console.log(`Node ${process.version}, ${RUNS} runs each; compiled code from dist/\n`);

  await medianOf('node bin/gong-worker.js --help', RUNS, () => timeCli(['--help'], cliEnv));
  await medianOf('node bin/gong-worker.js connections list', RUNS, () =>
    timeCli(['connections', 'list'], cliEnv),
  );
  await medianOf('  same, from source through tsx (development)', Math.min(RUNS, 3), () =>
    timeCli(['connections', 'list'], { ...cliEnv, GONG_WORKER_FROM_SOURCE: '1' }),
  );

  // A dev server, the Gong simulator and a worker, as `npm run dev` starts them.
  const dev = spawn(process.execPath, [join(ROOT, 'bin', 'gong-dev.js'), 'dev', '--state-dir', stateDir], {
    cwd: ROOT,
    env: baseEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let devOutput = '';
  dev.stdout.on('data', (chunk: Buffer) => (devOutput += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (devOutput += chunk.toString()));
  try {
    const exported = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev did not start:\n${devOutput}`)), 120_000);
      dev.stdout.on('data', () => {
        const match = /export TEMPORAL_ADDRESS=(\S+) GONG_CONNECTIONS_DIR=(\S+)/.exec(devOutput);
        if (match && devOutput.includes('Press Ctrl-C')) {
          clearTimeout(timer);
          resolve(match);
        }
      });
    });
    const devEnv = {
      ...baseEnv,
      TEMPORAL_ADDRESS: exported[1] ?? '',
      GONG_CONNECTIONS_DIR: exported[2] ?? '',
    };
    const ask = ['ask', '--connection', 'sim', '--customer', 'Acme', '--question', 'What about pricing?'];
    await medianOf('node bin/gong-worker.js ask (whole answer, dev stack)', Math.min(RUNS, 5), async () => {
      const run = await timeCli(ask, devEnv);
      if (run.code !== 0) throw new Error(`ask failed:\n${run.output}`);
      return run;
    });
    await medianOf('node bin/gong-worker.js health run (dev stack)', Math.min(RUNS, 5), async () => {
      const run = await timeCli(['health', 'run', '--connection', 'sim'], devEnv);
      if (run.code !== 0) throw new Error(`health run failed:\n${run.output}`);
      return run;
    });

    console.log('');
    for (const mode of ['prebuilt', 'source'] as const) {
      const results: { ms: number; rssMiB: number; peakMiB: number }[] = [];
      const runs = Math.min(RUNS, 3);
      for (let i = 0; i < runs; i++) {
        results.push(
          await timeWorkerStart({
            ...devEnv,
            TEMPORAL_TASK_QUEUE: `bench-startup-${mode}-${i}`,
            GONG_WORKFLOW_BUNDLE: mode,
          }),
        );
      }
      const label =
        mode === 'prebuilt' ? 'prebuilt bundle (dist/workflow-bundle.js)' : 'bundling the sources at start';
      console.log(
        `worker start, ${label}`.padEnd(58) +
          ` ${median(results.map((r) => r.ms))
            .toFixed(0)
            .padStart(6)} ms  ` +
          `RSS ${median(results.map((r) => r.rssMiB)).toFixed(0)} MiB, peak ${median(results.map((r) => r.peakMiB)).toFixed(0)} MiB (median of ${runs})`,
      );
    }
  } finally {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGINT');
    await exited;
    await rm(stateDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
