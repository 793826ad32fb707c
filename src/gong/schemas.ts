import { z } from 'zod';

/**
 * zod schemas of the Gong API v2 responses the product reads. Objects are loose (Gong adds
 * fields without notice) and every optional field accepts `null`, as Gong sends it.
 */

const text = z.string().nullish();

/** Gong's `records` paging block. */
const recordsSchema = z.looseObject({
  totalRecords: z.number().int().nonnegative(),
  currentPageSize: z.number().int().nonnegative(),
  currentPageNumber: z.number().int().nonnegative(),
  cursor: text,
});
/** Gong's paging block: totals, page number and the cursor of the next page. */
export type GongRecords = z.infer<typeof recordsSchema>;

/** The error envelope Gong uses for every non-2xx status. */
export const errorEnvelopeSchema = z.looseObject({
  requestId: text,
  errors: z.array(z.string()).nullish(),
});

/** A user of the Gong account, as `GET /v2/users` lists it. */
const userSchema = z.looseObject({
  id: z.string(),
  emailAddress: text,
  firstName: text,
  lastName: text,
  title: text,
  active: z.boolean().nullish(),
  created: text,
});
/** A user of the Gong account. */
export type GongUser = z.infer<typeof userSchema>;

/** One page of `GET /v2/users`. */
export const usersPageSchema = z.looseObject({
  requestId: text,
  records: recordsSchema,
  users: z.array(userSchema),
});

/** Basic call data, as `GET /v2/calls` and the `metaData` of an extensive call have it. */
export const callMetaDataSchema = z.looseObject({
  id: z.string().regex(/^\d{1,20}$/, 'a numeric call id of up to 20 digits'),
  url: text,
  title: text,
  scheduled: text,
  started: z.string(),
  duration: z.number().nullish(),
  primaryUserId: text,
  direction: text,
  system: text,
  scope: text,
  media: text,
  language: text,
  workspaceId: text,
  purpose: text,
  meetingUrl: text,
  isPrivate: z.boolean().nullish(),
});
/** Basic call data: id, title, start, duration, URL and scope. */
export type GongCallMetaData = z.infer<typeof callMetaDataSchema>;

/**
 * One page of `GET /v2/calls`. Each call is validated on its own with {@link callMetaDataSchema},
 * so one call Gong cannot describe properly is skipped instead of sinking the page.
 */
export const callsPageSchema = z.looseObject({
  requestId: text,
  records: recordsSchema,
  calls: z.array(z.unknown()),
});

const crmFieldSchema = z.looseObject({ name: text, value: z.unknown() });
const crmObjectSchema = z.looseObject({
  objectType: text,
  objectId: text,
  fields: z.array(crmFieldSchema).nullish(),
});
/** CRM context Gong attaches to a call or a party (`[{system, objects[]}]`). */
export const crmContextSchema = z.looseObject({
  system: text,
  objects: z.array(crmObjectSchema).nullish(),
});
/** CRM context of a call or a party: the system and its objects. */
export type GongCrmContext = z.infer<typeof crmContextSchema>;

/** A participant of a call, internal or external, with its speaker id. */
const partySchema = z.looseObject({
  id: text,
  emailAddress: text,
  name: text,
  title: text,
  userId: text,
  speakerId: text,
  affiliation: text,
  phoneNumber: text,
  methods: z.array(z.string()).nullish(),
  context: z.array(crmContextSchema).nullish(),
});
/** A participant of a call. */
export type GongParty = z.infer<typeof partySchema>;

const sectionItemSchema = z.looseObject({ text: text });
/** Gong's AI content of a call: brief, outline, highlights, key points, outcome, topics. */
const contentSchema = z.looseObject({
  brief: text,
  outline: z
    .array(
      z.looseObject({
        section: text,
        startTime: z.number().nullish(),
        duration: z.number().nullish(),
        items: z.array(sectionItemSchema).nullish(),
      }),
    )
    .nullish(),
  highlights: z.array(z.looseObject({ title: text, items: z.array(sectionItemSchema).nullish() })).nullish(),
  keyPoints: z.array(sectionItemSchema).nullish(),
  callOutcome: z.looseObject({ id: text, category: text, name: text }).nullish(),
  topics: z.array(z.looseObject({ name: text, duration: z.number().nullish() })).nullish(),
  pointsOfInterest: z
    .looseObject({
      actionItems: z
        .array(
          z.looseObject({
            snippetStartTime: z.number().nullish(),
            snippetEndTime: z.number().nullish(),
            speakerID: text,
            snippet: text,
          }),
        )
        .nullish(),
    })
    .nullish(),
});

/** A call of `POST /v2/calls/extensive`: metadata plus what `contentSelector` asked for. */
export const extensiveCallSchema = z.looseObject({
  metaData: callMetaDataSchema,
  context: z.array(crmContextSchema).nullish(),
  parties: z.array(partySchema).nullish(),
  content: contentSchema.nullish(),
  interaction: z
    .looseObject({
      speakers: z.array(z.looseObject({ id: text, userId: text, talkTime: z.number().nullish() })).nullish(),
    })
    .nullish(),
});
/** A call with the parties, content and interaction `contentSelector` asked for. */
export type GongExtensiveCall = z.infer<typeof extensiveCallSchema>;

/** One page of `POST /v2/calls/extensive`; each call is validated on its own with {@link extensiveCallSchema}. */
export const extensiveCallsPageSchema = z.looseObject({
  requestId: text,
  records: recordsSchema,
  calls: z.array(z.unknown()),
});

/** One call's transcript of `POST /v2/calls/transcript`: monologues and their sentences. */
export const callTranscriptSchema = z.looseObject({
  callId: z.string(),
  transcript: z
    .array(
      z.looseObject({
        speakerId: text,
        topic: text,
        sentences: z.array(z.looseObject({ start: z.number(), end: z.number(), text: z.string() })).nullish(),
      }),
    )
    .nullish(),
});
/** One call's transcript: monologues by speaker, sentences with start and end in ms. */
export type GongCallTranscript = z.infer<typeof callTranscriptSchema>;

/** One page of `POST /v2/calls/transcript`; each transcript is validated on its own with {@link callTranscriptSchema}. */
export const transcriptsPageSchema = z.looseObject({
  requestId: text,
  records: recordsSchema,
  callTranscripts: z.array(z.unknown()),
});
