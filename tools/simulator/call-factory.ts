import {
  buildCallBody,
  callDurationSeconds,
  type CastMember,
  type ContentCompleteness,
} from './call-content-builder';
import { followUps, smallTalk, type Beat, type CallKind, type ScriptCast, type Side } from './call-scripts';
import { SELLER } from './catalog';
import { callCrmContext, partyCrmContext } from './crm-context';
import type { IdSource } from './ids';
import type { Prng } from './prng';
import type { SimCall, SimCallMetaData, SimCompany, SimParty, SimUser } from './types';
import {
  simulatedCallUrl,
  simulatedMediaUrl,
  SIM_WORKSPACE_ID,
  SIM_SECONDARY_WORKSPACE_ID,
  toGongDate,
} from './well-known';

/** Shared state for generating the calls of one data set. */
export interface CallFactoryContext {
  prng: Prng;
  ids: IdSource;
  users: SimUser[];
  companies: SimCompany[];
  now: Date;
  /** The rep who owns a company's account, chosen once by `choose` and kept for every call. */
  ownerOf(company: SimCompany, choose: () => SimUser): SimUser;
}

/**
 * A {@link CallFactoryContext} whose account owners are chosen on a company's first call and kept.
 * `choose` runs on every call, so the random sequence does not depend on which company came first.
 */
export function createCallFactoryContext(base: Omit<CallFactoryContext, 'ownerOf'>): CallFactoryContext {
  const owners = new Map<string, SimUser>();
  return {
    ...base,
    ownerOf(company, choose) {
      const chosen = choose();
      const owner = owners.get(company.crmAccountId) ?? chosen;
      owners.set(company.crmAccountId, owner);
      return owner;
    },
  };
}

const HOUR_MS = 3_600_000;

/** What one call is about: whose it is, its kind, and the beats its cast will speak. */
export interface CallPlan {
  company: SimCompany;
  kind: CallKind;
  beats(cast: ScriptCast): Beat[];
}

/** Titles that do not name the company: only emails or CRM context tell who the customer is. */
const ANONYMOUS_TITLES: Record<CallKind, string> = {
  discovery: 'Intro call',
  demo: 'Product demo',
  pricing: 'Pricing follow-up',
  security: 'Follow-up: security questions',
  integration: 'Technical deep dive',
  negotiation: 'Contract terms',
  onboarding: 'Onboarding check-in',
  qbr: 'Quarterly check-in',
  renewal: 'Catch up',
  internal: 'Deal strategy',
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
    case 'negotiation':
      return `${c.shortName} - contract negotiation`;
    case 'onboarding':
      return `${c.shortName} onboarding`;
    case 'qbr':
      return `${c.shortName} QBR`;
    case 'renewal':
      return `Renewal: ${c.name}`;
    case 'internal':
      return `Deal review: ${c.shortName}`;
  }
}

/** Generates one realistic call of `plan` that started at `started`. */
export function generateCall(ctx: CallFactoryContext, started: Date, plan: CallPlan): SimCall {
  const { prng, ids, users, now } = ctx;
  const { kind, company } = plan;
  const reps = users.filter((u) => u.title !== 'Solutions Engineer' && u.id !== users[0]?.id);
  const primary = ctx.ownerOf(company, () => prng.pick(reps.length > 0 ? reps : users));
  const engineers = users.filter((u) => u.title === 'Solutions Engineer' && u.id !== primary.id);
  const engineer = prng.pick(engineers.length > 0 ? engineers : users);
  const second = kind === 'internal' ? (users[0] ?? primary) : engineer;
  const external = kind !== 'internal';
  const importedRoll = prng.chance(0.08);
  const imported = external && importedRoll;
  const videoRoll = prng.chance(0.9);
  const isVideo = !imported && videoRoll;
  const id = ids.next(prng.pick([18, 19]));
  const others = prng.sample(company.contacts.slice(1), prng.int(0, 2));
  const contacts = external ? [company.contacts[0], ...others] : [];
  const attendance = contacts.map((_, index) => index === 0 || prng.chance(0.7));

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
  // The second customer-side voice is the first other contact who attended, else the champion.
  const speakingIndex = contacts.findIndex((c, index) => index > 0 && c && attendance[index]);
  const contactSpeakerIds = contacts.map((_, index) =>
    index === 0 ? externalMember.speakerId : attendance[index] ? ids.next(16) : null,
  );
  const colleagueContact = speakingIndex > 0 ? contacts[speakingIndex] : undefined;
  const external2Member: CastMember = colleagueContact
    ? { speakerId: contactSpeakerIds[speakingIndex] ?? '', userId: null, name: colleagueContact.name }
    : externalMember;
  const cast: Record<Side, CastMember> = {
    internal: primaryMember,
    internal2: secondMember,
    external: externalMember,
    external2: external2Member,
  };
  const otherContact = colleagueContact?.name ?? others[0]?.name ?? null;
  const opener = prng.int(0, 99);
  const questions = prng.int(0, 99);
  const story = plan.beats({
    rep: primaryMember.name,
    colleague: secondMember.name,
    champion: externalMember.name,
    otherContact,
  });
  // Small talk first; questions before the closing next steps.
  const asked = followUps(kind, company, questions);
  const beats =
    kind === 'internal'
      ? story
      : [smallTalk(opener), ...story.slice(0, -1), ...(asked ? [asked] : []), ...story.slice(-1)];

  const withCrm = external && prng.chance(0.7);
  const crmRolls = contacts.map(() => prng.chance(0.8));
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
      const attended = attendance[index] === true;
      parties?.push({
        id: ids.next(16),
        emailAddress: contact.emailAddress,
        name: contact.name,
        title: contact.title,
        userId: null,
        speakerId: contactSpeakerIds[index] ?? null,
        affiliation: 'External',
        phoneNumber: null,
        methods: attended ? ['Invitee', 'Attendee'] : ['Invitee'],
        context: withCrm && crmRolls[index] ? partyCrmContext(company, contact) : [],
      });
    });
  }

  const durationSeconds = callDurationSeconds({ beats });
  const age = now.getTime() - started.getTime();
  // Drawn whatever the call's age, so the same seed gives the same calls at any `now`.
  const partialRoll = prng.chance(0.05);
  const poiRoll = prng.chance(0.4);
  const completeness: ContentCompleteness =
    age < 3 * HOUR_MS ? 'none' : age < 24 * HOUR_MS || partialRoll ? 'partial' : 'full';
  const body = buildCallBody({
    kind,
    beats,
    durationSeconds,
    cast,
    companyName: company.name,
    externalNames: contacts.flatMap((c, index) => (c && attendance[index] ? [c.name] : [])),
    completeness,
    withPointsOfInterest: age > 60 * 24 * HOUR_MS && poiRoll,
    isVideo,
  });

  const system = imported ? 'Outreach' : prng.pick(['Zoom', 'Google Meet', 'Microsoft Teams']);
  const scheduled = new Date(Math.floor(started.getTime() / (30 * 60_000)) * 30 * 60_000);
  const metaData: SimCallMetaData = {
    id,
    url: simulatedCallUrl(id),
    title: prng.chance(kind === 'internal' ? 0.1 : 0.25) ? ANONYMOUS_TITLES[kind] : namedTitle(kind, company),
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
  const commentRoll = prng.chance(0.3);
  return {
    metaData,
    parties,
    context: withCrm ? callCrmContext(company) : [],
    content: body.content,
    interaction: body.interaction,
    publicComments:
      manager && commentRoll && (kind === 'pricing' || kind === 'negotiation')
        ? [
            {
              id: ids.next(18),
              audioStartTime: Math.max(0, Math.min(60, durationSeconds - 30)),
              audioEndTime: Math.min(durationSeconds, 90),
              commenterUserId: manager.id,
              comment: 'Good handling of the pricing objection here.',
              posted: toGongDate(new Date(started.getTime() + durationSeconds * 1000 + HOUR_MS)),
              inReplyTo: null,
              duringCall: false,
            },
          ]
        : [],
    media: {
      audioUrl: simulatedMediaUrl(id, 'audio.mp3'),
      videoUrl: isVideo ? simulatedMediaUrl(id, 'video.mp4') : null,
    },
    transcript: body.transcript,
  };
}
