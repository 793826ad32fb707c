import type { ServerResponse } from 'node:http';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runHealthCheck } from '../../src/client';
import { FailureTypes } from '../../src/api/failure-types';
import { startLocalServer, type LocalServer } from '../gong/local-server';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

const MB = 1024 * 1024;
const BODY_BYTES = 300 * MB;

let h: GongHarness;
let gong: LocalServer;
let worker: WorkerProcess;
let taskQueue: string;
let bytesSent = 0;

/** Streams a JSON body of `bytes` without a length (chunked), as fast as the reader takes it. */
function streamChunked(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.from(`{"id":"1","emailAddress":"a@example.com"},`.repeat(1600));
  res.write('{"users":[');
  const pump = () => {
    while (bytesSent < bytes) {
      bytesSent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('{}]}');
  };
  res.on('error', () => undefined);
  pump();
}

beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  gong = await startLocalServer((_req, res) => streamChunked(res, BODY_BYTES));
  taskQueue = uniqueTaskQueue('chunked');
  // The worker process as deployed, with request metrics and tracing on: the parts that watch each request.
  worker = await startWorkerProcess({
    ...h.workerProcessEnv(taskQueue),
    GONG_SIMULATOR_URL: gong.url,
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
  });
}, 120_000);
afterAll(async () => {
  await worker?.kill();
  await gong?.close();
  await h?.close();
});

it('a 300 MB chunked Gong answer fails the health check within 10 s, naming the size limit', async () => {
  const started = Date.now();
  const failure = await failureOf(runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }));
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(failure.cause).toBeInstanceOf(ApplicationFailure);
  expect(failure.cause).toMatchObject({ type: FailureTypes.responseTooLarge, nonRetryable: true });
  expect(failure.cause?.message).toMatch(
    /^Gong \(GET \/v2\/users\) answered with more than 33\.6 MB, the most this worker reads \(GONG_MAX_RESPONSE_BYTES\)/,
  );
  // One request, abandoned soon after the limit: not read to its end, not asked again.
  expect(gong.paths).toHaveLength(1);
  expect(bytesSent).toBeLessThan(BODY_BYTES);
});
