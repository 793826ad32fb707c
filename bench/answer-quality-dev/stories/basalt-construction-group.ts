/**
 * Basalt Construction Group, a general contractor piloting job-cost analytics on two projects.
 * The CFO attends but the VP of Operations decides out of his budget; Domo is named once and
 * dropped; Procore Analytics competes until late; the discount moves from 8% to 12% to 15%;
 * go-live slips from March 2 to April 6.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** Basalt Construction Group's calls of the last 90 days. */
export const basaltConstructionGroup: Story = {
  company: {
    name: 'Basalt Construction Group',
    domain: 'basaltcg.com',
    industry: 'Construction',
    crmAccountId: '0015g0009035847AAA',
    contacts: [
      { name: 'Luis Ortega', title: 'Director of Project Controls' },
      { name: 'Declan Mraz', title: 'VP of Operations' },
      { name: 'Nadia Kovacs', title: 'Chief Financial Officer' },
      { name: 'Tamsin Reed', title: 'IT Manager' },
      { name: 'Gavin Holt', title: 'General Superintendent' },
      { name: 'Bettina Krauss', title: 'Purchasing Manager' },
    ],
  },
  calls: [
    {
      daysAgo: 81,
      at: '14:00',
      title: 'Basalt Construction Group - intro',
      sellers: ['Omar', 'Marcus'],
      customers: ['Luis'],
      lines: [
        ['Omar', 'Luis, thanks for the time. Marcus Okafor is joining; he covers construction accounts.'],
        [
          'Luis',
          'Happy to. We run 38 active projects right now, and every project manager spends about 6 hours a week building the cost report by hand.',
        ],
        ['Marcus', 'Where does the data come from?'],
        [
          'Luis',
          'Procore for the project side, Viewpoint Vista for job cost and accounting. We looked at Domo two years ago and it went nowhere, nobody maintained the dashboards.',
        ],
        ['Marcus', 'Would your IT manager join a discovery call?'],
        ['Luis', 'Yes, Tamsin. I will loop her in.'],
      ],
      ai: {
        brief:
          'Intro with Luis Ortega, Director of Project Controls at Basalt Construction Group. Basalt runs 38 active projects; each project manager spends about 6 hours a week on the cost report. Data lives in Procore and Viewpoint Vista.',
        actionItems: [
          'Marcus to schedule discovery with Luis and Tamsin Reed',
          'Omar to send the job-cost case study',
        ],
      },
    },
    {
      daysAgo: 74,
      title: 'Basalt discovery',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Luis', 'Tamsin'],
      lines: [
        ['Kenji', 'Tamsin, what does the stack look like?'],
        [
          'Tamsin',
          'Procore is cloud, so that is easy. Viewpoint Vista is on-premises, on a SQL Server in our data center behind the firewall. Everyone signs in with Microsoft Entra ID.',
        ],
        [
          'Kenji',
          'For Procore we use their API. For an on-premises Vista, we install a small gateway next to the SQL Server that only makes outbound connections on port 443.',
        ],
        ['Tamsin', 'Outbound-only on 443 I can live with. No inbound holes in the firewall.'],
        [
          'Luis',
          'The report I need is committed cost versus budget per cost code, per project, every Monday.',
        ],
        ['Marcus', "Then that's the demo."],
      ],
      ai: {
        brief:
          'Discovery with Luis Ortega and Tamsin Reed. Procore is cloud; Viewpoint Vista runs on-premises; staff sign in with Microsoft Entra ID. Luis needs committed cost versus budget per cost code every Monday.',
        actionItems: [
          'Kenji to build a demo of the weekly cost report',
          'Tamsin to share the Vista database version',
        ],
      },
    },
    {
      daysAgo: 69,
      title: 'Basalt demo',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Luis', 'Declan', 'Gavin'],
      lines: [
        [
          'Kenji',
          'Here is the Monday cost report: committed cost against budget per cost code, with Procore change orders pulled in.',
        ],
        ['Declan', "That's the report Luis's team builds by hand. How fresh is it?"],
        ['Kenji', 'Vista job cost is refreshed every night through the gateway.'],
        [
          'Gavin',
          "My worry is the field. Superintendents won't log into another thing, and half our sites have no signal. If it doesn't work on an iPad offline, they won't use it.",
        ],
        [
          'Declan',
          "Fair. Procore is also pitching us Procore Analytics, bundled with our renewal. So you'd have to beat that. The budget would come out of my operations budget.",
        ],
        ['Luis', 'We would want this live by March 2, before the spring push.'],
        ['Marcus', 'Can we prove it on two live projects first?'],
        ['Declan', 'Yes. Set up a pilot with Luis.'],
      ],
      ai: {
        brief:
          'Demo of the Monday cost report for Luis Ortega, Declan Mraz (VP of Operations) and Gavin Holt. Gavin worried about field adoption without offline iPad use. Procore is pitching Procore Analytics bundled with the renewal. Declan would fund it from his operations budget and agreed to a pilot. Target go-live March 2.',
        keyPoints: [
          'Cost report with Vista job cost refreshed nightly',
          'Field adoption concern: offline use on iPads',
          'Competitor: Procore Analytics, bundled with the Procore renewal',
          'Pilot on two live projects agreed',
        ],
        highlights: {
          'Next steps': [
            'Marcus and Luis to plan a pilot on two projects',
            'Kenji to check offline support on iPads',
          ],
        },
        outline: {
          'Cost report': ['Committed cost versus budget', 'Procore change orders'],
          Concerns: ['Field adoption', 'Offline iPads'],
          Competition: ['Procore Analytics'],
          Timeline: ['Go-live March 2'],
        },
        outcome: ['Successful', 'Demo completed'],
      },
    },
    {
      daysAgo: 62,
      title: 'Internal: Basalt pilot plan',
      sellers: ['Marcus', 'Kenji'],
      customers: [],
      lines: [
        ['Marcus', 'Luis picked the two pilot projects: Riverside Medical Center and Harbor Point Tower.'],
        ['Kenji', 'Good choices, one hospital and one high-rise. Thirty days from October 13?'],
        ['Marcus', 'Yes. Success criterion is the Monday cost report in under an hour instead of 6 hours.'],
        ['Kenji', "I'll have the offline iPad build ready for Gavin's superintendents."],
      ],
    },
    {
      daysAgo: 55,
      title: 'Basalt pilot kickoff',
      sellers: ['Kenji', 'Marcus'],
      customers: ['Luis', 'Tamsin', 'Gavin'],
      lines: [
        [
          'Kenji',
          'Welcome to the pilot. We start today and run 30 days on Riverside Medical Center and Harbor Point Tower.',
        ],
        [
          'Tamsin',
          'The gateway is installed on a test server against a copy of Vista; production will come after the pilot.',
        ],
        ['Gavin', "I've told the two superintendents to use the iPad app. We'll see."],
        ['Luis', 'My PMs will compare your Monday report with theirs for four weeks.'],
      ],
      ai: {
        brief:
          'Pilot kickoff: 30 days on Riverside Medical Center and Harbor Point Tower, with the gateway on a test copy of Vista.',
        highlights: {
          'Next steps': [
            'Luis’s project managers to compare Monday reports for four weeks',
            'Gavin’s superintendents to use the iPad app',
          ],
        },
      },
    },
    {
      daysAgo: 48,
      title: 'Basalt security review',
      sellers: ['Kenji'],
      customers: ['Tamsin'],
      lines: [
        ['Tamsin', "I've read your SOC 2 Type II. A few questions."],
        ['Tamsin', 'Single sign-on through Entra ID, and can you provision users with SCIM?'],
        ['Kenji', 'Yes to both.'],
        [
          'Tamsin',
          'Retention. We keep job cost records for seven years because of claims and litigation. Can you hold them that long?',
        ],
        ['Kenji', 'Retention is configurable; seven years is fine.'],
        ['Tamsin', "And the gateway stays outbound-only on 443. If that's in writing, I'm satisfied."],
      ],
    },
    {
      daysAgo: 40,
      title: 'Basalt pilot midpoint check-in',
      sellers: ['Kenji', 'Sarah'],
      customers: ['Luis', 'Gavin'],
      lines: [
        ['Luis', 'The PMs love the Monday report. On Harbor Point it matched our spreadsheet to the dollar.'],
        [
          'Gavin',
          "The field is another story. My superintendent at Riverside hasn't logged in once. The basement levels have no signal and the app just spun.",
        ],
        [
          'Kenji',
          'That was the online build. The offline mode went out last week; it syncs when the iPad is back in range.',
        ],
        ['Sarah', "I'll run a 20-minute session with both superintendents on site this week."],
        ['Gavin', "All right. If they use it, I'll back it."],
      ],
      ai: {
        brief:
          'Pilot midpoint: the Monday report matched Harbor Point’s spreadsheet, but the Riverside superintendent had not logged in because of no signal. Kenji pointed to the new offline mode; Sarah will train the superintendents on site.',
        keyPoints: [
          'Monday report accurate on Harbor Point',
          'Field adoption lagging at Riverside: no signal',
          'Offline mode now available',
          'On-site training for superintendents',
        ],
      },
    },
    {
      daysAgo: 33,
      title: 'Basalt pricing call',
      sellers: ['Marcus'],
      customers: ['Declan', 'Luis'],
      lines: [
        [
          'Marcus',
          'For 60 named seats, project managers and project controls, the list price is $1,200 per seat a year, $72,000. Field viewer licenses for superintendents and foremen are included at no charge.',
        ],
        ['Declan', "I'd want 20% off that. Procore will throw analytics in nearly free."],
        ['Marcus', 'I can do 8% on a one-year term.'],
        ['Declan', "8% is a start, not an answer. Let's see how the pilot ends."],
      ],
      ai: {
        brief:
          'Pricing with Declan Mraz and Luis Ortega: 60 seats at $1,200 per seat a year ($72,000), field viewer licenses free. Declan asked for 20% off; Marcus offered 8% on a one-year term.',
        keyPoints: [
          '60 seats at $1,200 per seat a year, $72,000',
          'Field viewer licenses at no charge',
          'Declan asked 20%; Marcus offered 8%',
        ],
        outcome: ['Successful', 'Proposal requested'],
      },
    },
    {
      daysAgo: 24,
      title: 'Basalt pilot readout',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Luis', 'Declan', 'Gavin', 'Nadia'],
      lines: [
        [
          'Luis',
          'Headline: the Monday cost report went from 6 hours to 45 minutes per project manager on both pilot projects.',
        ],
        [
          'Gavin',
          'And after the offline mode and the training, both superintendents used it daily. I was wrong about the field.',
        ],
        ['Nadia', 'Impressive numbers. I joined to understand the spend.'],
        [
          'Nadia',
          "Just so everyone knows, this is Declan's decision, out of his operations budget. I only get involved in purchases above $250,000.",
        ],
        ['Declan', 'The pilot is a success. Now I need a price that beats Procore Analytics.'],
        ['Marcus', "I'll take a better number back to my VP this week."],
      ],
      ai: {
        brief:
          'Pilot readout: the Monday cost report fell from 6 hours to 45 minutes per project manager; superintendents used the iPad app daily. CFO Nadia Kovacs attended. Declan Mraz called the pilot a success and asked for a price that beats Procore Analytics.',
        keyPoints: [
          'Cost report time from 6 hours to 45 minutes',
          'Superintendents used the offline iPad app daily',
          'Declan Mraz wants a price that beats Procore Analytics',
        ],
        highlights: {
          'Next steps': ['Marcus to bring an improved offer after the internal deal review'],
        },
        outline: {
          'Pilot results': ['6 hours to 45 minutes', 'Daily field use'],
          Commercials: ['Price must beat Procore Analytics'],
        },
        outcome: ['Successful', 'Pilot successful'],
      },
    },
    {
      daysAgo: 20,
      title: 'Deal review - Basalt Construction Group',
      sellers: ['Marcus', 'Dana'],
      customers: [],
      lines: [
        ['Marcus', 'Pilot was a clear win. Declan wants 20% and is holding up Procore Analytics.'],
        ['Dana', 'Approve 12% with annual prepay. Up to 15% if they take a two-year term. Not 20%.'],
        ['Marcus', 'Their CFO was on the readout but said it is Declan’s call.'],
        ['Dana', 'Good. Then work Declan, and make sure Procore Analytics cannot read Vista job cost.'],
      ],
      ai: {
        brief:
          'Deal review of Basalt Construction Group. Dana approved 12% with annual prepay and up to 15% for a two-year term. Declan Mraz decides; Procore Analytics is the competition.',
        keyPoints: ['12% with annual prepay approved', 'Up to 15% for a two-year term'],
      },
    },
    {
      daysAgo: 13,
      title: 'Basalt negotiation',
      sellers: ['Marcus', 'Dana'],
      customers: ['Declan', 'Bettina'],
      lines: [
        ['Dana', 'Declan, we can do 12% with annual prepay, or 15% if you commit to two years.'],
        ['Declan', 'Procore quoted their analytics add-on at roughly half your price. I still want 20%.'],
        ['Dana', "15% for two years is our best. Procore Analytics won't give you Vista job cost."],
        [
          'Declan',
          "I'll think about it. One change: go-live is April 6 now. Crews come back from winter shutdown then and Tamsin needs January for the production gateway.",
        ],
        [
          'Bettina',
          "If this goes ahead, I'll need a W-9 and your certificate of insurance for vendor setup.",
        ],
      ],
      ai: {
        brief:
          'Negotiation with Declan Mraz and Bettina Krauss. Dana offered 12% with annual prepay or 15% for a two-year term; Declan still asks 20%, citing a Procore Analytics quote. Go-live moved to April 6.',
        keyPoints: [
          '12% with annual prepay or 15% on a two-year term offered',
          'Declan asks 20%',
          'Go-live now April 6',
        ],
        outcome: ['Neutral', 'Terms under negotiation'],
      },
    },
    {
      daysAgo: 7,
      title: 'Basalt check-in',
      sellers: ['Marcus'],
      customers: ['Luis'],
      lines: [
        ['Marcus', 'How did Declan land after last week?'],
        [
          'Luis',
          "Good news. He dropped Procore Analytics: when Tamsin asked, Procore admitted it can't pull Vista job cost. He's fine with 15% on two years.",
        ],
        ['Luis', "He wants it signed on this year's operations budget, so it has to be done by December 22."],
        ['Marcus', "That's great. Let's set a call with Declan and Bettina to close it out."],
        ['Luis', "My PMs are already asking when they get it back. They're impatient, in a good way."],
      ],
    },
    {
      daysAgo: 3,
      title: 'Basalt Construction Group - contract and rollout planning',
      sellers: ['Marcus', 'Kenji', 'Sarah'],
      customers: ['Declan', 'Bettina', 'Tamsin'],
      lines: [
        ['Declan', "We're going ahead: 15% on a two-year term."],
        ['Marcus', 'That is 60 seats at $1,200 less 15%: $61,200 a year, two years.'],
        ['Bettina', 'I will send the purchase order by December 16, once I have your W-9.'],
        ['Declan', "And I sign by December 22, so it lands in this year's budget."],
        ['Tamsin', 'I will install the production gateway by January 20.'],
        ['Sarah', 'Then the kickoff on January 12, and the rollout to all 38 projects on April 6.'],
        ['Declan', "Good. I'm glad we did the pilot first, it made this an easy call."],
      ],
      ai: {
        brief:
          'Declan Mraz committed to 15% on a two-year term: 60 seats, $61,200 a year. Bettina Krauss sends the PO by December 16; Declan signs by December 22. Tamsin Reed installs the production gateway by January 20; kickoff January 12; rollout to all 38 projects April 6.',
        keyPoints: [
          '15% on a two-year term, $61,200 a year',
          'Purchase order by December 16, signature by December 22',
          'Kickoff January 12, rollout April 6',
        ],
        highlights: {
          'Next steps': [
            'Marcus to send the W-9 to Bettina Krauss',
            'Bettina to send the purchase order by December 16',
            'Declan to sign by December 22',
            'Tamsin to install the production gateway by January 20',
            'Sarah to run the kickoff on January 12',
          ],
        },
        outline: {
          Commercials: ['15% on a two-year term', '$61,200 a year'],
          Paperwork: ['W-9', 'Purchase order', 'Signature'],
          Rollout: ['Gateway by January 20', 'Kickoff January 12', 'All 38 projects on April 6'],
        },
        outcome: ['Successful', 'Verbal commit'],
      },
    },
  ],
};
