import { Resource } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { SerializableSpan } from '@temporalio/interceptors-opentelemetry';
import type { WorkflowInfo } from '@temporalio/workflow';
import { expect, it } from 'vitest';
import { workflowSpanExporter } from '../../src/app/telemetry/workflow-span-exporter';

const PREVIOUS_ANSWER = 'Globex agreed to pay $1,000,000 up front';

/** A workflow span as the workflow isolate hands it to the exporter sink. */
const span: SerializableSpan = {
  name: 'RunWorkflow:gongHealthCheck',
  kind: SpanKind.INTERNAL,
  spanContext: { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 },
  startTime: [1, 0],
  endTime: [2, 0],
  status: { code: SpanStatusCode.OK },
  attributes: {},
  links: [],
  events: [],
  duration: [1, 0],
  ended: true,
  droppedAttributesCount: 0,
  droppedLinksCount: 0,
  droppedEventsCount: 0,
  instrumentationLibrary: { name: '@temporalio/interceptors-opentelemetry' },
};

/** The info of a scheduled run: the decrypted result and failure of the run before, and a memo. */
const scheduledRunInfo = {
  workflowId: 'gong-health-acme-prod-2026-12-07T18:00:00Z',
  runId: 'run-1',
  workflowType: 'gongHealthCheck',
  taskQueue: 'gong',
  namespace: 'default',
  attempt: 1,
  lastResult: { answer: PREVIOUS_ANSWER },
  lastFailure: new Error(`the run before failed quoting ${PREVIOUS_ANSWER}`),
  memo: { customer: 'Globex' },
} as unknown as WorkflowInfo;

it("exports a scheduled run's workflow spans without the previous result, failure or memo", () => {
  const exporter = new InMemorySpanExporter();
  const sink = workflowSpanExporter(new SimpleSpanProcessor(exporter), Resource.default());
  void sink.export.fn(scheduledRunInfo, [structuredClone(span)]);
  const [exported] = exporter.getFinishedSpans();
  expect(exported?.attributes).toMatchObject({ workflowType: 'gongHealthCheck', runId: 'run-1' });
  for (const field of ['lastResult', 'lastFailure', 'memo'])
    expect(exported?.attributes).not.toHaveProperty(field);
  expect(JSON.stringify(exported?.attributes)).not.toMatch(/1,000,000|Globex/);
});
