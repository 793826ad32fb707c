/**
 * Fenwick Dairy Cooperative, a Wisconsin cheese cooperative looking at plant yield analytics: a
 * deal frozen by its board when the milk price fell, now aimed at the April board meeting with a
 * smaller one-plant offer. The general manager defers to the CFO and the board; IT's and quality's
 * conditions come early, in calls with only a transcript.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Fenwick Dairy Cooperative story. */
export const fenwickDairyCooperative: Story = {
  company: {
    name: 'Fenwick Dairy Cooperative',
    domain: 'fenwickdairy.coop',
    industry: 'Food & Beverage Manufacturing',
    crmAccountId: '0015g000DC4FDC6AAA',
    contacts: [
      { name: 'Walt Henning', title: 'Director of Plant Operations' },
      { name: 'Barbara Kowalczyk', title: 'Chief Financial Officer' },
      { name: 'Gene Albrecht', title: 'General Manager' },
      { name: 'Tasha Lindgren', title: 'Quality Assurance Manager' },
      { name: 'Ray Dominguez', title: 'IT Manager' },
      { name: 'Kurt Vogel', title: 'Maintenance Supervisor' },
    ],
  },
  calls: [
    {
      daysAgo: 84,
      at: '15:30',
      title: 'Fenwick Dairy intro',
      sellers: ['Omar', 'Tom'],
      customers: ['Walt'],
      lines: [
        [
          'Walt',
          'We are a cooperative of about 600 farm families with three cheese plants: Marshfield, Abbotsford and Loyal.',
        ],
        [
          'Walt',
          'Cheese yield is everything. A tenth of a percent of yield at Marshfield is worth more than your software, I would bet.',
        ],
        ['Tom', 'How do you track yield today?'],
        ['Walt', 'Each plant has its own spreadsheet, and the numbers reach me a week late.'],
      ],
      ai: {
        brief:
          'Walt Henning described a cooperative of about 600 farm families with three cheese plants (Marshfield, Abbotsford, Loyal) that tracks yield in plant spreadsheets a week late.',
        actionItems: ['Tom to set up discovery with Walt, QA and IT'],
      },
    },
    {
      daysAgo: 81,
      at: '15:30',
      title: 'Fenwick discovery',
      sellers: ['Tom', 'Kenji'],
      customers: ['Walt', 'Tasha', 'Ray'],
      lines: [
        ['Ray', 'Plant data sits in Rockwell FactoryTalk Historian at all three plants.'],
        ['Tasha', 'Lab results are in LabWare, our LIMS: fat, protein and moisture for every vat.'],
        ['Ray', 'And the ERP is Epicor Kinetic: milk receipts, lots and shipments.'],
        ['Ray', 'Log-in goes through JumpCloud.'],
        [
          'Ray',
          'I will say it now: IT here is a team of three. We cannot babysit another integration. If it breaks every week, it is dead.',
        ],
        ['Kenji', 'We run and monitor the connectors ourselves; your team should not need to touch them.'],
        ['Walt', 'Good, because Ray’s team is already stretched.'],
      ],
    },
    {
      daysAgo: 74,
      at: '15:30',
      title: 'Northwind demo for Fenwick',
      sellers: ['Tom', 'Kenji'],
      customers: ['Walt', 'Barbara', 'Gene', 'Tasha'],
      lines: [
        [
          'Kenji',
          'Here is yield by vat and by shift at Marshfield, with the lab results lined up against it.',
        ],
        ['Walt', 'That is what we need.'],
        [
          'Gene',
          'Good work. Barbara handles the money side with the board; I stay out of software decisions.',
        ],
        [
          'Barbara',
          'Anything over $75,000 a year goes to our board of directors, and I bring it to them. They meet on October 27.',
        ],
        ['Tasha', 'Can it trace yield back to the lot?'],
        ['Kenji', 'Yes, from the vat to the lot code.'],
      ],
      ai: {
        brief:
          'Kenji demoed yield by vat and shift at Marshfield against lab results. Gene Albrecht, General Manager, left the money side to Barbara Kowalczyk, CFO, who brings anything over $75,000 a year to the board of directors; the board meets October 27. Tasha Lindgren asked about lot tracing.',
        keyPoints: [
          'Barbara Kowalczyk brings spend over $75,000 a year to the board',
          'Board meets October 27',
          'Yield traced from vat to lot code',
        ],
        highlights: {
          'Next steps': [
            'Kenji to run a technical deep dive with Ray',
            'Tom to send pricing before the October 27 board meeting',
          ],
        },
        outcome: ['Follow-up', 'Demo completed'],
        actionItems: ['Kenji to book the technical deep dive'],
      },
    },
    {
      daysAgo: 69,
      at: '20:00',
      title: 'Deal review: Fenwick',
      sellers: ['Tom', 'Dana'],
      customers: [],
      lines: [
        ['Tom', 'Walt is the champion. Barbara, the CFO, takes it to the board on October 27.'],
        [
          'Tom',
          'Competition: Sight Machine has been in, and Ray’s team is building Power BI dashboards themselves.',
        ],
        ['Dana', 'Price?'],
        ['Tom', 'List for three plants is $96,000 a year.'],
        ['Dana', 'Go to $84,000 on a three-year term if it gets onto the October board agenda.'],
      ],
      ai: {
        brief:
          'Internal review: Walt Henning champions; Barbara Kowalczyk takes it to the board on October 27. Sight Machine is competing and Ray’s team builds Power BI dashboards in-house. List $96,000 a year for three plants; up to $84,000 on a three-year term approved.',
      },
    },
    {
      daysAgo: 62,
      at: '15:30',
      title: 'Fenwick technical deep dive',
      sellers: ['Kenji'],
      customers: ['Ray', 'Kurt'],
      lines: [
        [
          'Ray',
          'Rules for the plant network: nothing inbound. If your agent needs data, it sends it outbound only, on port 443, through our DMZ.',
        ],
        [
          'Kenji',
          'Our edge agent only makes outbound connections on 443. It reads FactoryTalk Historian and pushes to our cloud.',
        ],
        ['Ray', 'LabWare we can export nightly. Epicor Kinetic has a REST API.'],
        ['Kurt', 'Could this also read our maintenance system? We use Fiix.'],
        ['Kenji', 'Fiix is on our roadmap; I would keep it for phase 2.'],
      ],
      ai: {
        brief:
          'Ray Dominguez: nothing inbound to the plant network; the edge agent must connect outbound only on port 443 through the DMZ. Kenji confirmed the agent reads FactoryTalk Historian outbound only. LabWare via nightly export, Epicor Kinetic via REST API. Kurt Vogel asked about Fiix, kept for phase 2.',
        keyPoints: [
          'Plant network: outbound only on 443 through the DMZ',
          'LabWare nightly export, Epicor Kinetic REST API',
          'Fiix kept for phase 2',
        ],
        highlights: {
          'Next steps': ['Ray to set up a DMZ host for the edge agent'],
        },
      },
    },
    {
      daysAgo: 55,
      at: '15:30',
      title: 'Fenwick pricing',
      sellers: ['Tom', 'Dana'],
      customers: ['Walt', 'Barbara'],
      lines: [
        ['Tom', 'For all three plants, the list price is $96,000 a year.'],
        ['Dana', 'On a three-year term we can do $84,000 a year.'],
        ['Barbara', 'That is over $75,000, so it goes to the board on October 27. I will present it.'],
        ['Walt', 'I will bring yield numbers from last quarter to make the case.'],
      ],
      ai: {
        brief:
          'List $96,000 a year for three plants; Dana offered $84,000 a year on a three-year term. Barbara Kowalczyk will present it to the board on October 27; Walt Henning will bring last quarter’s yield numbers.',
        keyPoints: ['List $96,000 a year', 'Offer $84,000 a year, three-year term', 'Board on October 27'],
        outcome: ['Negotiation', 'Pricing presented'],
      },
    },
    {
      daysAgo: 48,
      at: '15:30',
      title: 'Fenwick QA walkthrough',
      sellers: ['Kenji'],
      customers: ['Tasha'],
      lines: [
        [
          'Tasha',
          'Here is my condition. Every yield and quality number has to trace back to the vat and the lot code. Our SQF auditor checks that, and if it does not trace, we get a finding.',
        ],
        ['Kenji', 'We keep the genealogy from vat to lot code, and every number links back to it.'],
        ['Tasha', 'Our next SQF audit is in March. I would want it live at one plant at least by then.'],
        ['Kenji', 'Noted.'],
      ],
    },
    {
      daysAgo: 45,
      at: '15:30',
      title: 'Fenwick check-in',
      sellers: ['Tom'],
      customers: ['Walt'],
      lines: [
        [
          'Walt',
          'Heads-up: the Class III milk price fell again this month. Barbara is nervous going into the board.',
        ],
        [
          'Walt',
          'Sight Machine sent a proposal too. I have not seen the number; it went straight to Barbara.',
        ],
        ['Tom', 'Anything I can give Barbara?'],
        ['Walt', 'A one-page summary of the yield case.'],
      ],
      ai: {
        brief:
          'Walt Henning warned that the Class III milk price fell again and Barbara Kowalczyk is nervous before the board. Sight Machine has sent a proposal to Barbara. Walt asked for a one-page yield summary.',
        keyPoints: ['Class III milk price fell again', 'Sight Machine sent a proposal'],
      },
    },
    {
      daysAgo: 38,
      at: '15:30',
      title: 'Fenwick board follow-up',
      sellers: ['Tom', 'Dana'],
      customers: ['Barbara', 'Walt'],
      lines: [
        [
          'Barbara',
          'I will be direct. The board met on October 27 and froze all new software spend until the April board meeting, on April 20. With the Class III milk price where it is, they will not add costs.',
        ],
        ['Dana', 'Is there anything that would change that?'],
        ['Barbara', 'Not before April. It is not about you; two other projects were frozen as well.'],
        ['Walt', 'I am disappointed, not going to lie.'],
      ],
      ai: {
        brief:
          'Barbara Kowalczyk said the board froze all new software spend on October 27 until the April 20 board meeting because of the Class III milk price; two other projects were frozen too. Walt Henning is disappointed.',
        keyPoints: [
          'New software spend frozen until the April 20 board meeting',
          'Cause: Class III milk price',
        ],
        outcome: ['Follow-up', 'Deal paused'],
      },
    },
    {
      daysAgo: 32,
      at: '20:00',
      title: 'Fenwick pipeline review',
      sellers: ['Tom', 'Dana', 'Kenji'],
      customers: [],
      lines: [
        ['Dana', 'Fenwick comes out of commit. Move it to April.'],
        ['Tom', 'Agreed. Walt is still with us, but nothing moves before the April 20 board meeting.'],
        ['Kenji', 'Could we make the first step smaller? One plant.'],
        ['Dana', 'Offer Marshfield alone at $38,000 for the first year. That is under their $75,000 line.'],
      ],
    },
    {
      daysAgo: 25,
      at: '15:30',
      title: 'Fenwick: one-plant option',
      sellers: ['Tom', 'Dana'],
      customers: ['Walt', 'Barbara'],
      lines: [
        [
          'Dana',
          'Here is an option: Marshfield only, $38,000 for the first year, then the other plants at the three-year rate.',
        ],
        [
          'Barbara',
          'I appreciate it. But the freeze covers all new software, not just the big tickets. Even $38,000 needs the board now.',
        ],
        ['Barbara', 'I will put it on the April 20 agenda.'],
        ['Walt', 'Which is what I feared.'],
      ],
      ai: {
        brief:
          'Dana offered Marshfield only at $38,000 for the first year. Barbara Kowalczyk said the freeze covers all new software, so even that needs the board; she will put it on the April 20 agenda.',
        highlights: {
          'Next steps': ['Barbara to put the Marshfield option on the April 20 board agenda'],
        },
        outcome: ['Follow-up', 'Deferred'],
      },
    },
    {
      daysAgo: 12,
      at: '15:30',
      title: 'Fenwick check-in',
      sellers: ['Tom'],
      customers: ['Walt'],
      lines: [
        [
          'Walt',
          'Gene asked me about you last week. Ray’s Power BI dashboards are limping; they have built two in three months.',
        ],
        ['Walt', 'I am disappointed we lost the autumn, but I am still in your corner.'],
        ['Tom', 'Thanks, Walt. I will send you a one-page board memo by December 15 for the April meeting.'],
        ['Walt', 'Good. And Tasha wants to talk about her audit.'],
      ],
    },
    {
      daysAgo: 4,
      at: '15:30',
      title: 'Fenwick – Marshfield data assessment',
      sellers: ['Kenji', 'Tom'],
      customers: ['Tasha', 'Ray'],
      lines: [
        [
          'Kenji',
          'The idea is a no-cost data assessment at Marshfield, so the board sees real numbers in April.',
        ],
        [
          'Ray',
          'I can send a week of FactoryTalk Historian exports by December 11. Files, not a connection; nothing changes on the plant network.',
        ],
        ['Tasha', 'And include the lot codes, so I can show the SQF trace.'],
        ['Kenji', 'I will deliver the assessment by January 15.'],
        ['Tom', 'And my board memo goes to Walt by December 15.'],
      ],
      ai: {
        brief:
          'Planning a no-cost data assessment at Marshfield for the April board: Ray Dominguez sends a week of FactoryTalk Historian exports by December 11; Kenji delivers the assessment by January 15; Tom sends the board memo to Walt by December 15.',
        highlights: {
          'Next steps': [
            'Ray to send a week of FactoryTalk Historian exports by December 11',
            'Kenji to deliver the Marshfield assessment by January 15',
            'Tom to send the board memo to Walt by December 15',
          ],
        },
        outcome: ['Follow-up', 'Assessment planned'],
      },
    },
  ],
};
