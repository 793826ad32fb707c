/**
 * The shape of a hand-written customer story of the held-out set, and how one becomes the calls
 * the Gong simulator serves: parties with CRM context, Gong's AI content (when Gong computed it)
 * and a timed transcript, all through the simulator's own `buildSimCall`.
 */
import {
  buildSimCall,
  type SimCall,
  type SimCallContent,
  type SimDataSet,
  type SimParty,
  type SimUser,
} from '../../tools/simulator';
import { compareCalls } from '../../tools/simulator/call-filters';
import { createIdSource } from '../../tools/simulator/ids';
import { createPrng } from '../../tools/simulator/prng';
import { createSellerUsers } from '../../tools/simulator/users-factory';
import type { SimCompany, SimCrmContext } from '../../tools/simulator';
import { accountObject } from '../../tools/simulator/crm-context';
import { toGongDate } from '../../tools/simulator/well-known';

/** A person at the customer. */
export interface StoryContact {
  name: string;
  title: string | null;
}

/** The customer, as its CRM account knows it. */
export interface StoryCompany {
  /** The CRM account name, what the calls' context carries. */
  name: string;
  domain: string;
  industry: string;
  crmAccountId: string;
  contacts: StoryContact[];
}

/** Gong's AI content of a call, as the story writes it; every block optional, as in Gong. */
export interface StoryAi {
  brief: string;
  keyPoints?: string[];
  /** Highlight title → items, e.g. `{ 'Next steps': [...] }`. */
  highlights?: Record<string, string[]>;
  /** Outline section → items. */
  outline?: Record<string, string[]>;
  /** Gong's call outcome: category and name. */
  outcome?: [category: string, name: string];
  /** Deprecated points of interest, which only older calls carry. */
  actionItems?: string[];
}

/** One call: when, its title, who joined (first names) and what was said. */
export interface StoryCall {
  daysAgo: number;
  /** UTC start time of day, `HH:MM`; default 16:00. */
  at?: string;
  title: string;
  /** First names of the seller's people on the call (from the simulator's sales team). */
  sellers: string[];
  /** First names of the customer's people on the call; none for an internal deal review. */
  customers: string[];
  /** Speaker first name and what they said, in order. */
  lines: [speaker: string, text: string][];
  /** Gong's AI content; absent when Gong computed none, so only the transcript holds the facts. */
  ai?: StoryAi;
}

/** A customer and its calls, oldest first. */
export interface Story {
  company: StoryCompany;
  calls: StoryCall[];
}

const DAY_MS = 86_400_000;
/** Milliseconds a spoken word takes, for transcript timing. */
const WORD_MS = 400;

/**
 * A data set of `stories` as the simulator serves it: the seller's team (ids from `seed`), the
 * stories' companies, and their calls placed relative to `now` (a story's index is part of its
 * call ids, so the order of `stories` is fixed).
 */
export function storyDataSet(stories: readonly Story[], seed: number, now: Date): SimDataSet {
  const users = createSellerUsers(createIdSource(createPrng(seed)), now);
  return {
    users,
    companies: stories.map(storyCompany),
    calls: stories.flatMap((story, index) => storyCalls(story, index, now, users)).sort(compareCalls),
  };
}

/** The story's company as the simulator's data set lists it (no generated facts: it serves calls only). */
export function storyCompany(story: Story): SimCompany {
  const { company } = story;
  return {
    crmAccountId: company.crmAccountId,
    name: company.name,
    shortName: company.name,
    domain: company.domain,
    industry: company.industry,
    journey: 'new-business',
    contacts: company.contacts.map((contact, index) => ({
      name: contact.name,
      title: contact.title,
      emailAddress: emailOf(contact.name, company.domain),
      crmContactId: `0035g00${String(index).padStart(2, '0')}${company.crmAccountId.slice(8, 14)}AAC`,
    })),
    facts: {
      seats: 0,
      listPricePerSeat: 0,
      requestedDiscountPercent: 0,
      budget: 0,
      competitor: '',
      securityRequirement: '',
      integration: '',
      goLiveQuarter: '',
      opportunityId: '',
      opportunityName: '',
      opportunityAmount: 0,
    },
  };
}

/** The story's calls, `daysAgo` counted back from `now`; `storyIndex` keeps call ids unique across stories. */
export function storyCalls(story: Story, storyIndex: number, now: Date, sellers: SimUser[]): SimCall[] {
  return story.calls.map((call, callIndex) => {
    const id = `8${'0'.repeat(14)}${String(storyIndex).padStart(2, '0')}${String(callIndex).padStart(2, '0')}`;
    const [hours, minutes] = (call.at ?? '16:00').split(':').map(Number);
    const day = new Date(now.getTime() - call.daysAgo * DAY_MS);
    day.setUTCHours(hours ?? 16, minutes ?? 0, 0, 0);
    const internal = call.customers.length === 0;
    const people = [
      ...call.sellers.map((first) => sellerParty(first, sellers)),
      ...call.customers.map((first) => contactParty(first, story.company)),
    ];
    const built = buildSimCall({
      id,
      title: call.title,
      started: toGongDate(day),
      scope: internal ? 'Internal' : 'External',
      purpose: null,
      primaryUserId: people[0]?.userId ?? undefined,
      parties: people,
      context: internal ? [] : [accountContext(story.company)],
      content: call.ai ? aiContent(call.ai, call.lines.length) : {},
      transcript: [],
    });
    const speakerOf = new Map((built.parties ?? []).map((p) => [firstName(p.name ?? ''), p.speakerId ?? '']));
    let clock = 2_000;
    built.transcript = call.lines.map(([speaker, text]) => {
      const speakerId = speakerOf.get(speaker);
      if (!speakerId) throw new Error(`${call.title} (${story.company.name}): ${speaker} is not on the call`);
      const sentences = text.split(/(?<=[.!?])\s+/).map((sentence) => {
        const start = clock;
        clock += sentence.split(/\s+/).length * WORD_MS;
        return { start, end: clock, text: sentence };
      });
      clock += 1_500;
      return { speakerId, topic: null, sentences };
    });
    built.metaData.duration = Math.max(600, Math.ceil(clock / 1000) + 300);
    return built;
  });
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

function emailOf(name: string, domain: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^dr\.?\s+/, '')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  return `${slug}@${domain}`;
}

function sellerParty(first: string, sellers: SimUser[]): Partial<SimParty> {
  const user = sellers.find((u) => u.firstName === first);
  if (!user) throw new Error(`no seller named ${first}`);
  return {
    name: `${user.firstName} ${user.lastName}`,
    emailAddress: user.emailAddress,
    title: user.title,
    userId: user.id,
    affiliation: 'Internal',
  };
}

function contactParty(first: string, company: StoryCompany): Partial<SimParty> {
  const contact = company.contacts.find((c) => firstName(c.name.replace(/^Dr\.\s+/, '')) === first);
  if (!contact) throw new Error(`no contact named ${first} at ${company.name}`);
  return {
    // Gong shows the name as the calendar invite has it.
    name: contact.name.replace(/^Dr\.\s+/, ''),
    emailAddress: emailOf(contact.name, company.domain),
    title: contact.title,
    affiliation: 'External',
    context: [accountContext(company)],
  };
}

function accountContext(company: StoryCompany): SimCrmContext {
  return { system: 'Salesforce', objects: [accountObject(company)] };
}

/** Gong's AI content blocks from the story's; times spread over the call so they look like Gong's. */
function aiContent(ai: StoryAi, lines: number): SimCallContent {
  const step = Math.max(30, Math.round((lines * 12) / Math.max(1, ai.keyPoints?.length ?? 1)));
  const content: SimCallContent = { brief: ai.brief };
  if (ai.keyPoints) content.keyPoints = ai.keyPoints.map((text) => ({ text }));
  if (ai.highlights)
    content.highlights = Object.entries(ai.highlights).map(([title, items]) => ({
      title,
      items: items.map((text, index) => ({ text, startTimes: [60 + index * step] })),
    }));
  if (ai.outline) {
    let start = 0;
    content.outline = Object.entries(ai.outline).map(([section, items]) => {
      const startTime = start;
      start += items.length * step;
      return {
        section,
        startTime,
        duration: items.length * step,
        items: items.map((text, index) => ({ text, startTime: startTime + index * step })),
      };
    });
  }
  if (ai.outcome) {
    const [category, name] = ai.outcome;
    content.callOutcome = { id: `outcome-${name.toLowerCase().replace(/\W+/g, '-')}`, category, name };
  }
  if (ai.actionItems)
    content.pointsOfInterest = {
      actionItems: ai.actionItems.map((snippet, index) => ({
        snippetStartTime: 120 + index * step,
        snippetEndTime: 140 + index * step,
        speakerID: '',
        snippet,
      })),
    };
  return content;
}
