import type { Story } from '../story';

/**
 * A publisher heading for a paid pilot. The decision maker and budget are stated only in a
 * transcript; the incumbent tool only in the oldest call (7th most recent); the pilot approval
 * only in the latest call's transcript. No renewal date exists: it is a new customer.
 */
export const quillfeatherPublishing: Story = {
  company: {
    name: 'Quillfeather Publishing',
    domain: 'quillfeather.com',
    industry: 'Publishing',
    crmAccountId: '0015g00001QFP03AAA',
    contacts: [
      { name: 'Harriet Okonjo', title: 'Head of Digital' },
      { name: 'Simon Achterberg', title: 'CTO' },
      { name: 'Poppy Lindgren', title: 'Editorial Analytics Manager' },
    ],
  },
  calls: [
    {
      daysAgo: 80,
      title: 'Intro',
      sellers: ['Lucía'],
      customers: ['Harriet'],
      lines: [
        [
          'Harriet',
          'We publish three imprints, each with its own website, and all the reporting sits in Looker Studio.',
        ],
        ['Harriet', 'Every time Google changes something in GA4 the Looker Studio dashboards break.'],
        ['Lucía', 'So you need audience analytics across the three sites that survives GA4 changes.'],
      ],
      ai: {
        brief:
          'Harriet Okonjo explained that reporting for the three imprint websites is built in Looker Studio on GA4 data and breaks whenever GA4 changes. She wants dependable audience analytics across the three sites.',
        keyPoints: ['Three imprint websites.', 'Current tool: Looker Studio on GA4; dashboards break often.'],
        highlights: { 'Next steps': ['Lucía to set up a demo for the editorial team.'] },
        outcome: ['Positive', 'Next meeting scheduled'],
        actionItems: ['Set up demo'],
      },
    },
    {
      daysAgo: 66,
      title: 'Follow-up',
      sellers: ['Lucía', 'Ben'],
      customers: ['Harriet', 'Poppy'],
      lines: [
        ['Ben', 'This is the article performance view, with subscriptions attributed to each story.'],
        [
          'Poppy',
          'It looks good, but my editors will not learn another tool. They barely open the current one.',
        ],
        ['Harriet', 'That adoption worry is real. Could the numbers come to them in a daily email?'],
        ['Ben', 'Yes, a morning digest per desk.'],
      ],
      ai: {
        brief:
          'Ben demoed article performance with subscription attribution. Poppy Lindgren raised an adoption objection: editors will not learn another tool. Harriet asked for a daily email; Ben offered a morning digest per desk.',
        keyPoints: ['Objection: editorial adoption of a new tool.', 'Idea: morning digest email per desk.'],
        highlights: { 'Next steps': ['Ben to mock up the morning digest.'] },
        outcome: ['Neutral', 'Concerns raised'],
      },
    },
    {
      daysAgo: 52,
      title: 'Sync',
      sellers: ['Lucía'],
      customers: ['Harriet', 'Simon'],
      lines: [
        [
          'Simon',
          'To be clear on process: I make the call on tooling. Finance only needs it to fit the FY27 plan, which starts April 1.',
        ],
        ['Simon', 'The ceiling is 40,000 dollars a year, all in.'],
        ['Lucía', 'Understood, we will build the proposal under that.'],
      ],
    },
    {
      daysAgo: 38,
      title: 'Follow-up',
      sellers: ['Lucía'],
      customers: ['Harriet'],
      lines: [
        ['Lucía', 'For 45 seats at 55 dollars per seat per month, that is 29,700 dollars a year.'],
        ['Harriet', 'Simon will ask for 15% off.'],
        ['Lucía', 'I can do 8% for a two-year term.'],
      ],
      ai: {
        brief:
          'Lucía priced 45 seats at $55 per seat per month ($29,700 a year). Harriet expects a request for 15% off; Lucía offered 8% for a two-year term.',
        keyPoints: [
          '45 seats at $55 per seat per month.',
          'Discount: 15% expected ask, 8% offered for two years.',
        ],
        highlights: { 'Next steps': ['Lucía to send the written proposal.'] },
        outcome: ['Neutral', 'Proposal requested'],
      },
    },
    {
      daysAgo: 24,
      title: 'Check-in',
      sellers: ['Ben'],
      customers: ['Simon', 'Poppy'],
      lines: [
        ['Simon', 'Our warehouse is BigQuery, so read the GA4 export from there, not the GA4 API.'],
        ['Poppy', 'We also need the Piano paywall events, that is where subscriptions start.'],
        ['Simon', 'Logins through Google Workspace, please.'],
        ['Ben', 'All three are supported.'],
      ],
      ai: {
        brief:
          'Technical requirements: read the GA4 export from BigQuery rather than the GA4 API, bring in Piano paywall events, and log in through Google Workspace. Ben confirmed all three are supported.',
        keyPoints: [
          'Source: GA4 export in BigQuery.',
          'Piano paywall events needed.',
          'SSO: Google Workspace.',
        ],
        highlights: { 'Next steps': ['Ben to document the BigQuery connection steps.'] },
        outcome: ['Positive', 'Technical fit confirmed'],
      },
    },
    {
      daysAgo: 13,
      title: 'Check-in',
      sellers: ['Lucía', 'Ben'],
      customers: ['Harriet', 'Poppy'],
      lines: [
        ['Lucía', 'What if we start with a pilot: 10 users for six weeks, starting January 12?'],
        ['Harriet', 'Success for us is a newsletter conversion dashboard the editors actually use.'],
        ['Poppy', 'And the morning digest going to the culture and sport desks.'],
      ],
      ai: {
        brief:
          'Lucía proposed a six-week pilot with 10 users starting January 12. Success criteria: a newsletter conversion dashboard the editors use, and the morning digest for the culture and sport desks.',
        keyPoints: [
          'Pilot: 10 users, six weeks, from January 12.',
          'Success: newsletter conversion dashboard in use.',
        ],
        highlights: { 'Next steps': ['Harriet to get the pilot approved.'] },
        outcome: ['Positive', 'Pilot proposed'],
      },
    },
    {
      daysAgo: 5,
      title: 'Sync',
      sellers: ['Lucía', 'Ben'],
      customers: ['Harriet'],
      lines: [
        [
          'Harriet',
          'Good news: Simon approved the pilot. The 3,500 dollar pilot fee is fine if it is credited against the first year.',
        ],
        ['Lucía', 'Yes, the full 3,500 is credited.'],
        ['Ben', 'I will set up the BigQuery connection by December 15 so we are ready for January.'],
      ],
    },
  ],
};
