import { randomUUID } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { Client } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall, tracingClientInterceptors } from '../../src/client';
import type { AnswerQuestionResult } from '../../src/api/answer-question';
import { callDaysAgo } from '../support/call-fixtures';
import { citeFirstCall, startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import {
  findJaeger,
  serviceOf,
  spansNamed,
  startJaeger,
  tagOf,
  traceWhen,
  tracesOf,
  type Jaeger,
  type JaegerTrace,
} from '../../tools/jaeger';
import { secretForms } from '../support/secret-scan';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

const ACCESS_KEY = 'TRACINGKEY1234567';
const ACCESS_KEY_SECRET = 'tracing-secret-value-5e8a2b';
const CUSTOMER = 'Zephyrine Logistics';
const QUESTION = 'Which warehouses did they want to automate first?';
const KEY_POINT = 'Zephyrine wants the Rotterdam warehouse automated before the Antwerp one.';
const MODEL = 'gpt-traced-test';
/** What the model server says the answer cost; the model call span must say the same. */
const REPORTED_USAGE = { prompt_tokens: 2345, completion_tokens: 67 };

const run = randomUUID().slice(0, 8);
const WORKER_SERVICE = `gong-worker-${run}`;
const PLATFORM_SERVICE = `platform-${run}`;

let h: GongHarness;
let openAi: FakeOpenAiServer;
let jaeger: Jaeger;
let worker: WorkerProcess;
let platform: NodeTracerProvider;
let traceId: string;
let result: AnswerQuestionResult;
let traced: JaegerTrace;

beforeAll(async () => {
  jaeger = await startJaeger(await findJaeger((line) => console.log(`[jaeger] ${line}`)));
  h = await startGongHarness({ accounts: [{ accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET }] });
  await h.addConnection('conn-traced', { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET });
  h.simulator.dataSet.calls = [
    callDaysAgo(3, { title: `${CUSTOMER} rollout plan`, content: { keyPoints: [{ text: KEY_POINT }] } }),
    callDaysAgo(5, { title: `${CUSTOMER} discovery`, content: { keyPoints: [{ text: KEY_POINT }] } }),
  ];
  openAi = await startFakeOpenAiServer();
  openAi.setDefault((body) => ({ ...citeFirstCall(body), usage: REPORTED_USAGE }));
  const taskQueue = uniqueTaskQueue('traced');
  worker = await startWorkerProcess({
    ...h.workerProcessEnv(taskQueue),
    OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
    OTEL_SERVICE_NAME: WORKER_SERVICE,
    OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=test',
    OTEL_BSP_SCHEDULE_DELAY: '200',
    OPENAI_API_KEY: 'sk-traced-not-real',
    OPENAI_BASE_URL: openAi.baseUrl,
    OPENAI_MODEL: MODEL,
    OPENAI_FALLBACK: 'fail',
  });

  // The platform's side: its own tracer provider, its own span, the client interceptor.
  platform = new NodeTracerProvider({
    resource: new Resource({ 'service.name': PLATFORM_SERVICE }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${jaeger.otlpEndpoint}/v1/traces` })),
    ],
  });
  platform.register();
  const client = new Client({
    connection: h.client.connection,
    interceptors: await tracingClientInterceptors(),
  });
  await trace.getTracer('platform').startActiveSpan('platform run', async (span) => {
    traceId = span.spanContext().traceId;
    try {
      result = await answerQuestionAboutCustomerCall(
        client,
        { connectionId: 'conn-traced', customerName: CUSTOMER, question: QUESTION },
        { taskQueue },
      );
    } finally {
      span.end();
    }
  });
  await platform.forceFlush();
  // Workflow spans leave through a sink, activity spans in batches: wait for every one.
  traced = await traceWhen(
    jaeger,
    traceId,
    (t) => RUN_SPANS.every((name) => spansNamed(t, name).length > 0),
    60_000,
  );
}, 600_000);

afterAll(async () => {
  await worker?.kill();
  await platform?.shutdown();
  await openAi?.stop();
  await h?.close();
  await jaeger?.stop();
});

/** The spans one answer run makes, from the platform's span to the model call. */
const RUN_SPANS = [
  'platform run',
  'StartWorkflow:answerQuestionAboutCustomerCall',
  'RunWorkflow:answerQuestionAboutCustomerCall',
  'StartActivity:findCustomerCalls',
  'RunActivity:findCustomerCalls',
  'StartActivity:answerFromCalls',
  'RunActivity:answerFromCalls',
  'model call',
];

it('follows one platform run in one trace from the client through the workflow and its activities', () => {
  expect(result.status).toBe('answered');
  const names = traced.spans.map((span) => span.operationName);
  expect(names).toEqual(expect.arrayContaining(RUN_SPANS));
  expect(traced.spans.every((span) => span.traceID === traceId)).toBe(true);
  const [root] = spansNamed(traced, 'platform run');
  expect(root && serviceOf(traced, root)).toBe(PLATFORM_SERVICE);
  const [workflow] = spansNamed(traced, 'RunWorkflow:answerQuestionAboutCustomerCall');
  expect(workflow && serviceOf(traced, workflow)).toBe(WORKER_SERVICE);
});

it('has one span per Gong request, under the activity that sent it, with what Gong answered', () => {
  const gongSpans = traced.spans.filter((span) => tagOf(span, 'url.template') !== undefined);
  const describe = (method: unknown, path: unknown, status: unknown) =>
    `${String(method)} ${String(path)} ${String(status)}`;
  // What Gong (the simulator) saw and answered, request by request, is what the spans say.
  expect(
    gongSpans
      .map((span) =>
        describe(
          tagOf(span, 'http.request.method'),
          tagOf(span, 'url.template'),
          tagOf(span, 'http.response.status_code'),
        ),
      )
      .sort(),
  ).toEqual(
    h.simulator.requests.map((request) => describe(request.method, request.path, request.status)).sort(),
  );
  const activities = new Map(
    traced.spans
      .filter((span) => span.operationName.startsWith('RunActivity:'))
      .map((span) => [span.spanID, span]),
  );
  for (const span of gongSpans) {
    const parent = span.references.find((ref) => ref.refType === 'CHILD_OF');
    expect(parent && activities.has(parent.spanID), span.operationName).toBe(true);
    expect(tagOf(span, 'gong.request_id')).toEqual(expect.any(String));
    expect(tagOf(span, 'gong.activity.attempt')).toBe(1);
    expect(tagOf(span, 'server.address')).toBe('us-12345.api.gong.io');
    expect(tagOf(span, 'http.response.body.size')).toBeGreaterThan(0);
  }
  expect(spansNamed(traced, 'gong pacer wait')).toHaveLength(gongSpans.length);
});

it('puts the model and the tokens the model server reported on the model call span', () => {
  const [model] = spansNamed(traced, 'model call');
  expect(openAi.requests).toHaveLength(1);
  expect(model && serviceOf(traced, model)).toBe(WORKER_SERVICE);
  expect(model && tagOf(model, 'gen_ai.request.model')).toBe(MODEL);
  expect(model && tagOf(model, 'gen_ai.usage.input_tokens')).toBe(REPORTED_USAGE.prompt_tokens);
  expect(model && tagOf(model, 'gen_ai.usage.output_tokens')).toBe(REPORTED_USAGE.completion_tokens);
});

it('carries the resource the OpenTelemetry variables give', () => {
  const [workflow] = spansNamed(traced, 'RunWorkflow:answerQuestionAboutCustomerCall');
  const process = workflow ? traced.processes[workflow.processID] : undefined;
  expect(process?.tags).toEqual(
    expect.arrayContaining([{ key: 'deployment.environment', type: 'string', value: 'test' }]),
  );
});

it('exports no key, secret, customer name, question, answer or call content in any span', async () => {
  const everything = JSON.stringify([
    ...(await tracesOf(jaeger, WORKER_SERVICE)),
    ...(await tracesOf(jaeger, PLATFORM_SERVICE)),
  ]);
  expect(everything).toContain(traceId);
  for (const secret of [ACCESS_KEY, ACCESS_KEY_SECRET]) {
    for (const form of secretForms(secret)) expect(everything).not.toContain(form);
  }
  const forbidden = [CUSTOMER, 'Zephyrine', QUESTION, 'warehouses', KEY_POINT, 'Rotterdam', result.answer];
  for (const text of forbidden) expect(everything.toLowerCase()).not.toContain(text.toLowerCase());
});
