import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort, runCommand, withDirLock } from '../temporal-server';
import { describeFailure } from '../temporal-server/run-command';

/**
 * The Jaeger release the tests receive traces with, built from the Go module proxy. Pinned so an
 * upstream release is never run unreviewed.
 */
export const JAEGER_VERSION = 'v1.75.0';
const JAEGER_MODULE = 'github.com/jaegertracing/jaeger/cmd/jaeger';

/** `${XDG_CACHE_HOME:-~/.cache}/gong-temporal-worker/jaeger/<version>`: outside the clone, shared by clones. */
export function jaegerCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'gong-temporal-worker', 'jaeger', JAEGER_VERSION);
}

const isExecutable = (file: string) =>
  access(file, constants.X_OK).then(
    () => true,
    () => false,
  );

/**
 * The Jaeger binary: `JAEGER_PATH`, else the cached build, else built now with Go
 * (`go get -tool` in a scratch module, then `go build`; the module's own replace directives
 * rule out `go install`). Several processes may ask at once: the build runs under a lock.
 */
export async function findJaeger(log: (line: string) => void = () => undefined): Promise<string> {
  const given = process.env.JAEGER_PATH;
  if (given) {
    if (await isExecutable(given)) return given;
    throw new Error(`JAEGER_PATH=${given} is not an executable file`);
  }
  const cacheDir = jaegerCacheDir();
  const binary = path.join(cacheDir, 'jaeger');
  if (await isExecutable(binary)) return binary;
  return withDirLock(
    path.join(cacheDir, '.lock'),
    async () => {
      if (await isExecutable(binary)) return binary;
      const scratch = path.join(cacheDir, `.tmp-build-${process.pid}-${randomBytes(4).toString('hex')}`);
      await mkdir(scratch, { recursive: true });
      try {
        log(`building Jaeger ${JAEGER_VERSION} with Go into ${cacheDir} (several minutes, once)`);
        const env = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' };
        for (const args of [
          ['mod', 'init', 'gong-temporal-worker/jaeger-tool'],
          ['get', '-tool', `${JAEGER_MODULE}@${JAEGER_VERSION}`],
          ['build', '-o', path.join(scratch, 'jaeger'), JAEGER_MODULE],
        ]) {
          const result = await runCommand('go', args, { cwd: scratch, env, timeoutMs: 40 * 60_000 });
          const failure = describeFailure(result, 40 * 60_000);
          if (failure) throw new Error(`go ${args.join(' ')}: ${failure}`);
        }
        await rename(path.join(scratch, 'jaeger'), binary);
        return binary;
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
    { waitTimeoutMs: 45 * 60_000, staleAfterMs: 45 * 60_000, log },
  );
}

/** A running Jaeger: OTLP/HTTP in, query API out, traces in memory. */
export interface Jaeger {
  /** For `OTEL_EXPORTER_OTLP_ENDPOINT`, e.g. `http://127.0.0.1:4318`. */
  otlpEndpoint: string;
  /** Base of the query API, e.g. `http://127.0.0.1:16686`. */
  queryUrl: string;
  stop(): Promise<void>;
}

/** Starts Jaeger on free loopback ports with in-memory storage and waits until it answers. */
export async function startJaeger(binary: string): Promise<Jaeger> {
  const [otlp, query, health] = [await findFreePort(), await findFreePort(), await findFreePort()];
  const dir = await mkdtemp(path.join(tmpdir(), 'gong-jaeger-'));
  const config = path.join(dir, 'config.yaml');
  await writeFile(config, jaegerConfig({ otlp, query, health }));
  const child = spawn(binary, ['--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const queryUrl = `http://127.0.0.1:${query}`;
  const stop = async () => {
    stopChild(child);
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jaeger exited:\n${output.join('').slice(-2000)}`);
    const ready = await fetch(`${queryUrl}/api/services`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`jaeger did not answer within 60 s:\n${output.join('').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { otlpEndpoint: `http://127.0.0.1:${otlp}`, queryUrl, stop };
}

function stopChild(child: ChildProcess): void {
  if (child.exitCode === null) child.kill('SIGTERM');
}

/** Jaeger's all-in-one configuration cut down to OTLP/HTTP in, memory storage, query API out. */
function jaegerConfig(ports: { otlp: number; query: number; health: number }): string {
  return `service:
  extensions: [jaeger_storage, jaeger_query, healthcheckv2]
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [jaeger_storage_exporter]
  telemetry:
    metrics:
      level: none
    logs:
      level: warn
extensions:
  healthcheckv2:
    use_v2: true
    http:
      endpoint: 127.0.0.1:${ports.health}
  jaeger_query:
    storage:
      traces: memory_store
    http:
      endpoint: 127.0.0.1:${ports.query}
    grpc:
      endpoint: 127.0.0.1:0
  jaeger_storage:
    backends:
      memory_store:
        memory:
          max_traces: 10000
receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:${ports.otlp}
exporters:
  jaeger_storage_exporter:
    trace_storage: memory_store
`;
}

/** One span as Jaeger's query API returns it. */
export interface JaegerSpan {
  traceID: string;
  spanID: string;
  operationName: string;
  references: { refType: string; traceID: string; spanID: string }[];
  tags: { key: string; type: string; value: unknown }[];
  processID: string;
}

/** One trace as Jaeger's query API returns it. */
export interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, { serviceName: string; tags: { key: string; value: unknown }[] }>;
}

/** Every trace Jaeger holds for `service` (the last hour), through its HTTP query API. */
export async function tracesOf(jaeger: Jaeger, service: string): Promise<JaegerTrace[]> {
  const url = new URL('/api/traces', jaeger.queryUrl);
  url.searchParams.set('service', service);
  url.searchParams.set('limit', '1000');
  url.searchParams.set('lookback', '1h');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Jaeger query ${url.pathname}: HTTP ${response.status}`);
  const body = (await response.json()) as { data: JaegerTrace[] | null };
  return body.data ?? [];
}

/**
 * Trace `traceId` once Jaeger holds enough of it for `complete` (exporters send in batches, and
 * workflow spans through sinks after them), polling its query API for up to `ms`; the error names
 * the spans it did hold.
 */
export async function traceWhen(
  jaeger: Jaeger,
  traceId: string,
  complete: (trace: JaegerTrace) => boolean,
  ms = 30_000,
): Promise<JaegerTrace> {
  const deadline = Date.now() + ms;
  let last: JaegerTrace | undefined;
  for (;;) {
    const response = await fetch(new URL(`/api/traces/${traceId}`, jaeger.queryUrl));
    if (response.ok) {
      [last] = ((await response.json()) as { data: JaegerTrace[] }).data;
      if (last && complete(last)) return last;
    }
    if (Date.now() > deadline) {
      const names = last?.spans.map((span) => span.operationName).join(', ') ?? 'nothing';
      throw new Error(`trace ${traceId} incomplete in Jaeger after ${ms} ms; it holds: ${names}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The spans of `trace` named `name`. */
export const spansNamed = (trace: JaegerTrace, name: string): JaegerSpan[] =>
  trace.spans.filter((span) => span.operationName === name);

/** The value of a span's tag `key`. */
export const tagOf = (span: JaegerSpan, key: string): unknown => span.tags.find((t) => t.key === key)?.value;

/** The service that sent `span`. */
export const serviceOf = (trace: JaegerTrace, span: JaegerSpan): string | undefined =>
  trace.processes[span.processID]?.serviceName;
