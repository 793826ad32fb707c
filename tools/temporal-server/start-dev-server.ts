import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

import { Connection } from '@temporalio/client';

import { GONG_CONNECTION_ID } from '../../src/api/search-attributes';
import { findFreePort } from './free-port';
import { outputTail } from './run-command';

/** Options for {@link startDevServer}. */
export interface StartDevServerOptions {
  /** Path to a verified `temporal` binary (see `findTemporalCli`). */
  cliPath: string;
  /** Frontend gRPC port; a free one is picked when omitted. */
  port?: number;
  /** Web UI port; a free one is picked when omitted; `null` runs headless. */
  uiPort?: number | null;
  /** SQLite file for persistence; in-memory when omitted. */
  dbFile?: string;
  /** Extra namespace to create at startup ("default" always exists). */
  namespace?: string;
  /** Bind address; defaults to 127.0.0.1 so nothing is exposed beyond this machine. */
  ip?: string;
  /** Server log level passed to `--log-level`; defaults to "warn". */
  logLevel?: string;
  /** Receives the server's output lines. */
  log?: (line: string) => void;
  /** How long to wait for the frontend to answer; defaults to 30 s. */
  startupTimeoutMs?: number;
  /** Environment for the server process; defaults to `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Search attributes to register, name to type; defaults to this worker's `GongConnectionId` (Keyword). */
  searchAttributes?: Record<string, string>;
  /** Remote codec endpoint the Web UI decodes payloads with (`--ui-codec-endpoint`). */
  uiCodecEndpoint?: string;
}

/** A running dev server. */
export interface DevServer {
  /** `host:port` of the gRPC frontend, ready for `Connection.connect({ address })`. */
  address: string;
  /** Web UI URL, or null when headless. */
  uiUrl: string | null;
  /** Namespace that was verified to exist. */
  namespace: string;
  pid: number;
  /** SIGTERM, then SIGKILL after 5 s. Safe to call more than once. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 5_000;
/** Attempts when a randomly picked port was grabbed by someone else before the server bound it. */
const PORT_RACE_RETRIES = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, STOP_GRACE_MS)) return;
  child.kill('SIGKILL');
  await waitForExit(child, STOP_GRACE_MS);
}

/** Cheap check whether anything accepts TCP connections yet, before paying for a gRPC connect. */
function acceptsTcp(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1_000);
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Connects once and asks the frontend for system info and the namespace; throws if not ready. */
async function probe(address: string, namespace: string, timeoutMs: number): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: timeoutMs });
  try {
    await connection.workflowService.getSystemInfo({});
    await connection.workflowService.describeNamespace({ namespace });
  } finally {
    await connection.close();
  }
}

class ServerExitedError extends Error {
  constructor(
    message: string,
    readonly portInUse: boolean,
  ) {
    super(message);
  }
}

/**
 * Starts `temporal server start-dev` and resolves once its frontend answers `GetSystemInfo` and
 * knows the namespace. Tests use random ports, headless and in-memory; `dev` uses 7233/8233 and
 * a SQLite file.
 */
export async function startDevServer(options: StartDevServerOptions): Promise<DevServer> {
  const portsArePicked = options.port === undefined || options.uiPort === undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      const retry = error instanceof ServerExitedError && error.portInUse && portsArePicked;
      if (!retry || attempt >= PORT_RACE_RETRIES) throw error;
      options.log?.(`port taken before the server could bind it, retrying (${attempt}/${PORT_RACE_RETRIES})`);
    }
  }
}

async function startOnce(options: StartDevServerOptions): Promise<DevServer> {
  const ip = options.ip ?? '127.0.0.1';
  const namespace = options.namespace ?? 'default';
  const port = options.port ?? (await findFreePort(ip));
  const uiPort = options.uiPort === null ? null : (options.uiPort ?? (await findFreePort(ip)));
  const args = ['server', 'start-dev', '--ip', ip, '--port', String(port)];
  args.push(...(uiPort === null ? ['--headless'] : ['--ui-port', String(uiPort)]));
  if (options.dbFile) {
    await mkdir(path.dirname(path.resolve(options.dbFile)), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  if (namespace !== 'default') args.push('--namespace', namespace);
  args.push('--log-level', options.logLevel ?? 'warn');
  const searchAttributes = options.searchAttributes ?? { [GONG_CONNECTION_ID.name]: 'Keyword' };
  for (const [name, type] of Object.entries(searchAttributes))
    args.push('--search-attribute', `${name}=${type}`);
  if (options.uiCodecEndpoint && uiPort !== null) args.push('--ui-codec-endpoint', options.uiCodecEndpoint);

  const child = spawn(options.cliPath, args, {
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stopping: Promise<void> | undefined;
  const onOutput = (chunk: string) => {
    output = (output + chunk).slice(-16_384);
    // Shutdown produces a burst of harmless "failed to poll" warnings; keep them out of the log.
    if (stopping) return;
    for (const line of chunk.split(/\r?\n/)) if (line.trim()) options.log?.(line);
  };
  child.stdout?.setEncoding('utf8').on('data', onOutput);
  child.stderr?.setEncoding('utf8').on('data', onOutput);
  let spawnError: Error | null = null;
  child.once('error', (error) => (spawnError = error));
  // Lets a pending probe give up the moment the server dies instead of waiting out its timeout.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  // 'close' comes after the output pipes drain, so the error below includes the last words.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  // If the owner crashes without calling stop(), do not leave an orphaned server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const connectHost = ip === '0.0.0.0' || ip === '::' ? '127.0.0.1' : ip;
  const address = `${connectHost}:${port}`;
  const timeoutMs = options.startupTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no attempt made';
  try {
    for (;;) {
      if (spawnError || hasExited(child)) {
        await Promise.race([closed, sleep(1_000)]);
        const why = spawnError
          ? `could not start: ${String(spawnError)}`
          : `exited with code ${child.exitCode}`;
        throw new ServerExitedError(
          `temporal server start-dev ${why}: ${outputTail(output) || 'no output'}`,
          /address already in use/i.test(output),
        );
      }
      if (Date.now() > deadline) {
        throw new Error(`temporal server at ${address} not ready after ${timeoutMs / 1000}s: ${lastError}`);
      }
      if (!(await acceptsTcp(connectHost, port))) {
        lastError = `nothing listening on ${address} yet`;
        await sleep(100);
        continue;
      }
      try {
        const probing = probe(address, namespace, Math.max(500, Math.min(2_000, deadline - Date.now())));
        probing.catch(() => undefined);
        await Promise.race([probing, exited]);
        if (!hasExited(child) && !spawnError) break;
      } catch (error) {
        // Listening but not serving yet (e.g. namespace still being registered).
        lastError = error instanceof Error ? error.message : String(error);
        await sleep(200);
      }
    }
  } catch (error) {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
    throw error;
  }

  return {
    address,
    uiUrl: uiPort === null ? null : `http://${connectHost}:${uiPort}`,
    namespace,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= stopChild(child).finally(() => process.removeListener('exit', killOnExit));
      return stopping;
    },
  };
}
