import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallContent } from '../../src/gong/call-content-model';
import { GongClient } from '../../src/gong/client';
import { readTranscriptsForCalls } from '../../src/gong/read-transcripts';
import { routeToSimulator } from '../../src/app/simulator-route';
import {
  buildSimCall,
  DEFAULT_SIM_ACCOUNT,
  startGongSimulator,
  type GongSimulator,
} from '../../tools/simulator';

let sim: GongSimulator;
let client: GongClient;
beforeAll(async () => {
  sim = await startGongSimulator({ requestsPerSecond: 1000 });
  client = new GongClient({
    credentials: { baseUrl: 'us-12345.api.gong.io', ...DEFAULT_SIM_ACCOUNT },
    fetch: routeToSimulator(
      sim.url,
      (input, init) => fetch(input, init),
      () => undefined,
    ),
    timeoutMs: 5_000,
  });
});
afterAll(() => sim.stop());
beforeEach(() => sim.clearRequests());

/** A call with one participant who says `lines`, and its content naming that participant. */
function callSaying(id: string, lines: string[]): { content: CallContent } {
  const call = buildSimCall({ id, title: `Call ${id}` });
  const speakerId = call.parties?.[1]?.speakerId ?? '';
  call.transcript = [
    {
      speakerId,
      topic: null,
      sentences: lines.map((text, i) => ({ start: i * 5000, end: i * 5000 + 4000, text })),
    },
  ];
  sim.dataSet.calls.push(call);
  const content: CallContent = {
    callId: id,
    title: call.metaData.title,
    started: call.metaData.started,
    url: call.metaData.url,
    durationSeconds: call.metaData.duration,
    brief: null,
    outline: [],
    highlights: [],
    keyPoints: [],
    pointsOfInterest: null,
    callOutcome: null,
    topics: [],
    participants: [
      {
        name: 'Casey Customer',
        emailAddress: null,
        title: null,
        affiliation: 'External',
        crmAccounts: [],
        speakerId,
      },
    ],
    speakers: [],
  };
  return { content };
}

describe('reading transcripts for an answer', () => {
  it('reads 150 calls in two requests and names speakers from the call content', async () => {
    sim.dataSet.calls = [];
    const calls = Array.from({ length: 150 }, (_, i) => callSaying(String(5000 + i), ['Hello.']).content);
    const transcripts = await readTranscriptsForCalls(client, calls);
    expect(sim.requests.map((r) => r.path)).toEqual(['/v2/calls/transcript', '/v2/calls/transcript']);
    expect(transcripts).toHaveLength(150);
    expect(transcripts[0]?.sentences[0]).toMatchObject({ speakerName: 'Casey Customer', text: 'Hello.' });
  });

  it('keeps each call and the whole within the size limits, cutting at a sentence', async () => {
    sim.dataSet.calls = [];
    const long = Array.from({ length: 10 }, (_, i) => `Sentence number ${i} is here.`);
    const calls = ['1', '2', '3'].map((id) => callSaying(`600${id}`, long).content);
    const transcripts = await readTranscriptsForCalls(client, calls, undefined, {
      maxCharsPerCall: 100,
      maxTotalChars: 250,
    });
    const sizes = transcripts.map((t) => t.sentences.reduce((sum, s) => sum + s.text.length, 0));
    expect(sizes.every((size) => size <= 100)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(250);
    expect(transcripts[0]?.sentences.map((s) => s.text)).toEqual(long.slice(0, 3));
  });
});
