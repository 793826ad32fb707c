import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailureTypes } from '../../src/api/failure-types';
import { generateEncryptionKeyEntry } from '../../src/adapters/codec';
import { startAnswerQuestion } from '../../src/client';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { failureOf } from '../support/failure-of';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { startOtlpCollector, type OtlpCollector } from '../support/otlp-collector';
import {
  startHostileModelServer,
  type HostileModelServer,
  type HostilePlay,
} from '../support/hostile-model-server';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

/** What the model is sent about the call, each of it what a model server's error body may echo. */
const TITLE = 'Quillfeather Robotics Oslo depot kickoff';
const PARTICIPANTS = ['Marisol Okonkwo-Vance', 'Ingmar Thorvaldsen-Pike'];
const BRIEF = 'Quillfeather will sign once the Oslo depot pilot clears ninety pallets an hour.';
const CALL_TEXT = [TITLE, ...PARTICIPANTS, BRIEF];

/** The message a model's HTTP 400 fails the answer with, before the server's own (cleaned) words. */
const MODEL_FAILURE = 'The model server answered HTTP 400';

/** A span as OTLP/JSON carries it, with only the fields read here. */
interface ExportedSpan {
  name: string;
  attributes?: { key: string; value: { stringValue?: string } }[];
  status?: { code?: number; message?: string };
  events?: { name: string; attributes?: { key: string; value: { stringValue?: string } }[] }[];
}

const SPAN_STATUS_ERROR = 2;

let h: GongHarness;
let model: HostileModelServer;
let collector: OtlpCollector;
let worker: WorkerProcess;
let taskQueue: string;

/** The spans exported so far. */
function spans(): ExportedSpan[] {
  return collector.exported
    .filter((e) => e.path === '/v1/traces')
    .flatMap((e) => {
      const body = JSON.parse(e.body) as {
        resourceSpans?: { scopeSpans?: { spans?: ExportedSpan[] }[] }[];
      };
      return (body.resourceSpans ?? []).flatMap((r) => (r.scopeSpans ?? []).flatMap((s) => s.spans ?? []));
    });
}

/** The answering activity's span of the run `workflowId`, once it has been exported. */
async function answeringSpan(workflowId: string): Promise<ExportedSpan> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const span = spans().find(
      (s) =>
        s.name === 'RunActivity:answerFromCalls' &&
        s.attributes?.some((a) => a.key === 'temporalWorkflowId' && a.value.stringValue === workflowId),
    );
    if (span) return span;
    if (Date.now() > deadline) throw new Error(`no answering span of ${workflowId} was exported`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  // Encrypted histories: the point is that nothing beside them holds the calls in plain text.
  const keys = generateEncryptionKeyEntry('key-a');
  h = await startGongHarness({}, { payloadEncryptionKeys: keys });
  await h.addConnection('acme-prod');
  h.simulator.dataSet.calls = [
    callDaysAgo(3, {
      title: TITLE,
      parties: PARTICIPANTS.map((name, i) => ({
        name,
        emailAddress: `person${i}@quillfeather.example`,
        affiliation: 'External' as const,
      })),
      content: { brief: BRIEF },
    }),
    ...fillerCalls(3),
  ];
  model = await startHostileModelServer();
  // An OTLP collector on loopback that keeps every export as it arrives.
  collector = await startOtlpCollector();
  taskQueue = uniqueTaskQueue('echoed-model-error');
  worker = await startWorkerProcess({
    ...h.workerProcessEnv(taskQueue),
    PAYLOAD_ENCRYPTION_KEYS: keys,
    LOG_FORMAT: 'json',
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '200',
    OPENAI_API_KEY: 'sk-echoed-not-real',
    OPENAI_BASE_URL: model.baseUrl,
    OPENAI_MODEL: 'hostile-1',
    // The model's failure ends the run: its message is what the logs and spans would carry.
    OPENAI_FALLBACK: 'fail',
  });
}, 120_000);
afterAll(async () => {
  await worker?.kill();
  await model?.stop();
  await collector?.close();
  await h?.close();
});

describe.each([
  ['echoes the whole request', 'echo-error'],
  ["quotes the prompt's call data first", 'echo-prompt-error'],
] satisfies [string, HostilePlay][])('a model server whose HTTP 400 error body %s', (_what, play) => {
  let workflowId: string;
  let failure: Awaited<ReturnType<typeof failureOf>>;
  let logLines: string[];

  beforeAll(async () => {
    model.setDefault(play);
    model.requests.length = 0;
    const logged = worker.output.join('').length;
    const handle = await startAnswerQuestion(
      h.client,
      { connectionId: 'acme-prod', customerName: 'Quillfeather', question: 'What did they promise?' },
      { taskQueue },
    );
    workflowId = handle.workflowId;
    failure = await failureOf(handle.result());
    await answeringSpan(workflowId);
    // The log arrives through the worker's stdout, apart from the spans: wait for the failure's line.
    const deadline = Date.now() + 10_000;
    while (!worker.output.join('').slice(logged).includes(MODEL_FAILURE) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    logLines = worker.output.join('').slice(logged).split('\n').filter(Boolean);
  }, 60_000);

  it('was sent the call text, and the run fails with the model kind', () => {
    const sent = model.requests.map((request) => request.body).join('\n');
    for (const text of CALL_TEXT) expect(sent).toContain(text);
    expect(failure.cause).toBeInstanceOf(ApplicationFailure);
    expect(failure.cause).toMatchObject({ type: FailureTypes.modelRejectedRequest });
  });

  it("leaves the calls' title, participants and brief out of the worker's JSON log lines, which report the failure", () => {
    const failed = logLines.filter((line) => line.includes(MODEL_FAILURE));
    expect(failed.length).toBeGreaterThan(0);
    for (const line of failed) expect(() => JSON.parse(line) as unknown).not.toThrow();
    const everything = logLines.join('\n');
    for (const text of CALL_TEXT) expect(everything).not.toContain(text);
  });

  it('leaves them out of the exported spans, whose status and exception event report the failure', async () => {
    const span = await answeringSpan(workflowId);
    expect(span.status).toMatchObject({ code: SPAN_STATUS_ERROR });
    expect(span.status?.message).toContain(MODEL_FAILURE);
    const exception = span.events?.find((event) => event.name === 'exception');
    const message = exception?.attributes?.find((a) => a.key === 'exception.message')?.value.stringValue;
    expect(message).toContain(MODEL_FAILURE);
    // Every byte sent to the collector: spans, their events, and the metrics beside them.
    const everything = collector.exported.map((e) => e.body).join('\n');
    for (const text of CALL_TEXT) expect(everything).not.toContain(text);
  });
});
