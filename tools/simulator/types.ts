/**
 * The simulator's data model. Field names follow Gong's OpenAPI spec so that serving a response is a
 * projection, not a translation. `null` stands for "Gong sends null"; an absent optional block stands for
 * "Gong did not compute it".
 */

/** A seller-side Gong user, as `GET /v2/users` returns it. */
export interface SimUser {
  id: string;
  emailAddress: string;
  created: string;
  active: boolean;
  emailAliases: string[];
  trustedEmailAddress: string | null;
  firstName: string;
  lastName: string;
  title: string | null;
  phoneNumber: string | null;
  extension: string | null;
  personalMeetingUrls: string[];
  settings: {
    webConferencesRecorded: boolean;
    preventWebConferenceRecording: boolean;
    telephonyCallsImported: boolean;
    emailsImported: boolean;
    preventEmailImport: boolean;
    nonRecordedMeetingsImported: boolean;
    gongConnectEnabled: boolean;
  };
  managerId: string | null;
  meetingConsentPageUrl: string | null;
  spokenLanguages: { language: string; primary: boolean }[];
}

/** A customer company, with the facts its calls talk about. */
export interface SimCompany {
  /** CRM account id (Salesforce style). */
  crmAccountId: string;
  name: string;
  /** Short name used in call titles, e.g. "Acme Corp.". */
  shortName: string;
  domain: string;
  industry: string;
  /** Where the company's story goes: a new deal, or an existing customer heading for renewal. */
  journey: 'new-business' | 'renewal';
  /** People at the company who join calls; the first one is the champion. */
  contacts: SimContact[];
  facts: SimCompanyFacts;
}

/** A person at a customer company. */
export interface SimContact {
  name: string;
  emailAddress: string;
  title: string | null;
  /** CRM contact id (Salesforce style). */
  crmContactId: string;
}

/** Concrete deal facts that call content and transcripts mention, so questions have findable answers. */
export interface SimCompanyFacts {
  seats: number;
  listPricePerSeat: number;
  requestedDiscountPercent: number;
  /** What the customer has budgeted a year, below the price it asks for, so budget comes up on calls. */
  budget: number;
  competitor: string;
  securityRequirement: string;
  integration: string;
  goLiveQuarter: string;
  opportunityId: string;
  opportunityName: string;
  opportunityAmount: number;
}

/** Basic call data: every field of `GET /v2/calls` items and of `metaData` in `/v2/calls/extensive`. */
export interface SimCallMetaData {
  id: string;
  url: string;
  title: string;
  scheduled: string;
  started: string;
  duration: number;
  primaryUserId: string;
  direction: 'Inbound' | 'Outbound' | 'Conference' | 'Unknown';
  system: string;
  scope: 'Internal' | 'External' | 'Unknown';
  media: 'Video' | 'Audio';
  language: string;
  workspaceId: string;
  sdrDisposition: string | null;
  clientUniqueId: string | null;
  customData: string | null;
  purpose: string | null;
  meetingUrl: string | null;
  isPrivate: boolean;
  calendarEventId: string | null;
}

/** A field of a CRM object. */
export interface SimCrmField {
  name: string;
  value: string | number | boolean | null;
}

/** A CRM object attached to a call or a party. */
export interface SimCrmObject {
  objectType: string;
  objectId: string;
  fields: SimCrmField[];
}

/** CRM objects from one CRM system. */
export interface SimCrmContext {
  system: 'Salesforce' | 'HubSpot' | 'MicrosoftDynamic' | 'Generic';
  objects: SimCrmObject[];
}

/** A participant of a call. */
export interface SimParty {
  id: string;
  emailAddress: string | null;
  name: string | null;
  title: string | null;
  userId: string | null;
  speakerId: string | null;
  affiliation: 'Internal' | 'External' | 'Unknown';
  phoneNumber: string | null;
  methods: ('Invitee' | 'Attendee')[];
  context: SimCrmContext[];
}

/** An occurrence of a tracker phrase, in seconds from the call start. */
export interface SimTrackerOccurrence {
  startTime: number;
  speakerId: string;
}

/** A tracker Gong counted on the call. */
export interface SimTracker {
  id: string;
  name: string;
  count: number;
  type: 'KEYWORD' | 'SMART';
  occurrences: SimTrackerOccurrence[];
  phrases: { count: number; occurrences: SimTrackerOccurrence[]; phrase: string }[];
}

/** Gong's AI content. Each block is present only when Gong computed it. */
export interface SimCallContent {
  structure?: { name: string; duration: number }[];
  trackers?: SimTracker[];
  topics?: { name: string; duration: number }[];
  brief?: string;
  outline?: {
    section: string;
    startTime: number;
    duration: number;
    items: { text: string; startTime: number }[];
  }[];
  highlights?: { title: string; items: { text: string; startTimes: number[] }[] }[];
  callOutcome?: { id: string; category: string; name: string };
  keyPoints?: { text: string }[];
  /** Deprecated by Gong: only some (older) calls carry it. */
  pointsOfInterest?: {
    actionItems: { snippetStartTime: number; snippetEndTime: number; speakerID: string; snippet: string }[];
  };
}

/** Interaction measures of a call. */
export interface SimInteraction {
  speakers: { id: string; userId: string | null; talkTime: number }[];
  interactionStats: { name: string; value: number }[];
  video: { name: string; duration: number }[];
  questions: { companyCount: number; nonCompanyCount: number };
}

/** A public comment on a call. */
export interface SimComment {
  id: string;
  audioStartTime: number;
  audioEndTime: number;
  commenterUserId: string;
  comment: string;
  posted: string;
  inReplyTo: string | null;
  duringCall: boolean;
}

/** One sentence of a transcript; times are integer milliseconds from the call start. */
export interface SimSentence {
  start: number;
  end: number;
  text: string;
}

/** One monologue of a transcript. */
export interface SimMonologue {
  speakerId: string;
  topic: string | null;
  sentences: SimSentence[];
}

/** Everything the simulator serves about one call. */
export interface SimCall {
  metaData: SimCallMetaData;
  /** `null` for calls imported without participants: Gong then omits `parties`. */
  parties: SimParty[] | null;
  /** Call-level CRM objects (the `context` block of `/v2/calls/extensive`). */
  context: SimCrmContext[];
  content: SimCallContent;
  interaction: SimInteraction;
  publicComments: SimComment[];
  media: { audioUrl: string; videoUrl: string | null };
  transcript: SimMonologue[];
}

/** The data the simulator serves. Mutable: tests may replace `calls` or `users`. */
export interface SimDataSet {
  users: SimUser[];
  calls: SimCall[];
  companies: SimCompany[];
}
