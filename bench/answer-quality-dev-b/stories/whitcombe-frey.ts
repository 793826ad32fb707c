/**
 * Whitcombe & Frey LLP, a London and New York law firm buying matter profitability analytics: a
 * deal won five days ago and now in onboarding. The managing partner defers to the COO, who signs
 * after the Management Committee; the general counsel's no-training rule and the security head's
 * ethical-walls rule are conditions; the go-live date moves once.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Whitcombe & Frey LLP story. */
export const whitcombeFrey: Story = {
  company: {
    name: 'Whitcombe & Frey LLP',
    domain: 'whitcombefrey.com',
    industry: 'Legal Services',
    crmAccountId: '0015g000DC3WFR2AAA',
    contacts: [
      { name: 'Tobias Reinholt', title: 'Director of Pricing & Legal Project Management' },
      { name: 'Margaret Oyelowo', title: 'Chief Operating Officer' },
      { name: 'Julian Frey', title: 'Managing Partner' },
      { name: 'Fiona Gallagher', title: 'General Counsel' },
      { name: 'Devan Malhotra', title: 'Head of Information Security' },
      { name: 'Kwame Asante', title: 'Finance Systems Manager' },
      { name: 'Beatrice Castell', title: 'Partner, Head of Litigation' },
    ],
  },
  calls: [
    {
      daysAgo: 88,
      at: '14:00',
      title: 'Whitcombe & Frey intro',
      sellers: ['Chloé'],
      customers: ['Tobias'],
      lines: [
        [
          'Tobias',
          'We are a firm of about 380 lawyers in London and New York. I run pricing and legal project management.',
        ],
        [
          'Tobias',
          'Partners find out about write-offs at month-end, when it is too late. Our realisation rate dropped to 84% last year.',
        ],
        ['Chloé', 'Where does the data live today?'],
        ['Tobias', 'In Aderant. I export it to Excel every Monday and build the partner packs by hand.'],
        ['Tobias', 'If we go ahead, I would like the partners on it by February 1.'],
      ],
      ai: {
        brief:
          'Tobias Reinholt described a firm of about 380 lawyers in London and New York whose partners learn about write-offs at month-end; realisation fell to 84% last year. Data is exported from Aderant to Excel weekly. He would like partners on the platform by February 1.',
        actionItems: ['Chloé to book a discovery session with Tobias and finance systems'],
      },
    },
    {
      daysAgo: 83,
      at: '14:00',
      title: 'Whitcombe discovery',
      sellers: ['Chloé', 'Ben'],
      customers: ['Tobias', 'Kwame'],
      lines: [
        [
          'Kwame',
          'Time and billing is Aderant Expert, on-premises, on SQL Server in our London data centre.',
        ],
        [
          'Ben',
          'We would connect with a read-only database account, or through the Aderant API if you prefer.',
        ],
        ['Kwame', 'A read-only SQL account is simpler for us.'],
        ['Kwame', 'Ethical walls are managed in Intapp Walls. Whatever you show has to respect them.'],
        ['Kwame', 'Single sign-on is Ping Identity.'],
        [
          'Tobias',
          'And the firm’s reporting warehouse is Azure Synapse. Finance wants the matter profitability tables landed there too.',
        ],
        ['Kwame', 'Documents are in iManage, but that is not part of this.'],
      ],
    },
    {
      daysAgo: 76,
      at: '14:00',
      title: 'Northwind demo – Whitcombe & Frey',
      sellers: ['Chloé', 'Ben'],
      customers: ['Tobias', 'Margaret', 'Julian', 'Devan'],
      lines: [
        [
          'Ben',
          'This is matter profitability: budget versus actuals, write-downs before the bill goes out, and realisation by practice group.',
        ],
        [
          'Julian',
          'This is what I have wanted for years. But it is Margaret’s project; she runs operations, and it is her decision.',
        ],
        [
          'Margaret',
          'It is. I sign, but anything over $100,000 a year goes to the Management Committee first.',
        ],
        [
          'Devan',
          'My concern is ethical walls. If a lawyer screened off a matter can see its numbers in your tool, that is a regulatory breach for us.',
        ],
        ['Ben', 'We sync the walls from Intapp Walls and filter every view by them.'],
        [
          'Chloé',
          'Devan, could we do a proper security review on October 5? And I will send a proposal by October 9.',
        ],
      ],
      ai: {
        brief:
          'Ben demoed matter profitability, pre-bill write-downs and realisation by practice group. Julian Frey, Managing Partner, said the decision is Margaret Oyelowo’s; Margaret signs, but anything over $100,000 a year goes to the Management Committee first. Devan Malhotra raised ethical walls.',
        keyPoints: [
          'Margaret Oyelowo signs; over $100,000 a year needs the Management Committee',
          'Devan Malhotra: ethical walls must be respected',
          'Walls synced from Intapp Walls',
        ],
        highlights: {
          'Next steps': [
            'Ben to hold a security review with Devan Malhotra on October 5',
            'Chloé to send a proposal by October 9',
          ],
        },
        outline: {
          Demo: ['Matter budgets versus actuals', 'Pre-bill write-downs', 'Realisation by practice group'],
          Questions: ['Decision process', 'Ethical walls'],
        },
        outcome: ['Follow-up', 'Demo completed'],
        actionItems: ['Ben to schedule the security review', 'Chloé to send a proposal'],
      },
    },
    {
      daysAgo: 70,
      at: '15:00',
      title: 'Deal review: Whitcombe',
      sellers: ['Chloé', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who is the buyer?'],
        [
          'Chloé',
          'Margaret Oyelowo, the COO, signs. Over $100,000 it needs their Management Committee, and we will be over.',
        ],
        [
          'Chloé',
          'They are also talking to BigHand, which is cheaper but does not handle matter budgets the way we do.',
        ],
        ['Dana', 'List for 380 lawyers?'],
        ['Chloé', '$210,000 a year, plus $18,000 implementation.'],
        ['Dana', 'You can go to 15% off the subscription. Keep the implementation fee.'],
      ],
      ai: {
        brief:
          'Internal review: Margaret Oyelowo signs, with Management Committee approval above $100,000. BigHand is competing on price. List $210,000 a year plus $18,000 implementation; up to 15% off the subscription approved, implementation fee kept.',
      },
    },
    {
      daysAgo: 63,
      at: '14:00',
      title: 'Whitcombe security review',
      sellers: ['Ben'],
      customers: ['Devan'],
      lines: [
        [
          'Devan',
          'Two things matter to me. First, ethical walls. Walls change daily; if your sync is more than 15 minutes behind Intapp Walls, we have a problem.',
        ],
        [
          'Ben',
          'We poll Intapp Walls every five minutes, and a failed sync hides the affected matters until it catches up.',
        ],
        ['Devan', 'Good. Second: London client data stays in the UK.'],
        [
          'Ben',
          'UK tenants run in AWS London, eu-west-2. The New York data can sit in the same tenant if you like.',
        ],
        ['Devan', 'Fine. I will want your latest pen test before we sign.'],
      ],
      ai: {
        brief:
          'Devan Malhotra requires the ethical walls sync to be no more than 15 minutes behind Intapp Walls; Ben said Northwind polls every five minutes and hides affected matters when a sync fails. London client data must stay in the UK (AWS London, eu-west-2). Devan wants the latest pen test before signature.',
        keyPoints: [
          'Ethical walls sync at most 15 minutes behind Intapp Walls',
          'London client data stays in the UK',
          'Pen test report required before signature',
        ],
        highlights: {
          'Next steps': ['Ben to send the latest pen test report'],
        },
        outcome: ['Follow-up', 'Security review'],
      },
    },
    {
      daysAgo: 56,
      at: '14:00',
      title: 'Whitcombe commercial call',
      sellers: ['Chloé', 'Dana'],
      customers: ['Tobias', 'Margaret'],
      lines: [
        [
          'Chloé',
          'For 380 lawyers, the subscription lists at $210,000 a year, with $18,000 for implementation.',
        ],
        ['Dana', 'On a one-year term we can do 10% off: $189,000.'],
        [
          'Margaret',
          'I would want a two-year term, and to be under $175,000 a year. Then the Management Committee will not argue.',
        ],
        ['Tobias', 'BigHand quoted us $150,000.'],
        ['Dana', 'BigHand does not write budgets back to Aderant. But let me see what two years does.'],
      ],
      ai: {
        brief:
          'List $210,000 a year for 380 lawyers plus $18,000 implementation; Dana offered $189,000 on a one-year term. Margaret Oyelowo wants a two-year term under $175,000 a year. Tobias Reinholt mentioned BigHand’s $150,000 quote.',
        keyPoints: [
          'List $210,000 a year plus $18,000 implementation',
          'Offer: $189,000 on a one-year term',
          'Margaret wants two years under $175,000 a year',
          'BigHand quoted $150,000',
        ],
        outcome: ['Negotiation', 'Pricing presented'],
      },
    },
    {
      daysAgo: 49,
      at: '14:00',
      title: 'Whitcombe partner session',
      sellers: ['Chloé', 'Ben'],
      customers: ['Tobias', 'Beatrice'],
      lines: [
        [
          'Beatrice',
          'I am here for the partners. We like the matter budgets. What we do not like is a league table.',
        ],
        [
          'Beatrice',
          'If every partner can see every other partner’s realisation rate, you will have a revolt. Only practice-group leaders should see across partners.',
        ],
        ['Ben', 'Visibility is role-based; we can restrict cross-partner views to practice-group leaders.'],
        ['Tobias', 'That is what I promised them.'],
        ['Beatrice', 'Then litigation will go first. We have the worst write-offs in the firm.'],
      ],
    },
    {
      daysAgo: 42,
      at: '14:00',
      title: 'Whitcombe legal review',
      sellers: ['Chloé'],
      customers: ['Fiona'],
      lines: [
        [
          'Fiona',
          'I have read your MSA. Our position is simple. We will not sign unless the agreement says in plain words that our data is never used to train AI models, yours or any sub-processor’s.',
        ],
        ['Chloé', 'Our standard terms already exclude training on customer data.'],
        [
          'Fiona',
          'Standard terms are not enough. I want a dedicated clause. And any support access shows client names pseudonymised.',
        ],
        ['Chloé', 'I will take both to our legal team.'],
        ['Fiona', 'Also, a liability cap at two times annual fees. That one is negotiable.'],
      ],
    },
    {
      daysAgo: 35,
      at: '14:00',
      title: 'Whitcombe check-in',
      sellers: ['Chloé'],
      customers: ['Tobias'],
      lines: [
        [
          'Tobias',
          'Update from the Management Committee: they want the go-live after our fiscal year ends on April 30. So May 1 is the new date.',
        ],
        ['Chloé', 'That is fine for us. More time to onboard.'],
        [
          'Tobias',
          'And I compared again. BigHand is cheaper, but it cannot write budgets back to Aderant. I still prefer you.',
        ],
      ],
      ai: {
        brief:
          'Tobias Reinholt said the Management Committee wants go-live after the fiscal year ends on April 30, so May 1. He still prefers Northwind over the cheaper BigHand, which cannot write budgets back to Aderant.',
      },
    },
    {
      daysAgo: 28,
      at: '14:00',
      title: 'Whitcombe MSA and commercials',
      sellers: ['Chloé', 'Dana'],
      customers: ['Fiona', 'Margaret'],
      lines: [
        [
          'Chloé',
          'Our legal team accepted a dedicated no-training clause, clause 9.4, and pseudonymised client names in support access.',
        ],
        ['Fiona', 'Then I am satisfied on that. A liability cap at two times fees is fine as well.'],
        ['Dana', 'Commercials: $172,000 a year on a two-year term. Implementation stays at $18,000.'],
        ['Margaret', 'That is under my line. I will take it to the Management Committee on November 30.'],
      ],
      ai: {
        brief:
          'Clause 9.4 (Whitcombe data never used to train AI models) and pseudonymised client names in support access were agreed; Fiona Gallagher is satisfied. Dana offered $172,000 a year on a two-year term, implementation $18,000. Margaret Oyelowo takes it to the Management Committee on November 30.',
        keyPoints: [
          'No-training clause 9.4 agreed',
          'Pseudonymised client names in support access',
          '$172,000 a year, two-year term, implementation $18,000',
        ],
        highlights: {
          'Next steps': ['Margaret to take the contract to the Management Committee on November 30'],
          Pricing: ['$172,000 a year on a two-year term; implementation $18,000'],
        },
        outcome: ['Negotiation', 'Terms agreed'],
      },
    },
    {
      daysAgo: 21,
      at: '15:00',
      title: 'Whitcombe forecast',
      sellers: ['Chloé', 'Dana', 'Ben'],
      customers: [],
      lines: [
        ['Dana', 'Whitcombe for November?'],
        [
          'Chloé',
          'It slips into early December. The Management Committee meets on November 30, and Margaret signs after that.',
        ],
        [
          'Ben',
          'I tested the Intapp Walls connector against their sandbox and it works. Devan still wants the pen test walkthrough.',
        ],
        ['Dana', 'Commit for December, then.'],
      ],
    },
    {
      daysAgo: 14,
      at: '14:00',
      title: 'Whitcombe pen test walkthrough',
      sellers: ['Ben'],
      customers: ['Devan'],
      lines: [
        ['Devan', 'I read the pen test. No criticals, two mediums, both fixed. I am comfortable.'],
        ['Devan', 'One ask: email me when a walls sync fails, do not just hide the matter.'],
        ['Ben', 'We can alert your security mailbox on any failed sync.'],
      ],
      ai: {
        brief:
          'Devan Malhotra is comfortable with the pen test (no criticals, two mediums fixed) and asked for an alert to the security mailbox on any failed walls sync, which Ben agreed to.',
      },
    },
    {
      daysAgo: 5,
      at: '14:00',
      title: 'Whitcombe & Frey – signature',
      sellers: ['Chloé', 'Dana'],
      customers: ['Margaret', 'Tobias'],
      lines: [
        [
          'Margaret',
          'The Management Committee approved it on November 30. I signed the DocuSign this morning.',
        ],
        ['Dana', 'Thank you, Margaret. Welcome aboard.'],
        ['Tobias', 'Kickoff in January? The partners want it before year-end planning.'],
        ['Chloé', 'Kickoff on January 11 in London. Sarah Lindqvist will be your customer success manager.'],
      ],
      ai: {
        brief:
          'Margaret Oyelowo signed after the Management Committee approved on November 30. Kickoff set for January 11 in London; Sarah Lindqvist is the customer success manager.',
        keyPoints: [
          'Management Committee approved on November 30',
          'Margaret Oyelowo signed',
          'Kickoff January 11 in London',
        ],
        highlights: {
          'Next steps': ['Kickoff on January 11 in London', 'Sarah Lindqvist to contact Tobias'],
        },
        outcome: ['Closed', 'Closed won'],
      },
    },
    {
      daysAgo: 3,
      at: '14:00',
      title: 'Whitcombe onboarding handoff',
      sellers: ['Sarah', 'Ben'],
      customers: ['Tobias', 'Kwame'],
      lines: [
        [
          'Tobias',
          'Honestly, the mood here is great. Three practice heads have already asked me when they get access.',
        ],
        ['Sarah', 'Let us make May 1 stick. I will send the project plan by December 18.'],
        ['Kwame', 'I will set up the read-only SQL account on Aderant Expert by December 14.'],
        ['Ben', 'I will send the Intapp Walls configuration guide this week.'],
        ['Tobias', 'Litigation goes first, as Beatrice wanted.'],
      ],
      ai: {
        brief:
          'Onboarding handoff: Kwame Asante sets up a read-only SQL account on Aderant Expert by December 14; Sarah sends the project plan by December 18; Ben sends the Intapp Walls configuration guide. Tobias Reinholt said three practice heads already asked for access; litigation goes first; go-live May 1.',
        highlights: {
          'Next steps': [
            'Kwame to set up the read-only SQL account on Aderant Expert by December 14',
            'Sarah to send the project plan by December 18',
            'Ben to send the Intapp Walls configuration guide',
          ],
        },
        outcome: ['Follow-up', 'Onboarding planned'],
      },
    },
  ],
};
