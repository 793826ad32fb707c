import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answering';
import { answerExtractively as answer, makeCall } from './call-fixtures';

/** A live deal with Brightline Logistics: a rival on the shortlist, an incumbent to replace, mixed reactions. */
const discovery = makeCall({
  callId: 'b-discovery',
  title: 'Brightline Logistics discovery',
  started: '2026-09-01T10:00:00Z',
  brief: 'Discovery with the Brightline dispatch team. They run 40 agents across three depots.',
  keyPoints: [
    'Brightline currently uses Freshdesk for dispatch tickets and wants to switch before its renewal.',
    'Ticket volume doubles every December.',
  ],
});
const demo = makeCall({
  callId: 'b-demo',
  title: 'Brightline Logistics demo',
  started: '2026-09-15T10:00:00Z',
  brief: 'Product demo for the operations leads.',
  keyPoints: [
    'The operations leads were impressed by the routing demo.',
    'Mia Chen was worried that setup takes too long for the depots.',
    'Zendesk is also on their shortlist.',
  ],
});
const pricing = makeCall({
  callId: 'b-pricing',
  title: 'Brightline Logistics commercials',
  started: '2026-10-01T10:00:00Z',
  brief: 'Commercial discussion with procurement.',
  keyPoints: [
    'Zendesk came in with a cheaper quote at $38,000 a year.',
    'Mia Chen said our $52,000 price is steep for year one.',
    'The contract would start on 1 December.',
  ],
  highlights: [{ title: 'Next steps', items: ['Send a revised proposal by Friday.'] }],
  callOutcome: { name: 'Negotiation', category: 'Open' },
});
const liveDeal = [discovery, demo, pricing];

/** A deal with Corvid Freight that ended: a pilot, then a loss. */
const pilot = makeCall({
  callId: 'c-pilot',
  title: 'Corvid Freight pilot review',
  started: '2026-10-10T10:00:00Z',
  brief: 'The pilot cut ticket routing time by 30%. The field team could not use it on their phones.',
  keyPoints: ['Routing time fell by 30% in the pilot.', 'The missing mobile app was a gap for drivers.'],
  callOutcome: { name: 'Pilot completed', category: 'Neutral' },
});
const decision = makeCall({
  callId: 'c-decision',
  title: 'Corvid Freight decision call',
  started: '2026-10-24T10:00:00Z',
  brief: 'Corvid told us their decision. They went with another vendor.',
  keyPoints: [
    'Corvid chose Zendesk because it ships a mobile app for drivers.',
    'They will revisit the tooling in Q3 2027.',
  ],
  callOutcome: { name: 'Closed lost', category: 'Lost' },
  pointsOfInterest: { actionItems: ['Ann will send a win-back offer by 15 November.'] },
});
const lostDeal = [pilot, decision];

describe('competitor questions as a sales team asks them', () => {
  it('"Who are we up against?" quotes the rivals they named', async () => {
    const result = await answer('Who are we up against?', liveDeal);
    expect(result.answer).toContain('Zendesk is also on their shortlist.');
    expect(result.answer).toContain('Zendesk came in with a cheaper quote at $38,000 a year.');
  });

  it('asked what tool they use today that we would replace, quotes the incumbent', async () => {
    const result = await answer("What tool are they using today that we'd replace?", liveDeal);
    expect(result.answer).toContain('Brightline currently uses Freshdesk for dispatch tickets');
  });

  it('asked which other vendors they are evaluating, quotes the shortlist', async () => {
    const result = await answer('Which other vendors are they evaluating?', liveDeal);
    expect(result.answer).toContain('Zendesk is also on their shortlist.');
  });

  it('quotes a rival named only beside "also looking at", with no word for competitor', async () => {
    const sync = makeCall({
      callId: 'b-sync',
      title: 'Weekly sync',
      started: '2026-10-05T10:00:00Z',
      keyPoints: ['They are also looking at Freshservice for the depots.', 'Training starts in October.'],
    });
    const result = await answer('Which competitors did they mention?', [...liveDeal, sync]);
    expect(result.answer).toContain('They are also looking at Freshservice for the depots.');
    expect(result.answer).not.toContain('Training starts in October.');
  });

  it('quotes a vendor whose rep pitched them ("An AquaSight rep pitched us"), with no word for competitor', async () => {
    const demo = makeCall({
      callId: 'b-demo',
      title: 'Leak analytics demo',
      started: '2026-10-06T10:00:00Z',
      keyPoints: ['An AquaSight rep pitched us something like it last year; we never followed up.'],
    });
    const result = await answer('Are they talking to any other vendors?', [...liveDeal, demo]);
    expect(result.answer).toContain('An AquaSight rep pitched us');
  });

  it('takes no English word opening a sentence, nor a trade term, for a rival ("Margin per shipment, quoted versus invoiced")', async () => {
    const review = makeCall({
      callId: 'b-review',
      title: 'Deal review',
      started: '2026-10-07T10:00:00Z',
      keyPoints: [
        'Margin per shipment, quoted versus invoiced',
        'No PO for a new SaaS vendor without a current ISO 27001 certificate',
        'The competition is Qlik, the incumbent.',
      ],
    });
    const result = await answer('Who else are they looking at?', [review]);
    expect(result.answer).toContain('The competition is Qlik, the incumbent.');
    expect(result.answer).not.toContain('Margin per shipment');
    expect(result.answer).not.toContain('ISO 27001');
  });

  it('quotes a passage that names a rival again without a word of comparison', async () => {
    const sync = makeCall({
      callId: 'b-sync',
      title: 'Weekly sync',
      started: '2026-10-05T10:00:00Z',
      keyPoints: ['They are also looking at Freshservice for the depots.'],
    });
    const offer = makeCall({
      callId: 'b-offer',
      title: 'Check-in',
      started: '2026-10-12T10:00:00Z',
      brief: 'Freshservice offered them a free pilot for the depots.',
    });
    const result = await answer('Which competitors did they mention?', [...liveDeal, sync, offer]);
    expect(result.answer).toContain('Freshservice offered them a free pilot for the depots.');
  });

  it('quotes a rival they say they looked at before, with no word for competitor', async () => {
    const intro = makeCall({
      callId: 'b-intro',
      title: 'Intro',
      started: '2026-08-20T10:00:00Z',
      keyPoints: ['We looked at Helpwise in the spring; it stalled after one demo.'],
    });
    const result = await answer('Who else are they considering?', [...liveDeal, intro]);
    expect(result.answer).toContain('We looked at Helpwise in the spring');
  });

  it('quotes a rival named the sentence before one saying they pitched ("They pitched hard")', async () => {
    const sync = makeCall({
      callId: 'b-sync',
      title: 'Weekly sync',
      started: '2026-10-05T10:00:00Z',
      keyPoints: ['Kayako met our depot leads at a trade fair. They pitched hard.'],
    });
    const result = await answer('Any competitors?', [sync]);
    expect(result.answer).toContain('Kayako met our depot leads at a trade fair.');
  });

  it('quotes a rival they found too expensive', async () => {
    const intro = makeCall({
      callId: 'b-intro',
      title: 'Intro',
      started: '2026-08-20T10:00:00Z',
      keyPoints: ['Last year Servicely was too expensive for forty agents.'],
    });
    const result = await answer('Any competitors?', [intro]);
    expect(result.answer).toContain('Last year Servicely was too expensive');
  });

  it('takes no system named in another sentence than "our last vendor" for a rival', async () => {
    const systems = makeCall({
      callId: 'b-systems',
      title: 'Systems',
      started: '2026-08-25T10:00:00Z',
      keyPoints: ['Tickets sit in Jirafy and exports are slow. The job took our last vendor four months.'],
    });
    const result = await answer('Any competitors?', [...liveDeal, systems]);
    expect(result.answer).not.toContain('Jirafy');
  });

  it('takes no system they are "looking at going live" with for a rival', async () => {
    const sync = makeCall({
      callId: 'b-sync',
      title: 'Weekly sync',
      started: '2026-10-05T10:00:00Z',
      keyPoints: ['IT is upgrading Dispatchly in January, so we are looking at going live in March.'],
    });
    const result = await answer('Who else are they looking at?', [...liveDeal, sync]);
    expect(result.answer).not.toContain('Dispatchly');
  });

  it('quotes from a call what the rival offers over another line naming the rival', async () => {
    const checkIn = makeCall({
      callId: 'b-check-in',
      title: 'Check-in',
      started: '2026-10-20T10:00:00Z',
      keyPoints: [
        'The depot leads brought up Zendesk again.',
        'Zendesk came back with 30% off the first year.',
      ],
    });
    const result = await answer('Who else are they looking at?', [...liveDeal, checkIn]);
    expect(result.answer).toContain('Zendesk came back with 30% off the first year.');
  });

  it("asked what the competitor offered, quotes the rival's figures", async () => {
    const result = await answer('What did the competitor offer?', liveDeal);
    expect(result.answer).toContain('$38,000 a year');
  });
});

describe('sentiment questions', () => {
  it('"How do they feel about us?" quotes their reactions, good and bad', async () => {
    const result = await answer('How do they feel about us?', liveDeal);
    expect(result.answer).toContain('impressed by the routing demo');
    expect(result.answer).toContain('price is steep');
  });

  it('"How did they react to the price?" quotes the reaction to the price', async () => {
    const result = await answer('How did they react to the price?', liveDeal);
    expect(result.answer).toContain('Mia Chen said our $52,000 price is steep for year one.');
  });

  it('"Are they happy?" quotes reactions rather than saying nothing mentions happiness', async () => {
    const result = await answer('Are they happy?', liveDeal);
    expect(result.answer).toContain('impressed by the routing demo');
    expect(result.answer).not.toContain('Nothing in');
  });

  it('"Are they happy?" quotes a sentence that says how they feel in words the question does not use', async () => {
    const sync = makeCall({
      callId: 'b-sync',
      title: 'Weekly sync',
      started: '2026-10-05T10:00:00Z',
      keyPoints: ['The dispatchers love the new routing rules.', 'Training starts in October.'],
    });
    const result = await answer('Are they happy?', [...liveDeal, sync]);
    expect(result.answer).toContain('The dispatchers love the new routing rules.');
    expect(result.answer).not.toContain('Training starts in October.');
  });

  it('"Are they still keen?" answers from the reactions and the newest outcome', async () => {
    const result = await answer('Are they still keen?', liveDeal);
    expect(result.answer).toContain('price is steep');
    expect(result.answer).toContain('Negotiation');
  });
});

describe('what happened and why', () => {
  it('"Why did we lose?" gives the outcome and the reason the calls state', async () => {
    const result = await answer('Why did we lose?', lostDeal);
    expect(result.answer).toContain('Closed lost');
    expect(result.answer).toContain('Corvid chose Zendesk because it ships a mobile app for drivers.');
  });

  it('"Why did we lose?" also quotes the reason an earlier call gave', async () => {
    const result = await answer('Why did we lose?', lostDeal);
    expect(result.answer).toContain('Reasons the calls give:');
    expect(result.answer).toContain('The missing mobile app was a gap for drivers.');
  });

  it('"What happened in the pilot?" summarises the pilot call', async () => {
    const result = await answer('What happened in the pilot?', lostDeal);
    expect(result.answer).toContain('The pilot cut ticket routing time by 30%.');
  });

  it('"Recap" summarises the calls, newest first', async () => {
    const result = await answer('Recap', lostDeal);
    expect(result.answer.indexOf('They went with another vendor.')).toBeGreaterThanOrEqual(0);
    expect(result.answer.indexOf('They went with another vendor.')).toBeLessThan(
      result.answer.indexOf('The pilot cut ticket routing time'),
    );
  });
});

describe('outcome and status', () => {
  it('"Where do we stand?" gives the newest call\'s outcome and key points', async () => {
    const result = await answer('Where do we stand?', lostDeal);
    expect(result.answer).toContain('Outcome of “Corvid Freight decision call” (2026-10-24): Closed lost');
    expect(result.answer).toContain('Corvid chose Zendesk because it ships a mobile app for drivers.');
  });

  it('"Where do we stand?" also quotes a decision an earlier call states', async () => {
    const approval = makeCall({
      callId: 'b-approval',
      title: 'Brightline Logistics budget check',
      started: '2026-09-20T10:00:00Z',
      keyPoints: ['Their CFO approved the budget for 40 seats.', 'The depots want training in October.'],
    });
    const result = await answer('Where do we stand?', [...liveDeal, approval]);
    expect(result.answer).toContain(
      'Outcome of “Brightline Logistics commercials” (2026-10-01): Negotiation',
    );
    expect(result.answer).toContain('Their CFO approved the budget for 40 seats.');
    expect(result.answer).not.toContain('training in October');
  });

  it('"How did it go?" quotes the key points and brief of a newest call Gong summarised without an outcome', async () => {
    const review = makeCall({
      callId: 'b-review',
      title: 'Weekly sync',
      started: '2026-10-08T10:00:00Z',
      brief: 'Procurement confirmed the budget and asked for the final order form.',
      keyPoints: ['Legal accepted our redlines.'],
    });
    const result = await answer('How did it go?', [...liveDeal, review]);
    expect(result.answer).toContain('Legal accepted our redlines.');
    expect(result.answer).toContain('Procurement confirmed the budget and asked for the final order form.');
    expect(result.answer).not.toContain('has not summarised');
  });

  it('"Did they sign?" answers from where the deal stands, not with a list of people', async () => {
    const result = await answer('Did they sign?', lostDeal);
    expect(result.answer).toContain('Closed lost');
    expect(result.answer).not.toContain('Their people on the calls');
  });

  it('"Where do things stand?" also quotes a decision an earlier call states', async () => {
    const approval = makeCall({
      callId: 'b-approval',
      title: 'Brightline Logistics budget check',
      started: '2026-09-20T10:00:00Z',
      keyPoints: ['Their CFO approved the budget for 40 seats.'],
    });
    const result = await answer('Where do things stand?', [...liveDeal, approval]);
    expect(result.answer).toContain('Their CFO approved the budget for 40 seats.');
  });

  it('"Where do things stand?" also quotes what slipped or froze on an earlier call, the line of that call stating most', async () => {
    const freeze = makeCall({
      callId: 'b-freeze',
      title: 'Brightline Logistics check-in',
      started: '2026-09-22T10:00:00Z',
      brief:
        'Ana reported the item was pulled from the board agenda: the board froze IT spending until the rate study is finished.',
      keyPoints: ['Item pulled from the board agenda'],
    });
    const result = await answer('Where do things stand?', [...liveDeal, freeze]);
    expect(result.answer).toContain('the board froze IT spending until the rate study is finished');
    expect(result.answer).not.toContain('"Item pulled from the board agenda"');
  });

  it('"Where do things stand?" when the newest call is not summarised adds the decisions and changes of the calls before it', async () => {
    const freeze = makeCall({
      callId: 'b-freeze',
      title: 'Brightline Logistics check-in',
      started: '2026-09-22T10:00:00Z',
      keyPoints: ['The deal slipped into Q1.'],
    });
    const unsummarised = makeCall({
      callId: 'b-new',
      title: 'Brightline follow-up',
      started: '2026-10-20T10:00:00Z',
    });
    const result = await answer('Where do things stand?', [...liveDeal, freeze, unsummarised]);
    expect(result.answer).toContain('has no Gong outcome yet');
    expect(result.answer).toContain('The deal slipped into Q1.');
  });

  it('"Did we win it?" gives the newest call\'s outcome', async () => {
    const result = await answer('Did we win it?', lostDeal);
    expect(result.answer).toContain('Outcome of “Corvid Freight decision call” (2026-10-24): Closed lost');
  });

  it('"Where did we land on the last call?" gives the last call\'s outcome', async () => {
    const result = await answer('Where did we land on the last call?', liveDeal);
    expect(result.answer).toContain(
      'Outcome of “Brightline Logistics commercials” (2026-10-01): Negotiation',
    );
  });
});

describe('next steps and the follow-up plan', () => {
  it('"What\'s the follow-up plan?" lists the next steps and action items', async () => {
    const result = await answer("What's the follow-up plan?", lostDeal);
    expect(result.answer).toContain('Ann will send a win-back offer by 15 November.');
  });

  it('"Next steps?" lists the next-steps highlights', async () => {
    const result = await answer('Next steps?', liveDeal);
    expect(result.answer).toContain('Send a revised proposal by Friday.');
  });

  it('lists the items of an outline section titled as next steps', async () => {
    const sync = makeCall({
      callId: 'b-sync',
      title: 'Weekly sync',
      started: '2026-10-05T10:00:00Z',
      brief: 'Weekly check-in with the depots.',
      outline: [{ title: 'Next steps', items: ['Mia to share the depot rota.'] }],
    });
    const result = await answer('What are the next steps?', [sync]);
    expect(result.answer).toContain('Mia to share the depot rota.');
  });

  it('quotes the plan said aloud at the end of a call Gong has not summarised, from its transcript', async () => {
    const unsummarised = makeCall({ callId: 'b-call', title: 'Check-in', started: '2026-10-05T10:00:00Z' });
    const said = (text: string, start: number) => ({
      speakerId: 's1',
      speakerName: 'Mia Chen',
      start,
      end: start + 1_000,
      text,
      topic: null,
    });
    const transcript = {
      callId: 'b-call',
      sentences: [
        said('Thanks for joining today.', 0),
        said('The depots liked the pilot.', 10_000),
        said('Volumes are up in November.', 20_000),
        said("I'll send the signed order form by Friday.", 30_000),
      ],
    };
    const result = await createExtractiveAnswerer().answer(
      'What are the next steps?',
      [unsummarised],
      undefined,
      [transcript],
    );
    expect(result.answer).toContain("I'll send the signed order form by Friday.");
    expect(result.answer).not.toContain('Thanks for joining today.');
  });

  it('quotes a dated commitment the key points make beside the action items', async () => {
    const result = await answer('What are the next steps?', lostDeal);
    expect(result.answer).toContain('They will revisit the tooling in Q3 2027.');
  });
});

describe('concerns and integrations in the words the calls use', () => {
  const sync = makeCall({
    callId: 'b-sync',
    title: 'Weekly sync',
    started: '2026-10-05T10:00:00Z',
    keyPoints: [
      'Mia Chen is nervous about migrating three years of tickets.',
      'Their IT team requires SSO through Okta.',
      'Training starts in October.',
    ],
  });

  it('asked about concerns, quotes a worry voiced as "nervous"', async () => {
    const result = await answer('What concerns did they raise?', [...liveDeal, sync]);
    expect(result.answer).toContain('Mia Chen is nervous about migrating three years of tickets.');
    expect(result.answer).not.toContain('Training starts in October.');
  });

  it('asked which integrations they need, quotes their SSO requirement', async () => {
    const result = await answer('What integrations do they need?', [...liveDeal, sync]);
    expect(result.answer).toContain('Their IT team requires SSO through Okta.');
    expect(result.answer).not.toContain('Training starts in October.');
  });
});

describe('"when" questions the calls leave open', () => {
  it('says plainly that no call read states a date, and quotes what they say about it', async () => {
    const sync = makeCall({
      callId: 'b-sync',
      title: 'Weekly sync',
      started: '2026-10-05T10:00:00Z',
      keyPoints: ['Mia Chen wants to go live once the depots are trained.'],
    });
    const result = await answer('When do they want to go live?', [discovery, sync]);
    expect(result.answer).toContain('None of the 2 calls read states a date for this.');
    expect(result.answer).toContain('Mia Chen wants to go live once the depots are trained.');
    expect(result.answersQuestion).toBe(false);
  });
});

describe('questions about a call named by its title', () => {
  const security = makeCall({
    callId: 'b-security',
    title: 'Brightline security review',
    started: '2026-09-10T10:00:00Z',
    brief: 'Security review with their IT lead.',
    keyPoints: ['SCIM provisioning is required.', 'Logs are kept for seven years.'],
  });
  const dealReview = makeCall({
    callId: 'b-deal-review',
    title: 'Deal review',
    started: '2026-10-20T10:00:00Z',
    brief: 'Internal review of the forecast.',
  });

  it('"What came out of the security review?" quotes that call\'s key points, not the newest review', async () => {
    const result = await answer('What came out of the security review?', [...liveDeal, security, dealReview]);
    expect(result.answer).toContain('SCIM provisioning is required.');
    expect(result.answer).not.toContain('Internal review of the forecast.');
  });

  it('"What did they cover in the security review?" quotes that call\'s brief and key points', async () => {
    const result = await answer('What did they cover in the security review?', [
      ...liveDeal,
      security,
      dealReview,
    ]);
    expect(result.answer).toContain('Security review with their IT lead.');
    expect(result.answer).toContain('Logs are kept for seven years.');
  });
});

describe('briefs that name people with a title', () => {
  it('quotes a sentence whole when it names "Dr." someone', async () => {
    const call = makeCall({
      callId: 'b-dr',
      title: 'Check-in',
      started: '2026-10-20T10:00:00Z',
      brief: 'Pricing call with Dr. Mia Chen, who asked for a 30% discount.',
    });
    const result = await answer('What discount did they ask for?', [call]);
    expect(result.answer).toContain('"Pricing call with Dr. Mia Chen, who asked for a 30% discount."');
  });
});

describe('who holds a role the calls never mention', () => {
  it('"Who is their lawyer?" says no call read mentions a lawyer before listing their people', async () => {
    const result = await answer('Who is their lawyer?', liveDeal);
    expect(result.answer).toContain('Nothing in the 3 calls read mentions "lawyer".');
  });
});

describe('words a sales team uses for one thing', () => {
  it('reads "GA" as general availability', async () => {
    const demo = makeCall({
      callId: 'g1',
      title: 'Cornerstone beta demo',
      started: '2026-11-30T10:00:00Z',
      keyPoints: ['General availability January 18', 'Three clinics run the beta.'],
    });
    const result = await answer("When's the Cornerstone connector going GA?", [demo]);
    expect(result.answer).toContain('General availability January 18');
  });

  it('asked what caused the outages, quotes the cause stated apart from the word "outage"', async () => {
    const escalation = makeCall({
      callId: 'o1',
      title: 'Brackenridge escalation',
      started: '2026-09-22T10:00:00Z',
      brief:
        'Gemma escalated dashboards stale for two days, the third failure since August. Ben traced it to an ezyVet API rate limit change and added monitoring.',
    });
    const result = await answer('What caused the outages?', [escalation]);
    expect(result.answer).toContain('Ben traced it to an ezyVet API rate limit change');
  });
});

describe('integrations: the systems they named', () => {
  const people = [
    {
      name: 'Kenji Watanabe',
      title: null,
      affiliation: 'Internal' as const,
      emailAddress: null,
      crmAccounts: [],
      speakerId: 'Kenji Watanabe',
    },
    {
      name: 'Ray Dominguez',
      title: 'IT Manager',
      affiliation: 'External' as const,
      emailAddress: null,
      crmAccounts: [],
      speakerId: 'Ray Dominguez',
    },
    {
      name: 'Tasha Lindgren',
      title: 'QA Manager',
      affiliation: 'External' as const,
      emailAddress: null,
      crmAccounts: [],
      speakerId: 'Tasha Lindgren',
    },
  ];
  const discovery = makeCall({
    callId: 's1',
    title: 'Fenwick discovery',
    started: '2026-09-17T10:00:00Z',
    participants: people,
  });
  const said = (lines: [string, string][]) => ({
    callId: 's1',
    sentences: lines.map(([speaker, text], index) => ({
      speakerId: speaker,
      speakerName: speaker,
      start: index,
      end: index + 1,
      text,
      topic: null,
    })),
  });
  const transcript = said([
    ['Ray Dominguez', 'Plant data sits in Rockwell FactoryTalk Historian at all three plants.'],
    ['Tasha Lindgren', 'Lab results are in LabWare, our LIMS.'],
    ['Ray Dominguez', 'Then Epicor Kinetic for milk receipts, lots and shipments.'],
    ['Kenji Watanabe', 'That covers it.'],
    ['Ray Dominguez', 'Good. I am glad we started in Wisconsin.'],
    ['Kenji Watanabe', 'Agreed.'],
    ['Ray Dominguez', 'Dana offered a data assessment at Marshfield for $38,000.'],
  ]);

  it('asked what to pull data from, quotes every system they named, with no word of integration', async () => {
    const result = await answer('What would we need to pull data from?', [discovery], [transcript]);
    expect(result.answer).toContain('Rockwell FactoryTalk Historian');
    expect(result.answer).toContain('LabWare');
    expect(result.answer).toContain('Epicor Kinetic');
  });

  it('does not take a word opening a sentence, a place WordNet knows or one said after "at" for a system', async () => {
    const result = await answer('What would we need to pull data from?', [discovery], [transcript]);
    expect(result.answer).not.toContain('I am glad we started in Wisconsin');
    expect(result.answer).not.toContain('$38,000');
  });

  it('asked how users sign in, quotes the sign-in system ("Log-in goes through JumpCloud")', async () => {
    const words = said([
      ['Ray Dominguez', 'Log-in goes through JumpCloud.'],
      ['Tasha Lindgren', 'Lab results are in LabWare, our LIMS.'],
    ]);
    const result = await answer('How do their users sign in, is there SSO?', [discovery], [words]);
    expect(result.answer).toContain('Log-in goes through JumpCloud.');
  });
});

describe('when and what happened, as typed', () => {
  it('"when" is answered by a day on the calendar, not by a length of time: else it says no call states one', async () => {
    const call = makeCall({
      callId: 'q1',
      keyPoints: ['Anders Holm’s team has lived in Qlik for six years.', 'Their Qlik renewal is coming up.'],
    });
    const result = await answer('When does their Qlik contract run out?', [call]);
    expect(result.answer).toContain('The call read states no date for this.');
  });

  it('reads a month typed short ("closing in oct") as the month', async () => {
    const calls = [
      makeCall({
        callId: 'm1',
        started: '2026-12-03T10:00:00Z',
        brief: 'Planning a data assessment at Marshfield.',
      }),
      makeCall({ callId: 'm2', started: '2026-11-12T10:00:00Z', brief: 'Dana offered Marshfield alone.' }),
      makeCall({ callId: 'm3', started: '2026-11-05T10:00:00Z', brief: 'Walt is still with us.' }),
      makeCall({
        callId: 'm4',
        started: '2026-10-29T10:00:00Z',
        brief:
          'The board met on October 27 and froze all new software spend because of the Class III milk price.',
      }),
    ];
    const result = await answer('What happened, thought they were closing in oct?', calls);
    expect(result.answer).toContain('Class III milk price');
  });

  it('asked for pushback on a subject, covers the kind of question only with a passage on that subject', async () => {
    const calls = [
      makeCall({
        callId: 'p1',
        started: '2026-10-01T10:00:00Z',
        keyPoints: [
          'Concern: branch managers adopting it, Gothenburg is used to Qlik',
          'Data cannot leave the EEA',
        ],
      }),
    ];
    const result = await answer('Any data privacy pushback?', calls);
    expect(result.answer).toContain('Data cannot leave the EEA');
    expect(result.answer).not.toContain('Gothenburg');
  });
});

describe('a subject a kind word modifies', () => {
  it('asked for payment terms, says no call mentions them when the calls speak of terms and prices only', async () => {
    const call = makeCall({
      callId: 't1',
      keyPoints: ['Terms agreed', '$172,000 a year on a two-year term; implementation $18,000'],
    });
    const result = await answer('What payment terms did they sign on?', [call]);
    expect(result.answer).toContain('The call read does not mention "payment terms".');
  });
});
