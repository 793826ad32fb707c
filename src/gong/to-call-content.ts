import type { CallContent, CallParticipant, CallSpeaker, ContentSection } from './call-content-model';
import type { GongCrmContext, GongExtensiveCall } from './schemas';

/** Maps one `POST /v2/calls/extensive` item to the product's {@link CallContent}. */
export function toCallContent(call: GongExtensiveCall): CallContent {
  const meta = call.metaData;
  const content = call.content ?? {};
  const participants: CallParticipant[] = (call.parties ?? []).map((party) => ({
    name: party.name ?? null,
    emailAddress: party.emailAddress ?? null,
    title: party.title ?? null,
    affiliation: party.affiliation ?? null,
    crmAccounts: crmAccountNames(party.context),
    speakerId: party.speakerId ?? null,
  }));
  const speakers: CallSpeaker[] = (call.interaction?.speakers ?? []).flatMap((speaker) =>
    speaker.id
      ? [
          {
            speakerId: speaker.id,
            name: participants.find((p) => p.speakerId === speaker.id)?.name ?? null,
            talkTimeSeconds: speaker.talkTime ?? 0,
          },
        ]
      : [],
  );
  const actionItems = content.pointsOfInterest?.actionItems;
  return {
    callId: meta.id,
    title: meta.title ?? '(untitled call)',
    started: meta.started,
    url: meta.url ?? '',
    durationSeconds: meta.duration ?? null,
    brief: content.brief ?? null,
    outline: (content.outline ?? []).map((s) => section(s.section, s.items)),
    highlights: (content.highlights ?? []).map((h) => section(h.title, h.items)),
    keyPoints: texts(content.keyPoints),
    pointsOfInterest: actionItems
      ? { actionItems: actionItems.flatMap((item) => (item.snippet ? [item.snippet] : [])) }
      : null,
    callOutcome: content.callOutcome?.name
      ? { name: content.callOutcome.name, category: content.callOutcome.category ?? null }
      : null,
    topics: (content.topics ?? []).flatMap((t) =>
      t.name ? [{ name: t.name, durationSeconds: t.duration ?? 0 }] : [],
    ),
    participants,
    speakers,
  };
}

/** Names of the CRM `Account` objects in a Gong context block. */
export function crmAccountNames(context: GongCrmContext[] | null | undefined): string[] {
  const names = (context ?? []).flatMap((system) =>
    (system.objects ?? [])
      .filter((object) => object.objectType?.toLowerCase() === 'account')
      .flatMap((object) =>
        (object.fields ?? [])
          .filter((field) => field.name?.toLowerCase() === 'name' && typeof field.value === 'string')
          .map((field) => field.value as string),
      ),
  );
  return [...new Set(names)];
}

function section(
  title: string | null | undefined,
  items: { text?: string | null }[] | null | undefined,
): ContentSection {
  return { title: title ?? '', items: texts(items) };
}

function texts(items: { text?: string | null }[] | null | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.text ? [item.text] : []));
}
