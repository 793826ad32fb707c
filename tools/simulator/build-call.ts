import { SELLER } from './catalog';
import type {
  SimCall,
  SimCallContent,
  SimCallMetaData,
  SimCrmContext,
  SimInteraction,
  SimMonologue,
  SimParty,
} from './types';
import { simulatedCallUrl, simulatedMediaUrl, SIM_WORKSPACE_ID, toGongDate } from './well-known';

/** What a test may specify about a call; everything else gets a sensible default. */
export interface BuildSimCallInput extends Partial<Omit<SimCallMetaData, 'started' | 'scheduled'>> {
  started?: string | Date;
  scheduled?: string | Date;
  /** `null` makes an imported call without parties. Missing party fields get defaults. */
  parties?: Partial<SimParty>[] | null;
  content?: SimCallContent;
  context?: SimCrmContext[];
  transcript?: SimMonologue[];
  interaction?: Partial<SimInteraction>;
}

const DEFAULT_STARTED = '2026-01-15T16:00:00Z';
let sequence = 0;

/** Builds a call for tests. Defaults: a 30-minute external Zoom call with one rep and one customer. */
export function buildSimCall(input: BuildSimCallInput = {}): SimCall {
  sequence += 1;
  const { parties: partiesInput, content, context, transcript, interaction, ...meta } = input;
  const id = meta.id ?? String(9_100_000_000_000_000_000n + BigInt(sequence));
  const started =
    typeof meta.started === 'string' ? meta.started : toGongDate(meta.started ?? new Date(DEFAULT_STARTED));
  const scheduled =
    meta.scheduled === undefined
      ? started
      : typeof meta.scheduled === 'string'
        ? meta.scheduled
        : toGongDate(meta.scheduled);
  const title = meta.title ?? 'Test call';
  const primaryUserId = meta.primaryUserId ?? '1000000000000000001';
  const parties =
    partiesInput === null
      ? null
      : (partiesInput ?? defaultParties(primaryUserId)).map((p, index) => buildParty(p, id, index));
  const speakerParties = (parties ?? []).filter((p) => p.speakerId !== null);
  const finalTranscript =
    transcript ??
    speakerParties.map((p, index) => ({
      speakerId: p.speakerId ?? '',
      topic: null,
      sentences: [
        {
          start: 1000 + index * 5000,
          end: 4000 + index * 5000,
          text: `${p.name ?? 'Someone'} speaking about ${title}.`,
        },
      ],
    }));
  const metaData: SimCallMetaData = {
    url: simulatedCallUrl(id),
    duration: 1800,
    direction: 'Conference',
    system: 'Zoom',
    scope: 'External',
    media: 'Video',
    language: 'eng',
    workspaceId: SIM_WORKSPACE_ID,
    sdrDisposition: null,
    clientUniqueId: null,
    customData: null,
    purpose: null,
    meetingUrl: null,
    isPrivate: false,
    calendarEventId: null,
    ...meta,
    id,
    title,
    primaryUserId,
    started,
    scheduled,
  };
  return {
    metaData,
    parties,
    context: context ?? [],
    content: content ?? { brief: `Discussion: ${title}.` },
    interaction: {
      speakers: speakerParties.map((p) => ({ id: p.speakerId ?? '', userId: p.userId, talkTime: 60 })),
      interactionStats: [],
      video: [],
      questions: { companyCount: 0, nonCompanyCount: 0 },
      ...interaction,
    },
    publicComments: [],
    media: { audioUrl: simulatedMediaUrl(id, 'audio.mp3'), videoUrl: null },
    transcript: finalTranscript,
  };
}

function defaultParties(primaryUserId: string): Partial<SimParty>[] {
  return [
    {
      name: 'Sam Seller',
      emailAddress: `sam.seller@${SELLER.domain}`,
      userId: primaryUserId,
      affiliation: 'Internal',
    },
    { name: 'Casey Customer', emailAddress: 'casey.customer@acme.com', affiliation: 'External' },
  ];
}

function buildParty(partial: Partial<SimParty>, callId: string, index: number): SimParty {
  const suffix = `${callId.slice(-8)}${String(index).padStart(2, '0')}`;
  return {
    id: `5${suffix}`,
    emailAddress: null,
    name: null,
    title: null,
    userId: null,
    speakerId: `7${suffix}`,
    affiliation: 'Unknown',
    phoneNumber: null,
    methods: ['Invitee', 'Attendee'],
    context: [],
    ...partial,
  };
}
