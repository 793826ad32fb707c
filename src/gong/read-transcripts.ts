import type { CallContent } from './call-content-model';
import { toCallTranscript, type CallTranscript } from './call-transcript';
import { paginate, type GongClient } from './client';

/** Gong accepts up to 100 call ids per transcript request. */
const CALL_IDS_PER_REQUEST = 100;

/** How much transcript text is kept for answering, so a long call cannot exhaust memory or a prompt. */
export interface TranscriptLimits {
  /** Characters kept per call, from the start of the call; default 40 000 (about 45 minutes of talk). */
  maxCharsPerCall?: number;
  /** Characters kept over all calls; default 400 000. */
  maxTotalChars?: number;
}

/**
 * Reads the transcripts of `calls` (`POST /v2/calls/transcript`, one request per 100 calls) and
 * names each sentence's speaker from the call's participants, which the content already holds, so
 * no further request is needed. Calls Gong has no transcript for are left out. Text beyond the
 * limits is cut at a sentence boundary.
 */
export async function readTranscriptsForCalls(
  client: GongClient,
  calls: readonly CallContent[],
  signal?: AbortSignal,
  limits: TranscriptLimits = {},
): Promise<CallTranscript[]> {
  const { maxCharsPerCall = 40_000, maxTotalChars = 400_000 } = limits;
  const byId = new Map(calls.map((call) => [call.callId, call]));
  const ids = [...byId.keys()];
  const transcripts = new Map<string, CallTranscript>();
  for (let start = 0; start < ids.length; start += CALL_IDS_PER_REQUEST) {
    const callIds = ids.slice(start, start + CALL_IDS_PER_REQUEST);
    for await (const page of paginate((cursor) => client.listTranscripts({ callIds }, cursor, signal))) {
      for (const item of page.items) {
        const call = byId.get(item.callId);
        if (call) transcripts.set(item.callId, toCallTranscript(item, speakersOf(call)));
      }
    }
  }
  let budget = maxTotalChars;
  return ids.flatMap((id) => {
    const transcript = transcripts.get(id);
    if (!transcript || budget <= 0) return [];
    const kept = keepWithin(transcript, Math.min(maxCharsPerCall, budget));
    budget -= kept.sentences.reduce((sum, s) => sum + s.text.length, 0);
    return [kept];
  });
}

/** Speaker id → the participant's name (or email), from the call content's participants. */
function speakersOf(call: CallContent): Map<string, string> {
  const names = new Map<string, string>();
  for (const participant of call.participants) {
    const name = participant.name || participant.emailAddress;
    if (participant.speakerId && name) names.set(participant.speakerId, name);
  }
  return names;
}

/** The transcript's first sentences that fit in `maxChars`. */
function keepWithin(transcript: CallTranscript, maxChars: number): CallTranscript {
  let used = 0;
  const sentences = [];
  for (const sentence of transcript.sentences) {
    if (used + sentence.text.length > maxChars) break;
    used += sentence.text.length;
    sentences.push(sentence);
  }
  return { callId: transcript.callId, sentences };
}
