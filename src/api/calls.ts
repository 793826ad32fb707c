/**
 * The calls as the platform sees them in results: the public contract, defined here and mapped
 * onto by the worker, so a change of the worker's own Gong model cannot change it unnoticed.
 */

/** A call as results show it and cite it. */
export interface CallReference {
  callId: string;
  title: string;
  started: string;
  url: string;
}

/** What identified a call as the customer's. */
export interface MatchReason {
  field: 'title' | 'participant_name' | 'email_domain' | 'crm_account';
  value: string;
}

/** A call of the customer's that was analyzed, with what identified it. */
export interface MatchedCall extends CallReference {
  matchedOn: MatchReason[];
}

/** One call of a listing: what a person needs to pick calls before reading their content. */
export interface CallSummary {
  id: string;
  title: string;
  started: string;
  /** Seconds; null when Gong does not know it. */
  duration: number | null;
  url: string;
  /** Gong's `Inbound` / `Outbound` / `Conference` / `Unknown`. */
  direction: string | null;
  /** Gong's `Internal` / `External` / `Unknown`. */
  scope: string | null;
}

/** The blocks of Gong's AI content a caller may ask for; metadata, parties and speakers always come. */
export const CONTENT_BLOCKS = [
  'brief',
  'outline',
  'highlights',
  'keyPoints',
  'callOutcome',
  'topics',
  'pointsOfInterest',
] as const;

/** One block of {@link CONTENT_BLOCKS}. */
export type ContentBlock = (typeof CONTENT_BLOCKS)[number];

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

/** One sentence of a transcript, with its speaker named when Gong knows who spoke. */
export interface TranscriptSentence {
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
