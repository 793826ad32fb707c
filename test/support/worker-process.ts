import { spawn, type ChildProcess } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/gong-worker.js', import.meta.url));

/** A `gong-worker worker` child process: the real entry point, killable like a crashed host. */
export interface WorkerProcess {
  child: ChildProcess;
  output: string[];
  /** SIGKILL: no graceful shutdown, no last heartbeat. */
  kill(): Promise<void>;
  /** SIGTERM: the worker shuts down gracefully and the process exits (so `--cpu-prof` writes its profiles). */
  stop(): Promise<void>;
}

/**
 * Starts `gong-worker worker` with `env` and waits until it polls its task queue: this checkout's
 * sources, or with `bin` the launcher of another tree (an assembled runtime), run as it is there.
 */
export async function startWorkerProcess(
  env: Record<string, string>,
  options: { bin?: string } = {},
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [options.bin ?? BIN, 'worker'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      // The sources under test, never a dist/ built before the last edit.
      ...(options.bin ? {} : { GONG_WORKER_FROM_SOURCE: '1' }),
      ...env,
    },
    ...(options.bin ? { cwd: dirname(dirname(options.bin)) } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('Gong worker polling')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output.join('')}`)));
  });
  return {
    child,
    output,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
