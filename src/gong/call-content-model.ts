/**
 * The product's own view of one Gong call and its AI content: what the answerers read and what
 * workflows return. Built from a `POST /v2/calls/extensive` item by {@link toCallContent}.
 */

/** A person on the call, with the organisation Gong associates with them. */
export interface CallParticipant {
  name: string | null;
  emailAddress: string | null;
  title: string | null;
  /** Gong's `Internal` / `External` / `Unknown`. */
  affiliation: string | null;
  /** Company names from the party's CRM context (objectType `Account`), when Gong has them. */
  crmAccounts: string[];
  speakerId: string | null;
}

/** Talk time of one speaker, resolved to a participant name when possible. */
export interface CallSpeaker {
  speakerId: string;
  name: string | null;
  talkTimeSeconds: number;
}

/** A titled list of short texts, as Gong returns outlines and highlights. */
export interface ContentSection {
  title: string;
  items: string[];
}

/** Gong's AI content for one call. Blocks Gong did not compute are empty or null. */
export interface CallContent {
  callId: string;
  title: string;
  started: string;
  url: string;
  durationSeconds: number | null;
  brief: string | null;
  outline: ContentSection[];
  highlights: ContentSection[];
  keyPoints: string[];
  /** Deprecated by Gong; present only for tenants that still return it. */
  pointsOfInterest: { actionItems: string[] } | null;
  callOutcome: { name: string; category: string | null } | null;
  topics: { name: string; durationSeconds: number }[];
  participants: CallParticipant[];
  speakers: CallSpeaker[];
}
