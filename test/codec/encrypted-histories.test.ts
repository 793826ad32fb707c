import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerQuestionAboutCustomerCall,
  gongApiRequest,
  runHealthCheck,
  scheduleHealthCheck,
  startAnswerQuestion,
  startGetCallContent,
  startGetCallTranscripts,
  startGongApiRequest,
  startSearchCalls,
  unscheduleHealthCheck,
} from '../../src/client';
import {
  createEncryptionCodec,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
} from '../../src/adapters/codec';
import type { SimCall } from '../../tools/simulator';
import { callDaysAgo, fillerCalls } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import {
  isPatchMarker,
  isSearchAttribute,
  payloadsIn,
  payloadsText,
  readableText,
} from '../support/raw-payloads';

const KEY_A = generateEncryptionKeyEntry('key-a');
const codec = createEncryptionCodec(parseEncryptionKeys(KEY_A));

const CUSTOMER = 'Zephyrine Holdings';
const QUESTION = 'What did they say about the Borealis rollout budget?';
const CALL_TITLE = 'Zephyrine Holdings renewal QBR';
const BRIEF = 'Zephyrine weighed the Borealis rollout against a frozen budget for the quarter.';
const KEY_POINT = 'Borealis rollout budget is capped at ninety thousand this year.';
const SENTENCE = 'Honestly our procurement team wants the Borealis discount in writing.';
const GONG_ERROR = 'Workspace Q7731 is locked pending compliance review';
const CONNECTION = 'sealed';

let h: GongHarness;
let call: SimCall;
beforeAll(async () => {
  h = await startGongHarness({}, { payloadEncryptionKeys: KEY_A });
  await h.addConnection(CONNECTION);
  call = callDaysAgo(3, {
    title: CALL_TITLE,
    content: { brief: BRIEF, keyPoints: [{ text: KEY_POINT }] },
  });
  const firstMonologue = call.transcript[0];
  if (firstMonologue?.sentences[0]) firstMonologue.sentences[0].text = SENTENCE;
  h.simulator.dataSet.calls = [call, ...fillerCalls(4)];
});
afterAll(() => h?.close());

/** Customer data that must never be readable on the server. */
const sensitive = (extra: string[] = []) => [
  CUSTOMER,
  QUESTION,
  CALL_TITLE,
  BRIEF,
  KEY_POINT,
  SENTENCE,
  ...extra,
];

/**
 * Fetches the run's history with the client that has no codec, checks every payload but the
 * search attributes is this codec's ciphertext and that none of `secrets` is readable, then
 * decodes every payload and returns the decoded text.
 */
async function expectSealed(workflowId: string, secrets: string[]): Promise<string> {
  const history = await h.rawClient.workflow.getHandle(workflowId).fetchHistory();
  const raw = readableText(history);
  expect(raw.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(raw).not.toContain(secret);
  // No stack trace either: they name files and functions, and quote messages.
  expect(raw).not.toMatch(/\.ts:\d+:\d+/);
  const found = payloadsIn(history).filter((each) => !isSearchAttribute(each));
  // A patch marker holds a patch id of the workflow's code and nothing else.
  for (const { payload } of found.filter(isPatchMarker))
    expect(Buffer.from(payload.data ?? new Uint8Array()).toString('utf8')).toMatch(
      /^\{"id":"[a-z-]+","deprecated":(true|false)\}$/,
    );
  const sealed = found.filter((each) => !isPatchMarker(each));
  expect(sealed.length).toBeGreaterThan(1);
  for (const { path, payload } of sealed)
    expect({ path, encrypted: codec.isEncrypted(payload) }).toEqual({ path, encrypted: true });
  return payloadsText(await codec.decode(sealed.map((found) => found.payload)));
}

describe('with PAYLOAD_ENCRYPTION_KEYS set, the server stores no customer data in plain text', () => {
  it('an answer run: customer, question, answer, call titles and briefs are sealed, and decode with the codec', async () => {
    const { handle, result } = await h.withWorker(async (taskQueue) => {
      const handle = await startAnswerQuestion(
        h.client,
        { connectionId: CONNECTION, customerName: CUSTOMER, question: QUESTION },
        { taskQueue },
      );
      return { handle, result: await handle.result() };
    });
    expect(result.citations.length).toBeGreaterThan(0);
    expect(handle.workflowId).not.toMatch(/zephyrine/i);

    const decoded = await expectSealed(handle.workflowId, sensitive([result.answer]));
    // The run's summary, the activities' summaries, input and result are all in there, decoded.
    expect(decoded).toContain(JSON.stringify(`Answer a pricing question from Gong connection ${CONNECTION}`));
    expect(decoded).toContain(JSON.stringify("Find the customer's calls in the last 90 days"));
    expect(decoded).toContain(JSON.stringify(result.answer).slice(1, -1));
    expect(decoded).toContain(CALL_TITLE);
  });

  it("a failed answer run: Gong's error message and the stack trace are sealed too", async () => {
    h.simulator.injectFault({
      method: 'POST',
      path: '/v2/calls/extensive',
      status: 400,
      errors: [GONG_ERROR],
    });
    const { workflowId, message } = await h.withWorker(async (taskQueue) => {
      const handle = await startAnswerQuestion(
        h.client,
        { connectionId: CONNECTION, customerName: CUSTOMER, question: QUESTION },
        { taskQueue },
      );
      const error = await handle.result().then(
        () => null,
        (e: unknown) => e,
      );
      return { workflowId: handle.workflowId, message: causeMessages(error) };
    });
    // The client with the codec still shows the operator Gong's message.
    expect(message).toContain(GONG_ERROR);
    const decoded = await expectSealed(workflowId, sensitive([GONG_ERROR]));
    expect(decoded).toContain(GONG_ERROR);
    expect(decoded).toMatch(/"stack_trace":"[^"]*\.ts:\d+:\d+/);
  });

  it('the tool runs (search, content, transcripts, Gong API request) are sealed', async () => {
    const now = Date.now();
    const handles: WorkflowHandle[] = await h.withWorker(async (taskQueue) => {
      const started = [
        await startSearchCalls(
          h.client,
          {
            connectionId: CONNECTION,
            fromDateTime: new Date(now - 10 * 86_400_000).toISOString(),
            toDateTime: new Date(now).toISOString(),
          },
          { taskQueue },
        ),
        await startGetCallContent(
          h.client,
          { connectionId: CONNECTION, callIds: [call.metaData.id] },
          { taskQueue },
        ),
        await startGetCallTranscripts(
          h.client,
          { connectionId: CONNECTION, callIds: [call.metaData.id] },
          { taskQueue },
        ),
        await startGongApiRequest(
          h.client,
          {
            connectionId: CONNECTION,
            method: 'POST',
            path: '/v2/calls/transcript',
            body: { filter: { callIds: [call.metaData.id] } },
          },
          { taskQueue },
        ),
      ];
      for (const handle of started) await handle.result();
      return started;
    });
    const decoded = await Promise.all(handles.map((handle) => expectSealed(handle.workflowId, sensitive())));
    const [search, content, transcripts, request] = decoded;
    expect(search).toContain(CALL_TITLE);
    expect(content).toContain(BRIEF);
    expect(transcripts).toContain(SENTENCE);
    expect(request).toContain(SENTENCE);
  });

  it("a failed health check: Gong's error message is sealed", async () => {
    h.simulator.injectFault({ path: '/v2/users', status: 403, errors: [GONG_ERROR] });
    const workflowId = `gong-health-${CONNECTION}-sealed-${Date.now()}`;
    const message = await h.withWorker((taskQueue) =>
      runHealthCheck(h.client, { connectionId: CONNECTION }, { taskQueue, workflowId }).then(
        () => null,
        (e: unknown) => causeMessages(e),
      ),
    );
    expect(message).toContain(GONG_ERROR);
    expect(await expectSealed(workflowId, [GONG_ERROR])).toContain(GONG_ERROR);
  });

  it("a scheduled health check and its Schedule's action are sealed, and runs are found by GongConnectionId", async () => {
    const connectionId = `${CONNECTION}-scheduled`;
    await h.addConnection(connectionId);
    await h.withWorker(async (taskQueue) => {
      const { scheduleId } = await scheduleHealthCheck(
        h.client,
        { connectionId, every: '1h' },
        { taskQueue },
      );
      try {
        const raw = await h.rawClient.connection.workflowService.describeSchedule({
          namespace: 'default',
          scheduleId,
        });
        const action = raw.schedule?.action?.startWorkflow;
        const actionPayloads = payloadsIn(action).filter((found) => !isSearchAttribute(found));
        expect(actionPayloads.map((found) => found.path).sort()).toEqual([
          '.input.payloads.0',
          '.userMetadata.summary',
        ]);
        expect(actionPayloads.every((found) => codec.isEncrypted(found.payload))).toBe(true);
        expect(readableText(action?.searchAttributes)).toContain(connectionId);

        await h.client.schedule.getHandle(scheduleId).trigger();
        const runId = await waitFor(async () => {
          const description = await h.client.schedule.getHandle(scheduleId).describe();
          const first = description.info.recentActions[0]?.action;
          return first?.type === 'startWorkflow' ? first.workflow.workflowId : undefined;
        });
        await h.client.workflow.getHandle(runId).result();
        const decoded = await expectSealed(runId, []);
        expect(decoded).toContain(`Scheduled health check of Gong connection ${connectionId}`);

        const listed = await waitFor(async () => {
          const ids: string[] = [];
          for await (const run of h.rawClient.workflow.list({
            query: `GongConnectionId = "${connectionId}"`,
          })) {
            ids.push(run.workflowId);
          }
          return ids.includes(runId) ? ids : undefined;
        });
        expect(listed).toContain(runId);
      } finally {
        await unscheduleHealthCheck(h.client, { connectionId });
      }
    });
  });
});

describe('key rotation', () => {
  it('a run written under key A is read after PAYLOAD_ENCRYPTION_KEYS becomes B,A', async () => {
    const input = { connectionId: CONNECTION, customerName: CUSTOMER, question: QUESTION };
    const { workflowId, result } = await h.withWorker(async (taskQueue) => {
      const handle = await startAnswerQuestion(h.client, input, { taskQueue });
      return { workflowId: handle.workflowId, result: await handle.result() };
    });
    const rotated = await startGongHarness(
      {},
      { payloadEncryptionKeys: `${generateEncryptionKeyEntry('key-b')},${KEY_A}` },
    );
    try {
      expect(await rotated.client.workflow.getHandle(workflowId).result()).toEqual(result);
      // New runs are written under B, and still answered.
      await rotated.addConnection(CONNECTION);
      rotated.simulator.dataSet.calls = h.simulator.dataSet.calls;
      const answer = await rotated.withWorker((taskQueue) =>
        answerQuestionAboutCustomerCall(rotated.client, input, { taskQueue }),
      );
      expect(answer.answer).toBe(result.answer);
    } finally {
      await rotated.close();
    }
  });

  it('a run written under a key no longer held fails to decode, naming the key id', async () => {
    const { workflowId } = await h.withWorker(async (taskQueue) => {
      const handle = await startGetCallTranscripts(
        h.client,
        { connectionId: CONNECTION, callIds: [call.metaData.id] },
        { taskQueue },
      );
      await handle.result();
      return handle;
    });
    const other = await startGongHarness({}, { payloadEncryptionKeys: generateEncryptionKeyEntry('key-c') });
    try {
      await expect(other.client.workflow.getHandle(workflowId).result()).rejects.toThrow(
        /encrypted with key id "key-a", which PAYLOAD_ENCRYPTION_KEYS does not hold \(it holds: key-c\)/,
      );
    } finally {
      await other.close();
    }
  });

  it("a run's stored ciphertext altered by one byte fails authentication", async () => {
    const workflowId = await h.withWorker(async (taskQueue) => {
      const handle = await startGetCallTranscripts(
        h.client,
        { connectionId: CONNECTION, callIds: [call.metaData.id] },
        { taskQueue },
      );
      await handle.result();
      return handle.workflowId;
    });
    const history = await h.rawClient.workflow.getHandle(workflowId).fetchHistory();
    const sealed = payloadsIn(history).filter((found) => codec.isEncrypted(found.payload));
    const result = sealed.find((found) => found.path.includes('workflowExecutionCompletedEventAttributes'));
    expect(await codec.decode([result?.payload ?? {}]).then(payloadsText)).toContain(SENTENCE);

    const altered = Buffer.from(result?.payload.data ?? []);
    altered[40] = (altered[40] ?? 0) ^ 0x01;
    await expect(codec.decode([{ ...result?.payload, data: altered }])).rejects.toThrow(
      /Encrypted payload \(key id "key-a"\) failed authentication: it was altered/,
    );
  });
});

it('a Gong API request still works end to end with the codec on', async () => {
  const result = await h.withWorker((taskQueue) =>
    gongApiRequest(h.client, { connectionId: CONNECTION, method: 'GET', path: '/v2/users' }, { taskQueue }),
  );
  expect(result.status).toBe(200);
});

function causeMessages(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
  return messages.join(' <- ');
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
