import { buildCallBody, type CastMember, type ContentCompleteness } from './call-content-builder';
import { CALL_KINDS, scriptFor, type CallKind, type Side } from './call-scripts';
import { SELLER } from './catalog';
import { callCrmContext, partyCrmContext } from './crm-context';
import type { IdSource } from './ids';
import type { Prng } from './prng';
import type { SimCall, SimCallMetaData, SimCompany, SimParty, SimUser } from './types';
import { SIM_WORKSPACE_ID, SIM_SECONDARY_WORKSPACE_ID, toGongDate } from './well-known';

/** Shared state for generating the calls of one data set. */
export interface CallFactoryContext {
  prng: Prng;
  ids: IdSource;
  users: SimUser[];
  companies: SimCompany[];
  now: Date;
}

const HOUR_MS = 3_600_000;

/** Titles that do not name the company: only emails or CRM context tell who the customer is. */
const ANONYMOUS_TITLES: Record<CallKind, string> = {
  discovery: 'Intro call',
  demo: 'Product demo',
  pricing: 'Pricing follow-up',
  security: 'Follow-up: security questions',
  integration: 'Technical deep dive',
  qbr: 'Quarterly check-in',
  renewal: 'Catch up',
  internal: 'Weekly pipeline review',
};

function namedTitle(kind: CallKind, c: SimCompany): string {
  switch (kind) {
    case 'discovery':
      return `Discovery call - ${c.name}`;
    case 'demo':
      return `${SELLER.name} <> ${c.shortName} | Product demo`;
    case 'pricing':
      return `${c.shortName} pricing discussion`;
    case 'security':
      return `Security review with ${c.shortName}`;
    case 'integration':
      return `${c.shortName} x Northwind: ${c.facts.integration} integration`;
    case 'qbr':
      return `${c.shortName} QBR`;
    case 'renewal':
      return `Renewal: ${c.name}`;
    case 'internal':
      return `Deal review: ${c.shortName}`;
  }
}

/** Generates one realistic call that started at `started`. */
export function generateCall(ctx: CallFactoryContext, started: Date): SimCall {
  const { prng, ids, users, now } = ctx;
  const kind = prng.chance(0.1) ? 'internal' : prng.pick(CALL_KINDS.filter((k) => k !== 'internal'));
  const company = prng.pick(ctx.companies);
  const reps = users.slice(1);
  const primary = prng.pick(reps.length > 0 ? reps : users);
  const engineers = users.filter((u) => u.title === 'Solutions Engineer' && u.id !== primary.id);
  const second =
    kind === 'internal' ? (users[0] ?? primary) : prng.pick(engineers.length > 0 ? engineers : users);
  const external = kind !== 'internal';
  const imported = external && prng.chance(0.08);
  const isVideo = !imported && prng.chance(0.9);
  const id = ids.next(prng.pick([18, 19]));
  const contacts = external
    ? [company.contacts[0], ...prng.sample(company.contacts.slice(1), prng.int(0, 2))]
    : [];

  const internalMember = (user: SimUser): CastMember => ({
    speakerId: ids.next(16),
    userId: user.id,
    name: `${user.firstName} ${user.lastName}`,
  });
  const primaryMember = internalMember(primary);
  const secondMember = second.id === primary.id ? primaryMember : internalMember(second);
  const champion = contacts[0];
  const externalMember: CastMember = {
    speakerId: ids.next(16),
    userId: null,
    name: champion?.name ?? 'Guest',
  };
  const cast: Record<Side, CastMember> = {
    internal: primaryMember,
    internal2: secondMember,
    external: externalMember,
  };

  const withCrm = external && prng.chance(0.7);
  let parties: SimParty[] | null = null;
  if (!imported) {
    parties = [primary, ...(secondMember === primaryMember ? [] : [second])].map((user, index) => ({
      id: ids.next(16),
      emailAddress: user.emailAddress,
      name: `${user.firstName} ${user.lastName}`,
      title: user.title,
      userId: user.id,
      speakerId: index === 0 ? primaryMember.speakerId : secondMember.speakerId,
      affiliation: 'Internal',
      phoneNumber: null,
      methods: ['Invitee', 'Attendee'],
      context: [],
    }));
    contacts.forEach((contact, index) => {
      if (!contact) return;
      // Some invitees never join: they have no speaker id.
      const attended = index === 0 || prng.chance(0.7);
      parties?.push({
        id: ids.next(16),
        emailAddress: contact.emailAddress,
        name: contact.name,
        title: contact.title,
        userId: null,
        speakerId: index === 0 ? externalMember.speakerId : attended ? ids.next(16) : null,
        affiliation: 'External',
        phoneNumber: null,
        methods: attended ? ['Invitee', 'Attendee'] : ['Invitee'],
        context: withCrm && prng.chance(0.8) ? partyCrmContext(company, contact) : [],
      });
    });
  }

  const durationSeconds = kind === 'internal' ? prng.int(900, 1800) : prng.int(1200, 3600);
  const age = now.getTime() - started.getTime();
  const completeness: ContentCompleteness =
    age < 3 * HOUR_MS ? 'none' : age < 24 * HOUR_MS || prng.chance(0.05) ? 'partial' : 'full';
  const body = buildCallBody({
    kind,
    beats: scriptFor(kind, company, {
      rep: primaryMember.name,
      contact: externalMember.name,
    }),
    durationSeconds,
    cast,
    companyName: company.name,
    externalNames: contacts.flatMap((c) => (c ? [c.name] : [])),
    completeness,
    withPointsOfInterest: age > 60 * 24 * HOUR_MS && prng.chance(0.4),
    isVideo,
  });

  const system = imported ? 'Outreach' : prng.pick(['Zoom', 'Google Meet', 'Microsoft Teams']);
  const scheduled = new Date(Math.floor(started.getTime() / (30 * 60_000)) * 30 * 60_000);
  const metaData: SimCallMetaData = {
    id,
    url: `https://app.gong.io/call?id=${id}`,
    title: prng.chance(0.25) ? ANONYMOUS_TITLES[kind] : namedTitle(kind, company),
    scheduled: toGongDate(scheduled),
    started: toGongDate(started),
    duration: durationSeconds,
    primaryUserId: primary.id,
    direction: imported ? 'Outbound' : 'Conference',
    system,
    scope: external ? 'External' : 'Internal',
    media: isVideo ? 'Video' : 'Audio',
    language: 'eng',
    workspaceId: prng.chance(0.9) ? SIM_WORKSPACE_ID : SIM_SECONDARY_WORKSPACE_ID,
    sdrDisposition: imported ? 'Connected' : null,
    clientUniqueId: imported ? `outreach-${prng.digits(8)}` : null,
    customData: null,
    purpose: kind === 'internal' ? null : kind,
    meetingUrl: system === 'Zoom' ? `https://northwind.zoom.us/j/${prng.digits(11)}` : null,
    isPrivate: prng.chance(0.02),
    calendarEventId: imported
      ? null
      : `${prng.digits(10)}_${started.toISOString().slice(0, 10).replaceAll('-', '')}`,
  };

  const manager = users[0];
  return {
    metaData,
    parties,
    context: withCrm ? callCrmContext(company) : [],
    content: body.content,
    interaction: body.interaction,
    publicComments:
      manager && prng.chance(0.15)
        ? [
            {
              id: ids.next(18),
              audioStartTime: 120,
              audioEndTime: 150,
              commenterUserId: manager.id,
              comment: 'Good handling of the pricing objection here.',
              posted: toGongDate(new Date(started.getTime() + durationSeconds * 1000 + HOUR_MS)),
              inReplyTo: null,
              duringCall: false,
            },
          ]
        : [],
    media: {
      audioUrl: `https://media.gong.io/sim/${id}/audio.mp3`,
      videoUrl: isVideo ? `https://media.gong.io/sim/${id}/video.mp4` : null,
    },
    transcript: body.transcript,
  };
}
