import type { ServerResponse } from 'node:http';
import { constants, createGzip } from 'node:zlib';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHealthCheck } from '../../src/client';
import { FailureTypes } from '../../src/api/failure-types';
import { startLocalServer, type LocalServer } from '../gong/local-server';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { startOtlpCollector, type OtlpCollector } from '../support/otlp-collector';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

const MB = 1024 * 1024;
const BODY_BYTES = 300 * MB;
const CHUNK = Buffer.from(`{"id":"1","emailAddress":"a@example.com"},`.repeat(1560)); // about 64 KiB

/** How the loopback Gong streams its `/v2/users` answer: always chunked, never with a length. */
interface Streaming {
  gzip: boolean;
  /** Milliseconds between two 64 KiB chunks; 0 streams as fast as the worker reads. */
  everyMs: number;
}

let h: GongHarness;
let gong: LocalServer;
let collector: OtlpCollector;
let worker: WorkerProcess;
let taskQueue: string;
let streaming: Streaming = { gzip: false, everyMs: 0 };
/** Bytes of JSON the loopback Gong produced for the current case (before any compression). */
let bytesSent = 0;

/** Streams a 300 MB JSON body without a length, gzipped or not, fast or 64 KiB at a time. */
function streamChunked(res: ServerResponse, { gzip, everyMs }: Streaming): void {
  res.writeHead(200, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  // Each chunk flushed: a trickling server's bytes reach the worker as it writes them.
  const compressor = gzip ? createGzip({ flush: constants.Z_SYNC_FLUSH }) : null;
  compressor?.pipe(res);
  const out = compressor ?? res;
  let abandoned = false;
  res.on('close', () => (abandoned = true));
  res.on('error', () => undefined);
  out.write('{"users":[');
  const pump = (): void => {
    while (!abandoned && bytesSent < BODY_BYTES) {
      bytesSent += CHUNK.length;
      const more = out.write(CHUNK);
      if (everyMs > 0) return void setTimeout(pump, everyMs);
      if (!more) return void out.once('drain', pump);
    }
    if (!abandoned) out.end('{}]}');
  };
  pump();
}

beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  gong = await startLocalServer((_req, res) => streamChunked(res, streaming));
  // An OTLP collector that takes every export: spans and metrics leave the worker as in production.
  collector = await startOtlpCollector();
  taskQueue = uniqueTaskQueue('chunked');
  // The worker process as deployed, with request metrics and tracing on: the parts that watch each request.
  worker = await startWorkerProcess({
    ...h.workerProcessEnv(taskQueue),
    GONG_SIMULATOR_URL: gong.url,
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
    OTEL_BSP_SCHEDULE_DELAY: '200',
    LOG_FORMAT: 'json',
  });
}, 120_000);
afterAll(async () => {
  await worker?.kill();
  await gong?.close();
  await collector?.close();
  await h?.close();
});

describe.each([
  ['streamed as fast as it is read', { gzip: false, everyMs: 0 }],
  ['gzipped, streamed as fast as it is read', { gzip: true, everyMs: 0 }],
  ['trickled 64 KiB every 2 ms', { gzip: false, everyMs: 2 }],
  ['gzipped, trickled 64 KiB every 2 ms', { gzip: true, everyMs: 2 }],
] satisfies [string, Streaming][])('a 300 MB chunked Gong answer %s', (_how, how) => {
  it('fails the health check within 10 s as too large, naming the size limit, asked once', async () => {
    streaming = how;
    bytesSent = 0;
    const requestsBefore = gong.paths.length;
    const started = Date.now();
    const failure = await failureOf(runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(failure.cause).toBeInstanceOf(ApplicationFailure);
    expect(failure.cause).toMatchObject({ type: FailureTypes.responseTooLarge, nonRetryable: true });
    expect(failure.cause?.message).toMatch(
      /^Gong \(GET \/v2\/users\) answered with more than 33\.6 MB, the most this worker reads \(GONG_MAX_RESPONSE_BYTES\)/,
    );
    // One request, abandoned soon after the limit: not read to its end, not asked again.
    expect(gong.paths.length - requestsBefore).toBe(1);
    expect(bytesSent).toBeLessThan(BODY_BYTES / 2);
  });
});
