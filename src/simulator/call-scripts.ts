import type { SimCompany } from './types';

/** What a call is about; decides its title, topics and content. */
export type CallKind =
  'discovery' | 'demo' | 'pricing' | 'security' | 'integration' | 'qbr' | 'renewal' | 'internal';

export const CALL_KINDS: readonly CallKind[] = [
  'discovery',
  'demo',
  'pricing',
  'security',
  'integration',
  'qbr',
  'renewal',
  'internal',
];

/** Which side of the table says a line. `internal2` is a second seller-side speaker (an SE or manager). */
export type Side = 'internal' | 'internal2' | 'external';

/** One part of a call: a Gong topic, an outline section, the lines spoken and what is worth remembering. */
export interface Beat {
  topic: string;
  section: string;
  lines: { side: Side; text: string }[];
  keyPoint: string;
  highlight?: { title: string; text: string };
}

/** Names the script needs to sound like a real conversation. */
export interface ScriptCast {
  rep: string;
  contact: string;
}

const money = (n: number): string => `$${n.toLocaleString('en-US')}`;

function pricing(c: SimCompany, cast: ScriptCast): Beat {
  const f = c.facts;
  const offered = Math.min(f.requestedDiscountPercent, 15);
  return {
    topic: 'Pricing',
    section: 'Pricing and commercial terms',
    lines: [
      {
        side: 'internal',
        text: `For ${f.seats} seats our list price is ${money(f.listPricePerSeat)} per seat per month. That comes to about ${money(f.opportunityAmount)} a year.`,
      },
      {
        side: 'external',
        text: `Honestly that is above what we budgeted. We were hoping for a ${f.requestedDiscountPercent}% discount, especially if we commit to more than one year.`,
      },
      {
        side: 'internal',
        text: `If you sign a two-year agreement this quarter, I can get approval for ${offered}% off the list price.`,
      },
      { side: 'external', text: `Okay. Send me the revised quote and I will take it to our CFO.` },
    ],
    keyPoint: `${c.name} asked for a ${f.requestedDiscountPercent}% discount on ${f.seats} seats at ${money(f.listPricePerSeat)} per seat per month; ${cast.rep} offered ${offered}% for a two-year term.`,
    highlight: {
      title: 'Pricing',
      text: `List price ${money(f.listPricePerSeat)}/seat/month for ${f.seats} seats (${money(f.opportunityAmount)}/year); ${f.requestedDiscountPercent}% discount requested, ${offered}% offered for two years.`,
    },
  };
}

function security(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Security',
    section: 'Security and compliance review',
    lines: [
      {
        side: 'external',
        text: `Before we can sign, our security team needs your ${f.securityRequirement}.`,
      },
      {
        side: 'internal2',
        text: `Absolutely. We can share that under NDA this week. We are SOC 2 Type II certified and support single sign-on.`,
      },
      { side: 'external', text: `Where is our data stored? It has to stay in region.` },
      {
        side: 'internal2',
        text: `We can pin your tenant to either our US or our EU region at no extra cost.`,
      },
    ],
    keyPoint: `${c.name} security team requires the ${f.securityRequirement} before signing; Northwind will share it under NDA.`,
    highlight: { title: 'Objections', text: `Security review pending: ${f.securityRequirement} required.` },
  };
}

function integration(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Integration',
    section: `${f.integration} integration`,
    lines: [
      { side: 'external', text: `Our source of truth is ${f.integration}. How does the integration work?` },
      {
        side: 'internal2',
        text: `We have a native ${f.integration} connector. It syncs every fifteen minutes and setup usually takes one day.`,
      },
      { side: 'external', text: `We would need to backfill two years of history.` },
      { side: 'internal2', text: `That is supported. I will scope the backfill with your data team.` },
    ],
    keyPoint: `${c.name} needs the native ${f.integration} connector with a two-year history backfill.`,
  };
}

function timeline(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Timeline',
    section: 'Timeline and rollout',
    lines: [
      {
        side: 'external',
        text: `We want to go live in ${f.goLiveQuarter}, before our planning cycle starts.`,
      },
      { side: 'internal', text: `That works if onboarding starts within three weeks of signature.` },
    ],
    keyPoint: `${c.name} targets go-live in ${f.goLiveQuarter}; onboarding must start within three weeks of signature.`,
  };
}

function competition(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Competition',
    section: 'Alternatives under evaluation',
    lines: [
      {
        side: 'external',
        text: `To be transparent, we are also evaluating ${f.competitor}. Their quote came in cheaper.`,
      },
      {
        side: 'internal',
        text: `Understood. Teams that moved from ${f.competitor} to us mostly cite governed metrics and faster dashboards.`,
      },
    ],
    keyPoint: `${c.name} is also evaluating ${f.competitor}, whose quote was cheaper.`,
    highlight: { title: 'Objections', text: `Competing offer from ${f.competitor} priced lower.` },
  };
}

function discovery(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Discovery',
    section: 'Current process and pain points',
    lines: [
      { side: 'internal', text: `Could you walk me through how your team reports on revenue today?` },
      {
        side: 'external',
        text: `Mostly spreadsheets exported from ${f.integration}. Month-end reporting takes us about six days.`,
      },
      { side: 'internal', text: `What would success look like a year from now?` },
      {
        side: 'external',
        text: `One dashboard that the ${c.industry.toLowerCase()} leadership team actually trusts.`,
      },
    ],
    keyPoint: `${c.name} reports from spreadsheets exported from ${f.integration}; month-end reporting takes six days.`,
  };
}

function demo(c: SimCompany): Beat {
  return {
    topic: 'Product demo',
    section: 'Product demo',
    lines: [
      {
        side: 'internal2',
        text: `Let me share my screen and show the dashboard builder with your sample data.`,
      },
      { side: 'external', text: `Can we set alerts when a metric crosses a threshold?` },
      { side: 'internal2', text: `Yes. Alerts can go to email or Slack, per metric.` },
    ],
    keyPoint: `Demoed the dashboard builder and threshold alerts to ${c.name}.`,
  };
}

function usage(c: SimCompany): Beat {
  const active = Math.round(c.facts.seats * 0.72);
  return {
    topic: 'Usage review',
    section: 'Adoption review',
    lines: [
      {
        side: 'internal',
        text: `Over the last quarter ${active} of your ${c.facts.seats} seats were active every week.`,
      },
      { side: 'external', text: `Finance adopted it quickly. Operations is lagging behind.` },
    ],
    keyPoint: `${active} of ${c.facts.seats} seats at ${c.name} are weekly active; operations adoption lags.`,
  };
}

function renewal(c: SimCompany): Beat {
  const extra = Math.max(5, Math.round(c.facts.seats * 0.2));
  return {
    topic: 'Renewal',
    section: 'Renewal terms',
    lines: [
      { side: 'internal', text: `Your contract renews at the end of next quarter.` },
      { side: 'external', text: `We would like to add ${extra} seats but keep the per-seat price flat.` },
    ],
    keyPoint: `${c.name} wants to add ${extra} seats at renewal with a flat per-seat price.`,
  };
}

function nextSteps(cast: ScriptCast): Beat {
  const step = `${cast.rep} will send the revised proposal by Friday and schedule a technical review with ${cast.contact}.`;
  return {
    topic: 'Next steps',
    section: 'Next steps',
    lines: [
      {
        side: 'internal',
        text: `Next steps: I will send the revised proposal by Friday and set up a technical review.`,
      },
      { side: 'external', text: `Great. Please include ${cast.contact} on the invite.` },
    ],
    keyPoint: step,
    highlight: { title: 'Next Steps', text: step },
  };
}

function dealReview(c: SimCompany, cast: ScriptCast): Beat {
  return {
    topic: 'Deal review',
    section: `Deal review: ${c.name}`,
    lines: [
      {
        side: 'internal2',
        text: `Where are we with ${c.name}? The forecast has it at ${money(c.facts.opportunityAmount)}.`,
      },
      {
        side: 'internal',
        text: `They pushed back on price and asked for ${c.facts.requestedDiscountPercent}% off. ${c.facts.competitor} is in the deal.`,
      },
      { side: 'internal2', text: `Hold at fifteen percent unless they commit to two years.` },
    ],
    keyPoint: `${cast.rep} reviewed the ${c.name} deal: ${c.facts.requestedDiscountPercent}% discount requested, ${c.facts.competitor} competing; hold at 15% unless two-year term.`,
  };
}

/** The beats of a call of `kind` with `company`, in speaking order. */
export function scriptFor(kind: CallKind, company: SimCompany, cast: ScriptCast): Beat[] {
  switch (kind) {
    case 'discovery':
      return [discovery(company), timeline(company), competition(company), nextSteps(cast)];
    case 'demo':
      return [demo(company), integration(company), pricing(company, cast), nextSteps(cast)];
    case 'pricing':
      return [pricing(company, cast), competition(company), timeline(company), nextSteps(cast)];
    case 'security':
      return [security(company), integration(company), nextSteps(cast)];
    case 'integration':
      return [integration(company), timeline(company), nextSteps(cast)];
    case 'qbr':
      return [usage(company), renewal(company), pricing(company, cast), nextSteps(cast)];
    case 'renewal':
      return [renewal(company), pricing(company, cast), security(company), nextSteps(cast)];
    case 'internal':
      return [dealReview(company, cast)];
  }
}
