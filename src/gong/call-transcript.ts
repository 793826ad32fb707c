import type { GongCallTranscript, GongParty } from './schemas';

/** One sentence of a transcript, with its speaker named when Gong knows who spoke. */
interface TranscriptSentence {
  speakerId: string | null;
  /** The party's name (or email) from the call's parties; null when Gong cannot tell. */
  speakerName: string | null;
  /** Milliseconds from the start of the call. */
  start: number;
  end: number;
  text: string;
  /** Gong's topic of the monologue the sentence belongs to. */
  topic: string | null;
}

/** A call's transcript as one list of sentences in spoken order. */
export interface CallTranscript {
  callId: string;
  sentences: TranscriptSentence[];
}

/** Speaker id → name, from a call's parties (`POST /v2/calls/extensive`). */
export function speakerNames(parties: GongParty[] | null | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const party of parties ?? []) {
    const name = party.name || party.emailAddress;
    if (party.speakerId && name) names.set(party.speakerId, name);
  }
  return names;
}

/** Flattens Gong's monologues into sentences, naming each speaker from `names`. */
export function toCallTranscript(transcript: GongCallTranscript, names: Map<string, string>): CallTranscript {
  const sentences = (transcript.transcript ?? []).flatMap((monologue) =>
    (monologue.sentences ?? []).map((sentence) => ({
      speakerId: monologue.speakerId ?? null,
      speakerName: monologue.speakerId ? (names.get(monologue.speakerId) ?? null) : null,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      topic: monologue.topic ?? null,
    })),
  );
  return { callId: transcript.callId, sentences: sentences.sort((a, b) => a.start - b.start) };
}
