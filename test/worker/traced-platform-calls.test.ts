import Long from 'long';
import { randomUUID } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracingClientInterceptors } from '../../src/client';
import {
  findJaeger,
  serviceOf,
  spansNamed,
  startJaeger,
  tagOf,
  traceWhen,
  type Jaeger,
  type JaegerTrace,
} from '../../tools/jaeger';
import { callDaysAgo } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { uniqueTaskQueue, uniqueWorkflowId } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';
import { withPlatformWorker, type PlatformTracing } from '../platform/platform-worker';
import type { briefBeforeMeeting, checkConnectionThroughNexus } from '../platform/workflows';

const run = randomUUID().slice(0, 8);
const WORKER_SERVICE = `gong-worker-${run}`;
const PLATFORM_SERVICE = `platform-${run}`;

let h: GongHarness;
let jaeger: Jaeger;
let worker: WorkerProcess;
let provider: NodeTracerProvider;
let platformTracing: PlatformTracing;
/** The Gong worker's task queue in `default`, also the Nexus endpoint's target. */
let gongTaskQueue: string;
/** The platform's own namespace, where its Nexus caller runs. */
let platformNamespace: string;
let endpoint: string;
let endpointId: { id: string; version: Long } | undefined;

beforeAll(async () => {
  jaeger = await startJaeger(await findJaeger((line) => console.log(`[jaeger] ${line}`)));
  h = await startGongHarness();
  await h.addConnection('acme-traced');
  h.simulator.dataSet.calls = [callDaysAgo(3, { title: 'Acme pricing review' })];
  gongTaskQueue = uniqueTaskQueue('traced-children');
  platformNamespace = `platform-${run}`;
  await h.client.workflowService.registerNamespace({
    namespace: platformNamespace,
    workflowExecutionRetentionPeriod: { seconds: Long.fromNumber(86_400) },
  });
  endpoint = `gong-traced-${run}`;
  const { endpoint: created } = await h.client.connection.operatorService.createNexusEndpoint({
    spec: { name: endpoint, target: { worker: { namespace: 'default', taskQueue: gongTaskQueue } } },
  });
  if (created?.id && created.version) endpointId = { id: created.id, version: created.version };
  worker = await startWorkerProcess({
    ...h.workerProcessEnv(gongTaskQueue),
    OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint,
    OTEL_SERVICE_NAME: WORKER_SERVICE,
    OTEL_BSP_SCHEDULE_DELAY: '200',
  });
  // The platform's side: its tracer provider, and its worker's workflow spans sent the same way.
  const resource = new Resource({ 'service.name': PLATFORM_SERVICE });
  const spanProcessor = new BatchSpanProcessor(
    new OTLPTraceExporter({ url: `${jaeger.otlpEndpoint}/v1/traces` }),
    { scheduledDelayMillis: 200 },
  );
  provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  platformTracing = { spanProcessor, resource };
}, 600_000);

afterAll(async () => {
  await worker?.kill();
  await provider?.shutdown();
  if (endpointId)
    await h.client.connection.operatorService.deleteNexusEndpoint(endpointId).catch(() => undefined);
  await h?.close();
  await jaeger?.stop();
});

/**
 * Runs `start` in a platform span, with a client that carries the trace, while a traced platform
 * worker runs the platform's workflows in `namespace`; returns the span's trace id and the Gong
 * requests the run caused (as the simulator saw them).
 */
async function tracedPlatformRun(
  namespace: string,
  start: (client: Client, platformTaskQueue: string) => Promise<unknown>,
): Promise<{ traceId: string; gongRequests: string[] }> {
  const client = new Client({
    connection: h.client.connection,
    namespace,
    interceptors: await tracingClientInterceptors(),
  });
  const before = h.simulator.requests.length;
  let traceId = '';
  await withPlatformWorker(
    h,
    namespace,
    (platformTaskQueue) =>
      trace.getTracer('platform').startActiveSpan('platform run', async (span) => {
        traceId = span.spanContext().traceId;
        try {
          return await start(client, platformTaskQueue);
        } finally {
          span.end();
        }
      }),
    platformTracing,
  );
  await provider.forceFlush();
  const gongRequests = h.simulator.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`);
  return { traceId, gongRequests: gongRequests.sort() };
}

/** `METHOD path status` of each Gong request span, as the simulator's requests are described. */
const gongRequestsIn = (t: JaegerTrace) =>
  t.spans
    .filter((span) => tagOf(span, 'url.template') !== undefined)
    .map(
      (span) =>
        `${String(tagOf(span, 'http.request.method'))} ${String(tagOf(span, 'url.template'))} ${String(tagOf(span, 'http.response.status_code'))}`,
    )
    .sort();
/**
 * Reads the trace until it holds every span of `expected` and the run's Gong requests (workflow
 * spans leave through sinks, after the activities' batches), then checks it: one trace id, each
 * span once and from its service, and exactly the Gong requests the simulator saw.
 */
async function expectOneTrace(
  traceId: string,
  expected: [name: string, service: string][],
  gongRequests: string[],
): Promise<void> {
  const traced = await traceWhen(
    jaeger,
    traceId,
    (t) =>
      expected.every(([name]) => spansNamed(t, name).length > 0) &&
      gongRequestsIn(t).length === gongRequests.length,
  );
  expect(traced.spans.every((span) => span.traceID === traceId)).toBe(true);
  for (const [name, service] of expected)
    expect(
      spansNamed(traced, name).map((span) => serviceOf(traced, span)),
      name,
    ).toEqual([service]);
  expect(gongRequestsIn(traced)).toEqual(gongRequests);
}

describe('a traced platform workflow that runs ours as children', () => {
  it("continues the platform's trace into both child runs and every Gong request they send", async () => {
    const { traceId, gongRequests } = await tracedPlatformRun('default', (client, taskQueue) =>
      client.workflow.execute<typeof briefBeforeMeeting>('briefBeforeMeeting', {
        taskQueue,
        workflowId: uniqueWorkflowId('traced-brief'),
        args: [{ connectionId: 'acme-traced', customerName: 'Acme', question: 'Pricing?', gongTaskQueue }],
      }),
    );
    expect(gongRequests.length).toBeGreaterThanOrEqual(2);
    await expectOneTrace(
      traceId,
      [
        ['platform run', PLATFORM_SERVICE],
        ['RunWorkflow:briefBeforeMeeting', PLATFORM_SERVICE],
        ['StartChildWorkflow:gongHealthCheck', PLATFORM_SERVICE],
        ['StartChildWorkflow:answerQuestionAboutCustomerCall', PLATFORM_SERVICE],
        ['RunWorkflow:gongHealthCheck', WORKER_SERVICE],
        ['RunWorkflow:answerQuestionAboutCustomerCall', WORKER_SERVICE],
      ],
      gongRequests,
    );
  }, 180_000);
});

describe('a traced platform workflow that calls ours through the Nexus endpoint', () => {
  it("continues the platform's trace into the Nexus operation, the run it starts and every Gong request", async () => {
    const { traceId, gongRequests } = await tracedPlatformRun(platformNamespace, (client, taskQueue) =>
      client.workflow.execute<typeof checkConnectionThroughNexus>('checkConnectionThroughNexus', {
        taskQueue,
        workflowId: uniqueWorkflowId('traced-nexus'),
        args: [{ endpoint, connectionId: 'acme-traced' }],
      }),
    );
    expect(gongRequests.length).toBeGreaterThanOrEqual(1);
    await expectOneTrace(
      traceId,
      [
        ['platform run', PLATFORM_SERVICE],
        ['RunWorkflow:checkConnectionThroughNexus', PLATFORM_SERVICE],
        ['StartNexusOperation:gong/gongHealthCheck', PLATFORM_SERVICE],
        ['RunStartNexusOperation:gong/gongHealthCheck', WORKER_SERVICE],
        ['StartWorkflow:gongHealthCheck', WORKER_SERVICE],
        ['RunWorkflow:gongHealthCheck', WORKER_SERVICE],
      ],
      gongRequests,
    );
  }, 180_000);
});
