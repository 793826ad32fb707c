import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./simulator-child.ts', import.meta.url));

/** A request as the simulator process saw it arrive. */
export interface ArrivedRequest {
  /** Epoch milliseconds on the simulator's clock. */
  at: number;
  status: number;
}

/** A Gong simulator (3 requests/s per account) running in a child process. */
export interface SimulatorProcess {
  url: string;
  /** Every request received so far, in order. */
  requests: ArrivedRequest[];
  stop(): Promise<void>;
}

/** Starts the simulator in its own process and waits until it listens. */
export async function startSimulatorProcess(): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: ['ignore', 'pipe', 'inherit'] });
  const requests: ArrivedRequest[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let buffered = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('listening ')) resolve(line.slice('listening '.length));
        else if (line.trim() !== '') requests.push(JSON.parse(line) as ArrivedRequest);
      }
    });
  });
  return {
    url,
    requests,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
