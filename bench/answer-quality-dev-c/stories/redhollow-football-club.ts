/**
 * Redhollow Football Club, a professional soccer club wanting season-ticket renewal analytics before
 * its renewal campaign: the league must approve any vendor that receives ticket-holder data, the
 * data director doubts the numbers until they reconcile, and the commercial chief trades a
 * discount for a case study. Nobody knows how long the league's approval takes.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Redhollow Football Club story. */
export const redhollowFootballClub: Story = {
  company: {
    name: 'Redhollow Football Club',
    domain: 'redhollowfc.com',
    industry: 'Professional Sports',
    crmAccountId: '0015g000RF2RHF6AAA',
    contacts: [
      { name: 'Saoirse Dunleavy', title: 'Head of Ticketing and CRM' },
      { name: 'Emeka Nwosu', title: 'Chief Commercial Officer' },
      { name: 'Hollis Grant', title: 'Director of Data and Analytics' },
      { name: 'Frieda Baumann', title: 'Head of Legal and Compliance' },
    ],
  },
  calls: [
    {
      daysAgo: 89,
      at: '19:00',
      title: 'Redhollow intro',
      sellers: ['Omar', 'Priya'],
      customers: ['Saoirse'],
      lines: [
        [
          'Saoirse',
          'We have 6,200 season ticket holders. Renewals fell from 84% to 71% in two seasons, and we only find out who left after the deadline.',
        ],
        ['Priya', 'Where does the ticketing data sit?'],
        ['Saoirse', 'Ticketmaster Account Manager, and our CRM is Salesforce.'],
      ],
      ai: {
        brief:
          'Saoirse Dunleavy, Head of Ticketing and CRM, has 6,200 season ticket holders; renewals fell from 84% to 71% over two seasons. Ticketing is in Ticketmaster Account Manager and CRM in Salesforce.',
        actionItems: ['Priya to book discovery with Saoirse and the data team'],
      },
    },
    {
      daysAgo: 82,
      at: '19:00',
      title: 'Redhollow discovery',
      sellers: ['Priya', 'Ben'],
      customers: ['Saoirse', 'Hollis'],
      lines: [
        [
          'Hollis',
          'Ticketing is Ticketmaster, CRM is Salesforce Sales Cloud, the club shop is Shopify, and concessions run on Appetize.',
        ],
        [
          'Hollis',
          'My worry is it becomes another dashboard nobody trusts because the numbers do not match Ticketmaster’s.',
        ],
        ['Hollis', 'I have a Power BI build that half works. I would want a reason to drop it.'],
        ['Ben', 'We reconcile against Ticketmaster’s own totals every night and show the difference.'],
      ],
      ai: {
        brief:
          'Hollis Grant listed Ticketmaster, Salesforce Sales Cloud, Shopify and Appetize. He worries the numbers will not match Ticketmaster’s and nobody will trust them, and has a partial Power BI build.',
        keyPoints: [
          'Systems: Ticketmaster, Salesforce Sales Cloud, Shopify, Appetize',
          'Trust: numbers must match Ticketmaster',
          'Existing Power BI build',
        ],
        outline: {
          Systems: ['Ticketmaster', 'Salesforce Sales Cloud', 'Shopify', 'Appetize'],
          Concerns: ['Reconciliation with Ticketmaster'],
        },
      },
    },
    {
      daysAgo: 75,
      at: '19:00',
      title: 'Redhollow follow-up',
      sellers: ['Priya'],
      customers: ['Saoirse'],
      lines: [
        ['Saoirse', 'StellarAlgo pitched us last month. KORE handles our sponsorship, that is separate.'],
        [
          'Saoirse',
          'Honestly, the StellarAlgo demo put half my team to sleep. Yours had them arguing about renewals for an hour afterwards, which is a good sign.',
        ],
        ['Priya', 'Glad to hear it. Who else needs to see it?'],
        ['Saoirse', 'Emeka, our commercial chief. He is the one with the money.'],
      ],
    },
    {
      daysAgo: 67,
      at: '19:00',
      title: 'Redhollow FC demo',
      sellers: ['Priya', 'Ben'],
      customers: ['Saoirse', 'Emeka', 'Hollis'],
      lines: [
        [
          'Ben',
          'Each season ticket holder gets a renewal risk score, with the reasons: attendance, resale, spend.',
        ],
        ['Emeka', 'The owners are nervous after we finished bottom of the table and attendance fell 11%.'],
        ['Emeka', 'This is the first analytics pitch that talked about renewals instead of sponsorship.'],
        ['Priya', 'The price is $45,000 per year.'],
        ['Hollis', 'I will believe the scores when they match our own numbers.'],
      ],
      ai: {
        brief:
          'Ben demoed renewal risk scores per season ticket holder. Emeka Nwosu said the owners are nervous after a bottom-of-the-table finish and an 11% attendance drop, and liked the focus on renewals. Price $45,000 per year. Hollis Grant remains skeptical until numbers match.',
        keyPoints: [
          'Renewal risk score per season ticket holder',
          'Owners nervous: attendance fell 11%',
          '$45,000 per year',
        ],
        highlights: {
          'Next steps': [
            'Ben to run a reconciliation against Ticketmaster with Hollis',
            'Priya to send a proposal',
          ],
        },
        outcome: ['Follow-up', 'Demo completed'],
      },
    },
    {
      daysAgo: 59,
      at: '22:00',
      title: 'Redhollow deal review',
      sellers: ['Priya', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who signs at Redhollow?'],
        [
          'Priya',
          'Emeka signs. The owners do not need to approve anything under $50,000. Saoirse is the champion.',
        ],
        ['Priya', 'Hollis is the risk, he would rather keep his Power BI build.'],
        ['Dana', 'Offer a lower price for a named reference.'],
      ],
      ai: {
        brief:
          'Internal review: Emeka Nwosu signs; owners need not approve anything under $50,000. Saoirse Dunleavy is the champion; Hollis Grant prefers his Power BI build. Plan to offer a discount for a named reference.',
      },
    },
    {
      daysAgo: 47,
      at: '19:00',
      title: 'Redhollow legal',
      sellers: ['Priya'],
      customers: ['Frieda', 'Saoirse'],
      lines: [
        [
          'Frieda',
          'The league will not let us send ticket-holder data to a vendor unless you are on its approved vendor list.',
        ],
        ['Priya', 'How long does the league take?'],
        ['Frieda', 'The league has not told us how long that takes. Nobody here has been through it.'],
        [
          'Frieda',
          'And a hard line: fan data is never combined with our betting partner’s data. Not in your product, not anywhere.',
        ],
        ['Priya', 'I will submit the league vendor application this week.'],
      ],
      ai: {
        brief:
          'Frieda Baumann said the league only allows ticket-holder data to go to vendors on its approved vendor list; the timing is not known. Fan data must never be combined with the betting partner’s data.',
        keyPoints: [
          'League approved vendor list required',
          'No combining fan data with betting partner data',
        ],
        highlights: {
          'Next steps': ['Priya to submit the league vendor application'],
        },
      },
    },
    {
      daysAgo: 35,
      at: '19:00',
      title: 'Redhollow data session',
      sellers: ['Ben'],
      customers: ['Hollis'],
      lines: [
        ['Ben', 'Last season’s renewals reconcile with Ticketmaster within 0.5%.'],
        ['Hollis', 'Fine. That is better than my Power BI build does, honestly.'],
        ['Hollis', 'I can stop fighting it then.'],
      ],
    },
    {
      daysAgo: 22,
      at: '19:00',
      title: 'Redhollow proposal',
      sellers: ['Priya', 'Dana'],
      customers: ['Emeka', 'Saoirse'],
      lines: [
        ['Priya', 'If Redhollow is a named reference and case study, the price is $39,000 per year.'],
        ['Emeka', 'I will do the case study if we renew more than 80%.'],
        [
          'Saoirse',
          'The renewal campaign launches January 20. If it is not ready by then, there is no point until next year.',
        ],
      ],
      ai: {
        brief:
          'Priya offered $39,000 per year in exchange for a named reference and case study; Emeka Nwosu agreed to a case study if renewals exceed 80%. The renewal campaign launches January 20 and the product must be ready by then.',
        keyPoints: [
          '$39,000 per year with a case study',
          'Case study if renewals exceed 80%',
          'Campaign launches January 20',
        ],
        outcome: ['Follow-up', 'Proposal presented'],
      },
    },
    {
      daysAgo: 12,
      at: '19:00',
      title: 'Redhollow check-in',
      sellers: ['Priya'],
      customers: ['Saoirse'],
      lines: [
        ['Saoirse', 'We submitted the league application on November 20 and have heard nothing.'],
        ['Saoirse', 'I am starting to sweat the January 20 date, to be honest.'],
        ['Priya', 'I will ask our league contact whether they can expedite it.'],
      ],
      ai: {
        brief:
          'The league vendor application was submitted on November 20 with no response yet. Saoirse Dunleavy is anxious about the January 20 launch.',
        highlights: {
          'Next steps': ['Priya to ask the league contact about expediting the application'],
        },
      },
    },
    {
      daysAgo: 5,
      at: '19:00',
      title: 'Redhollow weekly',
      sellers: ['Priya'],
      customers: ['Saoirse', 'Frieda'],
      lines: [
        ['Frieda', 'The league came back. They want a data processing addendum before they will review us.'],
        ['Frieda', 'I will send our addendum to you by December 11.'],
        ['Priya', 'We will turn it around in two days.'],
        ['Saoirse', 'So still no approval, but at least it is moving.'],
      ],
    },
  ],
};
