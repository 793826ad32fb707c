import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SimulatorAccount } from '../tools/simulator';

const CHILD = fileURLToPath(new URL('./simulator-child.ts', import.meta.url));

/** A request as the simulator process saw it arrive. */
export interface ArrivedRequest {
  /** Epoch milliseconds on the simulator's clock. */
  at: number;
  status: number;
  accessKey: string | null;
  /** The request's path, e.g. `/v2/calls/extensive`. */
  path: string;
}

/** Options of the simulator process (3 requests/s per account, as Gong). */
export interface SimulatorChildOptions {
  /** Key pairs it accepts, each limited on its own; default the simulator's one account. */
  accounts?: SimulatorAccount[];
  /** Delay before each response, default 0. */
  latencyMs?: number;
  /** Calls in a seeded data set over 120 days (seed 7); default the simulator's own data set. */
  callCount?: number;
}

/** A Gong simulator running in a child process. */
export interface SimulatorProcess {
  url: string;
  /** The simulator process's id, to read its CPU time. */
  pid: number;
  /** The seeded account's company names. */
  companies: string[];
  /** Every request received so far, in order. */
  requests: ArrivedRequest[];
  stop(): Promise<void>;
}

/** Starts the simulator in its own process and waits until it listens. */
export async function startSimulatorProcess(options: SimulatorChildOptions = {}): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SIMULATOR_OPTIONS: JSON.stringify(options) },
  });
  const requests: ArrivedRequest[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let buffered = '';
  const ready = await new Promise<{ url: string; companies: string[] }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ready ')) resolve(JSON.parse(line.slice('ready '.length)) as never);
        else if (line.trim() !== '') requests.push(JSON.parse(line) as ArrivedRequest);
      }
    });
  });
  return {
    ...ready,
    pid: child.pid ?? -1,
    requests,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
