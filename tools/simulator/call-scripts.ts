import type { SimCompany } from './types';

/** What a call is about; decides its title, outcome and purpose. */
export type CallKind =
  | 'discovery'
  | 'demo'
  | 'integration'
  | 'pricing'
  | 'security'
  | 'negotiation'
  | 'renewal'
  | 'onboarding'
  | 'qbr'
  | 'internal';

/**
 * Which side of the table says a line: the rep (`internal`), a second seller-side speaker such as a
 * solutions engineer or the sales manager (`internal2`), the customer's champion (`external`) and a
 * second customer-side speaker (`external2`, the champion again when nobody else joined).
 */
export type Side = 'internal' | 'internal2' | 'external' | 'external2';

/** One part of a call: a Gong topic, an outline section, the lines spoken and what is worth remembering. */
export interface Beat {
  topic: string;
  section: string;
  lines: { side: Side; text: string }[];
  /** What Gong's AI would note; absent for small talk, which no summary mentions. */
  keyPoint?: string;
  highlight?: { title: string; text: string };
}

/** Who is on the call, for lines that address someone and key points that name them. */
export interface ScriptCast {
  rep: string;
  /** The second seller-side speaker (solutions engineer, or the manager on an internal call). */
  colleague: string;
  champion: string;
  /** Another customer-side attendee the champion can refer to; null when none joined. */
  otherContact: string | null;
}

/** One call of a customer's story: its kind and the beats it covers, in speaking order. */
export interface Step {
  kind: CallKind;
  beats(company: SimCompany, cast: ScriptCast): Beat[];
}

/** `$1,234`. */
export const money = (n: number): string => `$${n.toLocaleString('en-US')}`;

/** "a demo", "an integration": the indefinite article a word takes. */
export function withArticle(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

const firstName = (name: string): string => name.split(' ')[0] ?? name;

/** Figures a customer's story quotes, derived from its facts so every call agrees with the others. */
export function dealFigures(c: SimCompany) {
  const f = c.facts;
  const firstOffer = Math.min(5, f.requestedDiscountPercent);
  const secondOffer = Math.min(10, f.requestedDiscountPercent);
  const finalDiscount = Math.min(15, f.requestedDiscountPercent);
  const extraSeats = Math.max(5, Math.round(f.seats * 0.2));
  const renewalSeats = f.seats + extraSeats;
  return {
    annual: f.opportunityAmount,
    firstOffer,
    secondOffer,
    finalDiscount,
    finalAnnual: Math.round((f.opportunityAmount * (100 - finalDiscount)) / 100),
    activeSeats: Math.round(f.seats * 0.72),
    extraSeats,
    renewalSeats,
    renewalAnnual: renewalSeats * f.listPricePerSeat * 12,
  };
}

/** Small talk while everyone joins: a few exchanges, different from call to call. */
const SMALL_TALK: readonly (readonly [string, string])[] = [
  ['How was your weekend?', 'Quiet, thankfully. We finally finished painting the kitchen.'],
  ['Are you in the office today?', 'Working from home. The office is being renovated this month.'],
  ['Did the storm reach you yesterday?', 'Only some rain here. The trains were late, though.'],
  ['How did the quarter close for your team?', 'Busy, but we got there. Everyone is a bit tired.'],
  ['Is it still snowing over there?', 'It stopped last night. The roads are clear again.'],
  ['Back from the conference?', 'Since Tuesday. Too many booths, not enough coffee.'],
  [
    'Can everyone hear me all right?',
    'Loud and clear. Your video is a little frozen, but the sound is fine.',
  ],
  [
    'Sorry for the late start, the previous meeting ran over.',
    'No problem at all, we were a few minutes late too.',
  ],
];

/** The opening exchange of a call, chosen by `index`. */
export function smallTalk(index: number): Beat {
  const [question, answer] = SMALL_TALK[index % SMALL_TALK.length] ?? SMALL_TALK[0] ?? ['', ''];
  return {
    topic: 'Small talk',
    section: 'Introductions',
    lines: [
      { side: 'internal', text: question },
      { side: 'external', text: answer },
    ],
  };
}

/** Questions people ask along the way, by kind of call: they make talk, not headlines. */
const FOLLOW_UPS: Partial<Record<CallKind, readonly ((c: SimCompany) => Beat['lines'])[]>> = {
  discovery: [
    () => [
      { side: 'internal', text: `How many people would use dashboards every day?` },
      { side: 'external', text: `Mostly finance and the regional managers, so a few dozen on a normal day.` },
    ],
    (c) => [
      { side: 'external2', text: `Do you work with other ${c.industry.toLowerCase()} companies?` },
      { side: 'internal', text: `Several. I can share two references once we are further along.` },
    ],
    () => [
      { side: 'internal', text: `What have you tried before to fix the reporting?` },
      {
        side: 'external',
        text: `An internal data warehouse project. It stalled when the lead engineer left.`,
      },
    ],
  ],
  demo: [
    () => [
      { side: 'external2', text: `How long does a new dashboard take to build, realistically?` },
      { side: 'internal2', text: `An hour for a simple one, a day if you need new metrics defined first.` },
    ],
    () => [
      { side: 'external', text: `Is there a mobile app?` },
      { side: 'internal2', text: `Yes, for iOS and Android, with the same permissions as the web.` },
    ],
    () => [
      { side: 'external2', text: `Can we embed a chart in our intranet?` },
      {
        side: 'internal2',
        text: `You can, with single sign-on so people only see what they are allowed to.`,
      },
    ],
  ],
  integration: [
    () => [
      { side: 'external2', text: `What happens when the source is down during a sync?` },
      { side: 'internal2', text: `The sync retries and dashboards show when the data was last refreshed.` },
    ],
    () => [
      { side: 'external2', text: `Who at your side would we work with during setup?` },
      { side: 'internal2', text: `One onboarding engineer, named before kickoff, with a weekly check-in.` },
    ],
  ],
  pricing: [
    () => [
      { side: 'external', text: `Is support included, or is that extra?` },
      {
        side: 'internal',
        text: `Standard support is included; premium support with a named engineer is extra.`,
      },
    ],
    () => [
      { side: 'external2', text: `Can we pay quarterly instead of annually up front?` },
      { side: 'internal', text: `Quarterly billing is possible on a two-year agreement.` },
    ],
  ],
  security: [
    () => [
      { side: 'external2', text: `How often do you run penetration tests?` },
      { side: 'internal2', text: `Twice a year, by an outside firm, plus continuous scanning.` },
    ],
    () => [
      { side: 'external2', text: `Do your engineers have access to our data?` },
      { side: 'internal2', text: `Only with your approval for a support case, and every access is logged.` },
    ],
  ],
  negotiation: [
    () => [
      { side: 'external2', text: `Can the price be fixed for the renewal as well?` },
      { side: 'internal', text: `We can cap any increase at five percent in the contract.` },
    ],
    () => [
      { side: 'external', text: `When would you need the signature to hold these terms?` },
      { side: 'internal', text: `By the last business day of the quarter.` },
    ],
  ],
  renewal: [
    () => [
      { side: 'external', text: `Will the new seats have the same renewal date as the others?` },
      { side: 'internal', text: `Yes, we co-term them so there is one renewal date.` },
    ],
  ],
  onboarding: [
    () => [
      { side: 'external', text: `Who should attend the admin training?` },
      { side: 'internal2', text: `Whoever will own metric definitions, ideally two people per team.` },
    ],
    () => [
      { side: 'external2', text: `Where do we report problems during the rollout?` },
      {
        side: 'internal2',
        text: `In the shared channel; the onboarding engineer answers within a business day.`,
      },
    ],
  ],
  qbr: [
    () => [
      { side: 'external', text: `Which features do teams like ours use most?` },
      { side: 'internal', text: `Scheduled reports and alerts, by a wide margin.` },
    ],
  ],
};

/**
 * A short exchange of questions typical of a call of `kind`, chosen by `index`, or null when there
 * is none. Not summarised: Gong's AI content keeps what matters, not every question asked.
 */
export function followUps(kind: CallKind, company: SimCompany, index: number): Beat | null {
  const pool = FOLLOW_UPS[kind] ?? [];
  const pick = pool[index % Math.max(1, pool.length)];
  if (!pick) return null;
  return { topic: 'Questions', section: 'Questions', lines: pick(company) };
}

// ---- Discovery -------------------------------------------------------------------------------

function currentProcess(c: SimCompany, cast: ScriptCast): Beat {
  const f = c.facts;
  return {
    topic: 'Discovery',
    section: 'Current process and pain points',
    lines: [
      {
        side: 'internal',
        text: `Thanks for making the time, ${firstName(cast.champion)}. Could you walk me through how your team reports on revenue today?`,
      },
      {
        side: 'external',
        text: `Mostly spreadsheets exported from ${f.integration}. Month-end reporting takes us about six days, and the numbers rarely match between teams.`,
      },
      { side: 'internal', text: `Where does it hurt the most?` },
      {
        side: 'external',
        text: `Board prep. Every quarter two analysts spend a week reconciling figures by hand.`,
      },
    ],
    keyPoint: `${c.name} reports from spreadsheets exported from ${f.integration}; month-end reporting takes six days.`,
    highlight: {
      title: 'Pain points',
      text: `Month-end reporting at ${c.name} takes six days of manual reconciliation.`,
    },
  };
}

function successCriteria(c: SimCompany): Beat {
  return {
    topic: 'Discovery',
    section: 'Success criteria',
    lines: [
      { side: 'internal', text: `What would success look like a year from now?` },
      {
        side: 'external',
        text: `One dashboard that the ${c.industry.toLowerCase()} leadership team actually trusts, and month-end closed in two days.`,
      },
    ],
    keyPoint: `Success for ${c.name} means one trusted dashboard and a two-day month-end close.`,
  };
}

function decisionProcess(c: SimCompany, cast: ScriptCast): Beat {
  const buyer = cast.otherContact ? `${cast.otherContact} and our CFO` : 'our CFO';
  return {
    topic: 'Decision process',
    section: 'Stakeholders and decision process',
    lines: [
      { side: 'internal', text: `Who else needs to be involved before a decision is made?` },
      {
        side: 'external',
        text: `I own the evaluation, but ${buyer} sign off on anything above $50,000. IT has a veto on security.`,
      },
      { side: 'internal', text: `Is there a budget set aside for this already?` },
      {
        side: 'external',
        text: `There is a line item for reporting tools this year, but it has not been sized yet.`,
      },
    ],
    keyPoint: `At ${c.name} the CFO signs off on purchases above $50,000 and IT can veto on security; the budget line is not sized yet.`,
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

function firstCompetitorMention(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Competition',
    section: 'Alternatives under evaluation',
    lines: [
      { side: 'internal', text: `Are you looking at other options as well?` },
      {
        side: 'external',
        text: `To be transparent, we are also evaluating ${f.competitor}. They are further along in our process.`,
      },
      {
        side: 'internal',
        text: `Understood. Teams that moved from ${f.competitor} to us mostly cite governed metrics and faster dashboards.`,
      },
    ],
    keyPoint: `${c.name} is also evaluating ${f.competitor}.`,
    highlight: { title: 'Competition', text: `${f.competitor} is in the evaluation at ${c.name}.` },
  };
}

// ---- Demo --------------------------------------------------------------------------------------

function dashboardDemo(c: SimCompany): Beat {
  return {
    topic: 'Product demo',
    section: 'Dashboard builder demo',
    lines: [
      {
        side: 'internal2',
        text: `Let me share my screen and show the dashboard builder with the sample data you sent over.`,
      },
      { side: 'external', text: `Can we set alerts when a metric crosses a threshold?` },
      { side: 'internal2', text: `Yes. Alerts can go to email or Slack, per metric and per team.` },
      {
        side: 'external2',
        text: `Could finance build these themselves, or would they need an analyst every time?`,
      },
      {
        side: 'internal2',
        text: `Finance users build their own views; analysts only define the shared metrics once.`,
      },
    ],
    keyPoint: `Demoed the dashboard builder and threshold alerts to ${c.name}; finance wants to build views without analysts.`,
  };
}

function governanceDemo(c: SimCompany): Beat {
  return {
    topic: 'Product demo',
    section: 'Governance and permissions demo',
    lines: [
      {
        side: 'external2',
        text: `For IT the question is control. Who can see which numbers, and who can change a metric definition?`,
      },
      {
        side: 'internal2',
        text: `Row-level permissions follow your groups, and every metric change goes through review with a full audit log.`,
      },
      { side: 'external2', text: `Can we export the audit log to our own tooling?` },
      { side: 'internal2', text: `Yes, daily, as files or through the API.` },
    ],
    keyPoint: `IT at ${c.name} reviewed row-level permissions, reviewed metric changes and the exportable audit log.`,
  };
}

function expansionInterest(c: SimCompany): Beat {
  const { extraSeats } = dealFigures(c);
  return {
    topic: 'Expansion',
    section: 'Expansion to a new team',
    lines: [
      {
        side: 'external',
        text: `Our operations team saw what finance built and wants in. That would be roughly ${extraSeats} more people.`,
      },
      {
        side: 'internal',
        text: `Great to hear. Let us show them the operations templates before we talk numbers.`,
      },
    ],
    keyPoint: `Operations at ${c.name} wants access: about ${extraSeats} more seats.`,
    highlight: { title: 'Expansion', text: `${c.name} operations team interested: ~${extraSeats} seats.` },
  };
}

// ---- Integration -------------------------------------------------------------------------------

function connector(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Integration',
    section: `${f.integration} integration`,
    lines: [
      { side: 'external2', text: `Our source of truth is ${f.integration}. How does the integration work?` },
      {
        side: 'internal2',
        text: `We have a native ${f.integration} connector. It syncs every fifteen minutes and setup usually takes one day.`,
      },
      { side: 'external2', text: `We would need to backfill two years of history.` },
      { side: 'internal2', text: `That is supported. I will scope the backfill with your data team.` },
    ],
    keyPoint: `${c.name} needs the native ${f.integration} connector with a two-year history backfill.`,
  };
}

function pilotScope(c: SimCompany): Beat {
  return {
    topic: 'Pilot',
    section: 'Pilot scope',
    lines: [
      {
        side: 'internal2',
        text: `For the pilot I suggest two teams, ten users, and three dashboards you already build by hand today.`,
      },
      { side: 'external', text: `Four weeks should be enough to compare it with our month-end process.` },
      { side: 'internal', text: `Agreed. We will measure the hours saved at the next close.` },
    ],
    keyPoint: `${c.name} agreed a four-week pilot with two teams and ten users, measured on hours saved at month-end.`,
  };
}

function pilotResults(c: SimCompany): Beat {
  return {
    topic: 'Pilot',
    section: 'Pilot results',
    lines: [
      {
        side: 'external',
        text: `The pilot went well. Month-end reporting took two days instead of six for the pilot teams.`,
      },
      {
        side: 'external2',
        text: `The only complaint was that the mobile view is hard to read on small screens.`,
      },
      {
        side: 'internal2',
        text: `A new mobile layout ships next month; I will give your team early access.`,
      },
    ],
    keyPoint: `The ${c.name} pilot cut month-end reporting from six days to two; the mobile view needs work.`,
    highlight: { title: 'Pilot', text: `Pilot at ${c.name}: month-end in two days instead of six.` },
  };
}

function secondSource(c: SimCompany): Beat {
  const f = c.facts;
  const other = f.integration === 'Snowflake' ? 'BigQuery' : 'Snowflake';
  return {
    topic: 'Integration',
    section: `Adding ${other}`,
    lines: [
      {
        side: 'external2',
        text: `Operations keeps its data in ${other}, next to ${f.integration}. Can both feed the same dashboards?`,
      },
      {
        side: 'internal2',
        text: `Yes. The ${other} connector is included, and metrics can join across both sources.`,
      },
    ],
    keyPoint: `${c.name} will add ${other} next to ${f.integration} so operations data joins the same dashboards.`,
  };
}

// ---- Pricing and budget ------------------------------------------------------------------------

function firstQuote(c: SimCompany): Beat {
  const f = c.facts;
  const { annual } = dealFigures(c);
  return {
    topic: 'Pricing',
    section: 'Pricing and commercial terms',
    lines: [
      {
        side: 'internal',
        text: `For ${f.seats} seats our list price is ${money(f.listPricePerSeat)} per seat per month. That comes to ${money(annual)} a year.`,
      },
      {
        side: 'external',
        text: `Honestly that is above what we budgeted. Our budget for this is ${money(f.budget)} a year. We were hoping for a ${f.requestedDiscountPercent}% discount, especially if we commit to more than one year.`,
      },
      { side: 'internal', text: `Let me see what I can do on a multi-year term and come back to you.` },
    ],
    keyPoint: `${c.name} was quoted ${money(annual)} a year (${f.seats} seats at ${money(f.listPricePerSeat)} per seat per month), above its budget of ${money(f.budget)}; it asked for a ${f.requestedDiscountPercent}% discount.`,
    highlight: {
      title: 'Pricing',
      text: `Budget of ${money(f.budget)} a year against a ${money(annual)} quote; ${f.requestedDiscountPercent}% discount requested.`,
    },
  };
}

function revisedQuote(c: SimCompany): Beat {
  const f = c.facts;
  const { firstOffer, secondOffer } = dealFigures(c);
  return {
    topic: 'Pricing',
    section: 'Revised proposal',
    lines: [
      {
        side: 'internal',
        text: `The revised proposal has two options: ${firstOffer}% off for one year, or ${secondOffer}% off if you sign for two years.`,
      },
      {
        side: 'external',
        text: `The two-year option gets closer, but it is still not at our ${money(f.budget)} budget.`,
      },
      { side: 'internal', text: `Is the budget fixed, or could it move with a longer commitment?` },
      {
        side: 'external',
        text: `Our CFO might stretch it for a three-year term, but not this quarter.`,
      },
    ],
    keyPoint: `Revised proposal to ${c.name}: ${firstOffer}% off for one year or ${secondOffer}% for two; still above the ${money(f.budget)} budget.`,
  };
}

function cheaperCompetitor(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Competition',
    section: `Comparison with ${f.competitor}`,
    lines: [
      {
        side: 'external',
        text: `${f.competitor} came back with a quote that is about 20% cheaper than yours.`,
      },
      {
        side: 'internal',
        text: `Does that quote include the ${f.integration} connector and onboarding? Those are usually extra with them.`,
      },
      { side: 'external', text: `Good point. I will check what is in their number.` },
    ],
    keyPoint: `${f.competitor}'s quote to ${c.name} is about 20% cheaper; it may exclude the ${f.integration} connector and onboarding.`,
    highlight: { title: 'Competition', text: `${f.competitor} priced about 20% lower at ${c.name}.` },
  };
}

// ---- Security ----------------------------------------------------------------------------------

function securityRequirement(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Security',
    section: 'Security and compliance review',
    lines: [
      {
        side: 'external2',
        text: `Before we can sign, our security team needs your ${f.securityRequirement}.`,
      },
      {
        side: 'internal2',
        text: `Absolutely. We can share that under NDA this week. We are SOC 2 Type II certified and support single sign-on.`,
      },
      { side: 'external2', text: `Where is our data stored? It has to stay in region.` },
      {
        side: 'internal2',
        text: `We can pin your tenant to either our US or our EU region at no extra cost.`,
      },
    ],
    keyPoint: `${c.name}'s security team requires the ${f.securityRequirement} before signing; Northwind will share it under NDA.`,
    highlight: { title: 'Objections', text: `Security review pending: ${f.securityRequirement} required.` },
  };
}

function securityCleared(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Security',
    section: 'Security review outcome',
    lines: [
      {
        side: 'external2',
        text: `We went through the ${f.securityRequirement} you sent. The review is closed with no open findings.`,
      },
      { side: 'internal2', text: `Great news. Is there anything else security needs from us?` },
      { side: 'external2', text: `Only the signed data processing agreement with the contract.` },
    ],
    keyPoint: `${c.name}'s security review of the ${f.securityRequirement} is closed with no open findings; only the data processing agreement remains.`,
  };
}

function annualSecurityReview(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Security',
    section: 'Annual security review',
    lines: [
      {
        side: 'external2',
        text: `It is time for our annual vendor review. We need this year's ${f.securityRequirement} again.`,
      },
      { side: 'internal2', text: `The new one was issued last month. I will send it today.` },
      { side: 'external2', text: `Any security incidents in the past year that we should know about?` },
      { side: 'internal2', text: `None. The incident log in the trust portal is empty for the year.` },
    ],
    keyPoint: `${c.name} started its annual security review and asked for this year's ${f.securityRequirement}.`,
  };
}

// ---- Negotiation -------------------------------------------------------------------------------

function discountCounter(c: SimCompany): Beat {
  const f = c.facts;
  const { secondOffer, finalDiscount } = dealFigures(c);
  return {
    topic: 'Negotiation',
    section: 'Discount and term',
    lines: [
      {
        side: 'external',
        text: `We still need ${f.requestedDiscountPercent}% off to stay within the ${money(f.budget)} budget.`,
      },
      {
        side: 'internal2',
        text: `${secondOffer}% is what we have on the table today. I can go to ${finalDiscount}% only with a two-year commitment and a signature this quarter.`,
      },
      { side: 'external', text: `Let me take ${finalDiscount}% for two years to our CFO.` },
    ],
    keyPoint: `${c.name} asked again for a ${f.requestedDiscountPercent}% discount to fit its ${money(f.budget)} budget; Northwind offered a ${finalDiscount}% discount for a two-year term signed this quarter.`,
    highlight: {
      title: 'Negotiation',
      text: `${finalDiscount}% offered for two years against ${f.requestedDiscountPercent}% requested.`,
    },
  };
}

function procurementTerms(c: SimCompany): Beat {
  return {
    topic: 'Negotiation',
    section: 'Procurement and legal terms',
    lines: [
      {
        side: 'external2',
        text: `Procurement wants payment terms of net sixty instead of net thirty, and a cap on liability at twelve months of fees.`,
      },
      {
        side: 'internal',
        text: `Net sixty is fine. Our legal team will reply on the liability cap by Wednesday.`,
      },
    ],
    keyPoint: `${c.name} procurement asked for net-60 payment terms (accepted) and a liability cap at 12 months of fees (legal to reply).`,
  };
}

function finalTerms(c: SimCompany): Beat {
  const f = c.facts;
  const { finalDiscount, finalAnnual } = dealFigures(c);
  return {
    topic: 'Negotiation',
    section: 'Final terms',
    lines: [
      {
        side: 'external',
        text: `Our CFO approved ${finalDiscount}% off for two years. That is ${money(finalAnnual)} a year, and she moved the budget up from ${money(f.budget)} to cover it.`,
      },
      { side: 'internal', text: `Thank you. I will send the order form for signature today.` },
    ],
    keyPoint: `${c.name}'s CFO approved a ${finalDiscount}% discount for two years, a price of ${money(finalAnnual)} a year, raising the budget from ${money(f.budget)}.`,
    highlight: {
      title: 'Decision',
      text: `Terms agreed: ${finalDiscount}% off, two years, ${money(finalAnnual)} a year.`,
    },
  };
}

// ---- Customer life: onboarding, reviews, renewal -----------------------------------------------

function kickoff(c: SimCompany): Beat {
  const f = c.facts;
  return {
    topic: 'Onboarding',
    section: 'Onboarding plan',
    lines: [
      {
        side: 'internal2',
        text: `Welcome aboard. Week one we connect ${f.integration}; week two we rebuild your board pack.`,
      },
      {
        side: 'external',
        text: `Our go-live target is still ${f.goLiveQuarter}. Does the plan leave room for training?`,
      },
      {
        side: 'internal2',
        text: `Yes, training for admins is in week three and for everyone else in week four.`,
      },
    ],
    keyPoint: `Onboarding plan for ${c.name}: ${f.integration} in week one, board pack in week two, training in weeks three and four, go-live in ${f.goLiveQuarter}.`,
  };
}

function usageReview(c: SimCompany): Beat {
  const { activeSeats } = dealFigures(c);
  return {
    topic: 'Usage review',
    section: 'Adoption review',
    lines: [
      {
        side: 'internal',
        text: `Over the last quarter ${activeSeats} of your ${c.facts.seats} seats were active every week.`,
      },
      { side: 'external', text: `Finance adopted it quickly. Operations is lagging behind.` },
      { side: 'internal', text: `We can run a short training for operations next month.` },
    ],
    keyPoint: `${activeSeats} of ${c.facts.seats} seats at ${c.name} are weekly active; operations adoption lags.`,
  };
}

function renewalPlanning(c: SimCompany): Beat {
  const f = c.facts;
  const { extraSeats } = dealFigures(c);
  return {
    topic: 'Renewal',
    section: 'Renewal planning',
    lines: [
      {
        side: 'internal',
        text: `Your contract renews at the end of next quarter. How are you planning for it?`,
      },
      {
        side: 'external',
        text: `We would like to add ${extraSeats} seats for operations but keep the per-seat price flat.`,
      },
      {
        side: 'external2',
        text: `Our budget for next year is set at ${money(f.budget)}, so the total has to fit in that.`,
      },
    ],
    keyPoint: `${c.name} wants to add ${extraSeats} seats at renewal at a flat per-seat price, within a ${money(f.budget)} budget.`,
    highlight: {
      title: 'Renewal',
      text: `${c.name} renewal: +${extraSeats} seats, flat price, budget ${money(f.budget)}.`,
    },
  };
}

function renewalQuote(c: SimCompany): Beat {
  const f = c.facts;
  const { renewalSeats, renewalAnnual } = dealFigures(c);
  return {
    topic: 'Pricing',
    section: 'Renewal quote',
    lines: [
      {
        side: 'internal',
        text: `For ${renewalSeats} seats at the current ${money(f.listPricePerSeat)} per seat per month, the renewal comes to ${money(renewalAnnual)} a year.`,
      },
      {
        side: 'external',
        text: `Honestly that is above what we budgeted. We have ${money(f.budget)} for next year, so we need about ${f.requestedDiscountPercent}% off.`,
      },
    ],
    keyPoint: `Renewal quote for ${c.name}: ${renewalSeats} seats at ${money(f.listPricePerSeat)} per seat per month, ${money(renewalAnnual)} a year; above the ${money(f.budget)} budget, so it asked for ${f.requestedDiscountPercent}% off.`,
    highlight: {
      title: 'Pricing',
      text: `Renewal at ${money(renewalAnnual)} a year against a ${money(f.budget)} budget; ${f.requestedDiscountPercent}% discount requested.`,
    },
  };
}

function renewalSigned(c: SimCompany): Beat {
  const { renewalSeats, finalDiscount } = dealFigures(c);
  return {
    topic: 'Renewal',
    section: 'Renewal signed',
    lines: [
      { side: 'external', text: `The renewal is signed. Procurement sent it back this morning.` },
      {
        side: 'internal',
        text: `Thank you. That locks in ${renewalSeats} seats at ${finalDiscount}% off for the next two years.`,
      },
    ],
    keyPoint: `${c.name} signed its renewal: ${renewalSeats} seats at a ${finalDiscount}% discount on the list price for two years.`,
    highlight: { title: 'Decision', text: `${c.name} renewed for two years.` },
  };
}

// ---- Next steps, which move on with the story ---------------------------------------------------

function nextSteps(c: SimCompany, cast: ScriptCast, internal: string, summary: string): Beat {
  const invite = cast.otherContact
    ? `Please include ${cast.otherContact} on the invite.`
    : 'Please send the invite to the whole team.';
  return {
    topic: 'Next steps',
    section: 'Next steps',
    lines: [
      { side: 'internal', text: `Next steps: ${internal}` },
      { side: 'external', text: `Sounds good. ${invite}` },
    ],
    keyPoint: `${cast.rep} will ${summary}`,
    highlight: { title: 'Next Steps', text: `${cast.rep} will ${summary}` },
  };
}

const step = (kind: CallKind, beats: Step['beats']): Step => ({ kind, beats });

/**
 * A new customer's story, from the first call to onboarding: each call moves the deal on, so no
 * two calls of one customer say the same thing.
 */
export const NEW_BUSINESS_JOURNEY: readonly Step[] = [
  step('discovery', (c, cast) => [
    currentProcess(c, cast),
    successCriteria(c),
    nextSteps(
      c,
      cast,
      'I will send a short recap and book a demo for your team.',
      'book a demo for the team.',
    ),
  ]),
  step('discovery', (c, cast) => [
    decisionProcess(c, cast),
    timeline(c),
    firstCompetitorMention(c),
    nextSteps(
      c,
      cast,
      'I will set up the demo with your IT lead invited.',
      'set up the demo with IT invited.',
    ),
  ]),
  step('demo', (c, cast) => [
    dashboardDemo(c),
    nextSteps(
      c,
      cast,
      'we will send a recording and book a governance session for IT.',
      'book a governance session for IT.',
    ),
  ]),
  step('demo', (c, cast) => [
    governanceDemo(c),
    nextSteps(
      c,
      cast,
      'I will book a technical deep dive on the integration.',
      'book an integration deep dive.',
    ),
  ]),
  step('integration', (c, cast) => [
    connector(c),
    nextSteps(
      c,
      cast,
      'we will send the backfill plan and propose a pilot.',
      'send the backfill plan and a pilot proposal.',
    ),
  ]),
  step('integration', (c, cast) => [
    pilotScope(c),
    timeline(c),
    nextSteps(c, cast, 'I will open the pilot workspace on Monday.', 'open the pilot workspace on Monday.'),
  ]),
  step('pricing', (c, cast) => [
    firstQuote(c),
    nextSteps(
      c,
      cast,
      'I will come back with multi-year options by Friday.',
      'send multi-year pricing options by Friday.',
    ),
  ]),
  step('security', (c, cast) => [
    securityRequirement(c),
    nextSteps(
      c,
      cast,
      'our security team will send the documents under NDA.',
      'send the security documents under NDA.',
    ),
  ]),
  step('integration', (c, cast) => [
    pilotResults(c),
    nextSteps(
      c,
      cast,
      'I will send the revised proposal before your budget meeting.',
      'send the revised proposal before the budget meeting.',
    ),
  ]),
  step('pricing', (c, cast) => [
    revisedQuote(c),
    cheaperCompetitor(c),
    nextSteps(
      c,
      cast,
      'I will send a side-by-side comparison with what is included.',
      'send a side-by-side comparison.',
    ),
  ]),
  step('security', (c, cast) => [
    securityCleared(c),
    nextSteps(
      c,
      cast,
      'legal will send the data processing agreement.',
      'have legal send the data processing agreement.',
    ),
  ]),
  step('negotiation', (c, cast) => [
    discountCounter(c),
    nextSteps(
      c,
      cast,
      'I will hold the offer until the end of the quarter.',
      'hold the offer until the end of the quarter.',
    ),
  ]),
  step('negotiation', (c, cast) => [
    procurementTerms(c),
    nextSteps(
      c,
      cast,
      'our legal team replies on the liability cap by Wednesday.',
      'get legal to reply on the liability cap by Wednesday.',
    ),
  ]),
  step('negotiation', (c, cast) => [
    finalTerms(c),
    nextSteps(c, cast, 'the order form goes out today for signature.', 'send the order form for signature.'),
  ]),
  step('onboarding', (c, cast) => [
    kickoff(c),
    nextSteps(
      c,
      cast,
      'we will send the onboarding calendar and admin invites.',
      'send the onboarding calendar.',
    ),
  ]),
  step('onboarding', (c, cast) => [
    usageReview(c),
    nextSteps(c, cast, 'I will schedule the operations training.', 'schedule training for operations.'),
  ]),
];

/** An existing customer's story, from adoption reviews through expansion to a signed renewal. */
export const RENEWAL_JOURNEY: readonly Step[] = [
  step('qbr', (c, cast) => [
    usageReview(c),
    nextSteps(c, cast, 'I will schedule the operations training.', 'schedule training for operations.'),
  ]),
  step('qbr', (c, cast) => [
    expansionInterest(c),
    nextSteps(
      c,
      cast,
      'we will demo the operations templates to that team.',
      'demo the operations templates.',
    ),
  ]),
  step('demo', (c, cast) => [
    dashboardDemo(c),
    nextSteps(
      c,
      cast,
      'I will open a trial workspace for operations.',
      'open a trial workspace for operations.',
    ),
  ]),
  step('integration', (c, cast) => [
    secondSource(c),
    nextSteps(
      c,
      cast,
      'our engineer will set up the second connector in the trial.',
      'set up the second connector.',
    ),
  ]),
  step('security', (c, cast) => [
    annualSecurityReview(c),
    nextSteps(
      c,
      cast,
      'I will send this year\u2019s report today.',
      'send this year\u2019s security report.',
    ),
  ]),
  step('demo', (c, cast) => [
    governanceDemo(c),
    nextSteps(
      c,
      cast,
      'we will start planning the renewal next month.',
      'start renewal planning next month.',
    ),
  ]),
  step('renewal', (c, cast) => [
    renewalPlanning(c),
    usageReview(c),
    nextSteps(c, cast, 'I will send the renewal quote with the added seats.', 'send the renewal quote.'),
  ]),
  step('pricing', (c, cast) => [
    renewalQuote(c),
    nextSteps(
      c,
      cast,
      'I will come back with multi-year options by Friday.',
      'send multi-year renewal options by Friday.',
    ),
  ]),
  step('pricing', (c, cast) => [
    cheaperCompetitor(c),
    nextSteps(
      c,
      cast,
      'I will send a side-by-side comparison with what is included.',
      'send a side-by-side comparison.',
    ),
  ]),
  step('pricing', (c, cast) => [
    revisedQuote(c),
    nextSteps(
      c,
      cast,
      'I will ask our VP for more room on a two-year term.',
      'ask for more room on a two-year term.',
    ),
  ]),
  step('security', (c, cast) => [
    securityCleared(c),
    nextSteps(
      c,
      cast,
      'legal will send the updated data processing agreement.',
      'send the updated data processing agreement.',
    ),
  ]),
  step('negotiation', (c, cast) => [
    discountCounter(c),
    nextSteps(
      c,
      cast,
      'I will hold the offer until the end of the quarter.',
      'hold the offer until the end of the quarter.',
    ),
  ]),
  step('negotiation', (c, cast) => [
    procurementTerms(c),
    nextSteps(
      c,
      cast,
      'our legal team replies on the liability cap by Wednesday.',
      'get legal to reply on the liability cap by Wednesday.',
    ),
  ]),
  step('negotiation', (c, cast) => [
    finalTerms(c),
    nextSteps(c, cast, 'the renewal order form goes out today.', 'send the renewal order form.'),
  ]),
  step('renewal', (c, cast) => [
    renewalSigned(c),
    nextSteps(c, cast, 'we will add the operations seats this week.', 'add the operations seats this week.'),
  ]),
  step('onboarding', (c, cast) => [
    kickoff(c),
    nextSteps(
      c,
      cast,
      'I will send the training calendar for operations.',
      'send the operations training calendar.',
    ),
  ]),
];

/** How a manager opens a deal review; several, so reviews of one deal do not read alike. */
const REVIEW_OPENERS: readonly ((c: SimCompany) => string)[] = [
  (c) => `Where are we with ${c.name}? The forecast has it at ${money(c.facts.opportunityAmount)}.`,
  (c) =>
    `Let us start with ${c.name}. Is the ${money(c.facts.opportunityAmount)} still realistic for this quarter?`,
  (c) => `Quick one on ${c.name} before the forecast call. What changed since last week?`,
  (c) => `I saw ${c.name} slip in the pipeline report. Talk me through it.`,
  (c) => `${c.name} is the biggest open item on your list. What is the next milestone?`,
];

/** How a deal review ends: who does what next. Several, so reviews of one deal do not read alike. */
const REVIEW_CLOSERS: readonly ((c: SimCompany) => Beat['lines'])[] = [
  (c) => [
    { side: 'internal', text: `Could you join the next call with their CFO if it comes to that?` },
    { side: 'internal2', text: `Yes. Send me a one-page summary of ${c.shortName} the day before.` },
  ],
  () => [
    { side: 'internal', text: `I will update the close date in the CRM after this.` },
    { side: 'internal2', text: `Good. And log the competitor field while you are at it.` },
  ],
  (c) => [
    { side: 'internal', text: `Do we have a reference customer I could offer ${c.shortName}?` },
    { side: 'internal2', text: `Ask marketing for one in the same industry; they keep a list.` },
  ],
  () => [
    { side: 'internal', text: `What would make you more confident in the number?` },
    { side: 'internal2', text: `A mutual plan with dates, signed off by their side.` },
  ],
  () => [
    { side: 'internal', text: `Should I loop in legal early this time?` },
    { side: 'internal2', text: `Yes, send them our standard terms now so redlines do not slip the quarter.` },
  ],
];

/** Where an internal review stands on a deal, from the last customer call before it. */
export function dealReview(
  c: SimCompany,
  cast: ScriptCast,
  lastCustomerCall: Step | null,
  variant: number,
): Beat[] {
  const f = c.facts;
  const stage = lastCustomerCall?.kind ?? 'prospecting';
  const { finalDiscount } = dealFigures(c);
  const status: Record<string, string> = {
    prospecting: `We have not met them yet; the first call is being set up.`,
    discovery: `Discovery is done. Their reporting is spreadsheet-driven and ${f.competitor} is in the picture.`,
    demo: `They liked the demo. IT cares most about permissions and audit.`,
    integration: `The ${f.integration} integration is scoped and the pilot is the next milestone.`,
    pricing: `They say we are above their ${money(f.budget)} budget and want ${f.requestedDiscountPercent}% off.`,
    security: `Security wants the ${f.securityRequirement}; that is the gating item.`,
    negotiation: `We are negotiating: they want ${f.requestedDiscountPercent}%, we can go to ${finalDiscount}% for two years.`,
    renewal: `The renewal is in motion; they want to add seats within a ${money(f.budget)} budget, which is below our price.`,
    onboarding: `They are live. Adoption in operations is the risk for the renewal.`,
    qbr: `Usage is healthy in finance; operations adoption lags.`,
  };
  const advice: Record<string, string> = {
    prospecting: `Research their ${f.integration} setup before the call.`,
    discovery: `Get the CFO into the next meeting.`,
    demo: `Bring the solutions engineer to every technical meeting.`,
    integration: `Make the pilot success criteria measurable.`,
    pricing: `Hold at ${finalDiscount}% unless they commit to two years.`,
    security: `Send the documents today; do not let security stall the quarter.`,
    negotiation: `No more than ${finalDiscount}%, and only with a two-year term.`,
    renewal: `Trade the extra seats for a two-year term.`,
    onboarding: `Book the operations training before the next review.`,
    qbr: `Find an executive sponsor in operations.`,
  };
  return [
    {
      topic: 'Deal review',
      section: `Deal review: ${c.name}`,
      lines: [
        { side: 'internal2', text: REVIEW_OPENERS[variant % REVIEW_OPENERS.length]?.(c) ?? '' },
        { side: 'internal', text: status[stage] ?? status.prospecting ?? '' },
        { side: 'internal2', text: advice[stage] ?? advice.prospecting ?? '' },
        ...(REVIEW_CLOSERS[variant % REVIEW_CLOSERS.length]?.(c) ?? []),
      ],
      keyPoint: `${cast.rep} reviewed the ${c.name} deal with ${cast.colleague}: ${status[stage] ?? ''} ${cast.colleague} advised: ${advice[stage] ?? ''}`,
    },
  ];
}
