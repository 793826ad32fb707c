import type { ContentSelector } from './request-schemas';
import type { SimCall, SimCallContent, SimCrmContext, SimParty, SimTracker, SimUser } from './types';

type Json = Record<string, unknown>;
type ContextLevel = 'None' | 'Basic' | 'Extended';

/** A user as `GET /v2/users` returns it, including a field the spec does not list (real responses have it). */
export function userRecord(user: SimUser): Json {
  return { ...user, conferencingProviders: user.personalMeetingUrls.length > 0 ? ['Zoom'] : [] };
}

/** One item of `POST /v2/calls/extensive`: only the blocks the content selector asks for. */
export function extensiveCall(call: SimCall, selector: ContentSelector | undefined): Json {
  const level: ContextLevel = selector?.context ?? 'None';
  const timing = selector?.contextTiming?.[0];
  const fields = selector?.exposedFields;
  const item: Json = { metaData: call.metaData };
  if (level !== 'None') item.context = crmContext(call.context, level, timing);
  // Imported calls have no parties: Gong omits the block rather than sending an empty list.
  if (fields?.parties && call.parties) item.parties = call.parties.map((p) => party(p, level, timing));
  if (fields?.content && Object.values(fields.content).some(Boolean)) {
    item.content = content(call.content, fields.content);
  }
  const interaction = fields?.interaction;
  if (interaction && Object.values(interaction).some(Boolean)) {
    const block: Json = {};
    if (interaction.speakers) block.speakers = call.interaction.speakers;
    if (interaction.personInteractionStats) block.interactionStats = call.interaction.interactionStats;
    if (interaction.video) block.video = call.interaction.video;
    if (interaction.questions) block.questions = call.interaction.questions;
    item.interaction = block;
  }
  if (fields?.collaboration?.publicComments) item.collaboration = { publicComments: call.publicComments };
  if (fields?.media) {
    item.media = call.media.videoUrl
      ? { audioUrl: call.media.audioUrl, videoUrl: call.media.videoUrl }
      : { audioUrl: call.media.audioUrl };
  }
  return item;
}

function party(p: SimParty, level: ContextLevel, timing: string | undefined): Json {
  const { context, ...rest } = p;
  return level === 'None' ? rest : { ...rest, context: crmContext(context, level, timing) };
}

/** Basic context carries object ids only; Extended adds the fields. */
function crmContext(context: SimCrmContext[], level: ContextLevel, timing: string | undefined): Json[] {
  return context.map((c) => ({
    system: c.system,
    objects: c.objects.map((o) => ({
      objectType: o.objectType,
      objectId: o.objectId,
      ...(level === 'Extended' ? { fields: o.fields } : {}),
      ...(timing ? { timing } : {}),
    })),
  }));
}

type ContentFlags = NonNullable<NonNullable<ContentSelector['exposedFields']>['content']>;

function content(c: SimCallContent, flags: ContentFlags): Json {
  const out: Json = {};
  if (flags.structure && c.structure) out.structure = c.structure;
  if (flags.trackers && c.trackers)
    out.trackers = c.trackers.map((t) => tracker(t, flags.trackerOccurrences === true));
  if (flags.topics && c.topics) out.topics = c.topics;
  if (flags.brief && c.brief !== undefined) out.brief = c.brief;
  if (flags.outline && c.outline) out.outline = c.outline;
  if (flags.highlights && c.highlights) out.highlights = c.highlights;
  if (flags.callOutcome && c.callOutcome) out.callOutcome = c.callOutcome;
  if (flags.keyPoints && c.keyPoints) out.keyPoints = c.keyPoints;
  if (flags.pointsOfInterest && c.pointsOfInterest) out.pointsOfInterest = c.pointsOfInterest;
  return out;
}

/** Occurrences are sent only when `trackerOccurrences` is requested. */
function tracker(t: SimTracker, withOccurrences: boolean): Json {
  if (withOccurrences) return { ...t };
  return {
    id: t.id,
    name: t.name,
    count: t.count,
    type: t.type,
    phrases: t.phrases.map((p) => ({ count: p.count, phrase: p.phrase })),
  };
}
