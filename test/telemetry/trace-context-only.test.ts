import { randomBytes } from 'node:crypto';
import { context, propagation, ROOT_CONTEXT } from '@opentelemetry/api';
import { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startTracingSdk } from '../../src/app/telemetry/tracing-sdk';
import type { Tracing } from '../../src/app/telemetry/worker-tracing';
import {
  connectToTestServer,
  uniqueTaskQueue,
  uniqueWorkflowId,
  type TestServerConnection,
} from '../support/temporal';

/** The header Temporal's OpenTelemetry interceptors carry the trace in. */
const TRACE_HEADER = '_tracer-data';

let server: TestServerConnection;
let tracing: Tracing;

beforeAll(async () => {
  server = await connectToTestServer();
  // Spans are not what this file checks: none is sampled, so none waits for a collector.
  vi.stubEnv('OTEL_TRACES_SAMPLER', 'always_off');
  tracing = startTracingSdk({ protocol: 'http/protobuf' });
});

afterAll(async () => {
  await tracing?.shutdown();
  await server?.close();
  vi.unstubAllEnvs();
});

it('passes on only the W3C trace context of a caller that sends a huge baggage header, never the baggage', async () => {
  const traceId = randomBytes(16).toString('hex');
  // About 600 KB of baggage entries, as a hostile or broken caller could send in its headers.
  const baggage = Array.from({ length: 40_000 }, (_, i) => `entry${i}=value${i}`).join(',');
  const callerHeaders = { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`, baggage };
  // What the worker's Nexus handler does with a caller's headers before it starts the run.
  const callerContext = propagation.extract(ROOT_CONTEXT, callerHeaders);
  const client = new Client({
    connection: server.client.connection,
    namespace: 'default',
    interceptors: tracing.workerOptions(false).interceptors.client,
  });
  const handle = await context.with(callerContext, () =>
    client.workflow.start('gongHealthCheck', {
      taskQueue: uniqueTaskQueue('trace-context-only'),
      workflowId: uniqueWorkflowId('trace-context-only'),
      args: [{ connectionId: 'acme' }],
    }),
  );
  try {
    const { events } = await handle.fetchHistory();
    const header = events?.[0]?.workflowExecutionStartedEventAttributes?.header?.fields?.[TRACE_HEADER];
    expect(header).toBeDefined();
    const carried = defaultPayloadConverter.fromPayload<Record<string, string>>(header!);
    expect(Object.keys(carried)).toEqual(['traceparent']);
    expect(carried.traceparent).toContain(traceId);
  } finally {
    await handle.terminate();
  }
});
