/**
 * Brackenridge Veterinary Partners, an existing customer with 40 clinics that acquired 55 more:
 * a renewal and expansion at risk after refresh outages, with a price that moves three times and a
 * connector date that slips. The CFO signs but defers to the acquired group's IT director on the
 * technology, and he runs Looker; the chief medical officer appears once.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Brackenridge Veterinary Partners story. */
export const brackenridgeVeterinaryPartners: Story = {
  company: {
    name: 'Brackenridge Veterinary Partners',
    domain: 'brackenridgevet.com',
    industry: 'Veterinary Healthcare',
    crmAccountId: '0015g000DC5BVP3AAA',
    contacts: [
      { name: 'Rhys Calloway', title: 'VP of Operations' },
      { name: 'Simone Achterberg', title: 'Chief Financial Officer' },
      { name: 'Dr. Colleen Murphy', title: 'Chief Medical Officer' },
      { name: 'Mateo Ruiz', title: 'Director of IT, Cedar Hollow' },
      { name: 'Gemma Fairbanks', title: 'Practice Analytics Manager' },
      { name: 'Ollie Brennan', title: 'Procurement Specialist' },
    ],
  },
  calls: [
    {
      daysAgo: 88,
      at: '18:00',
      title: 'Brackenridge QBR',
      sellers: ['Aisha', 'Lucía'],
      customers: ['Rhys', 'Gemma', 'Colleen'],
      lines: [
        [
          'Aisha',
          'Forty clinics live, 310 weekly active users, and the revenue-per-visit dashboards are the most used.',
        ],
        [
          'Rhys',
          'Big news: we have agreed to acquire Cedar Hollow Animal Hospitals, 55 clinics. It closes in September.',
        ],
        ['Colleen', 'Longer term I would love antibiotic stewardship dashboards for our vets.'],
        ['Gemma', 'My ask is fewer surprises. The overnight refresh failed twice in August.'],
        ['Lucía', 'Your renewal is on January 31. We should plan the Cedar Hollow clinics into it.'],
      ],
      ai: {
        brief:
          'Quarterly business review: forty clinics live with 310 weekly active users. Rhys Calloway announced the acquisition of Cedar Hollow Animal Hospitals (55 clinics). Dr. Colleen Murphy is interested in antibiotic stewardship dashboards; Gemma Fairbanks raised two refresh failures in August. Renewal on January 31.',
        keyPoints: [
          'Forty clinics, 310 weekly active users',
          'Cedar Hollow acquisition: 55 clinics',
          'Two refresh failures in August',
          'Renewal January 31',
        ],
        highlights: {
          'Next steps': [
            'Lucía to prepare a renewal proposal including Cedar Hollow',
            'Aisha to review the August refresh failures',
          ],
        },
        outcome: ['Follow-up', 'QBR completed'],
        actionItems: ['Lucía to prepare the renewal proposal'],
      },
    },
    {
      daysAgo: 83,
      at: '21:00',
      title: 'Brackenridge account review',
      sellers: ['Aisha', 'Lucía', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Brackenridge renewal?'],
        [
          'Lucía',
          'January 31. Forty clinics at $1,200 per clinic a year today. With Cedar Hollow it could be 95.',
        ],
        ['Dana', 'Apply the standard 7% uplift.'],
        ['Aisha', 'Careful. Gemma is unhappy about the refresh failures.'],
        ['Lucía', 'And Cedar Hollow runs Cornerstone, not ezyVet. We do not have a Cornerstone connector.'],
      ],
    },
    {
      daysAgo: 76,
      at: '18:00',
      title: 'Brackenridge escalation',
      sellers: ['Aisha', 'Ben'],
      customers: ['Gemma', 'Rhys'],
      lines: [
        [
          'Gemma',
          'The dashboards were stale for two days. That is the third time since August. My clinic managers have stopped trusting the numbers.',
        ],
        [
          'Ben',
          'The root cause: ezyVet changed its API rate limit and our sync backed off without alerting anyone.',
        ],
        ['Ben', 'We have fixed the rate limit handling and added monitoring.'],
        ['Rhys', 'I need this not to happen again in front of Simone.'],
      ],
      ai: {
        brief:
          'Gemma Fairbanks escalated dashboards stale for two days, the third failure since August; clinic managers stopped trusting the numbers. Ben traced it to an ezyVet API rate limit change, fixed the handling and added monitoring.',
        keyPoints: [
          'Dashboards stale for two days, third failure since August',
          'Root cause: ezyVet API rate limit change',
          'Monitoring added',
        ],
        highlights: {
          'Next steps': ['Ben to send a written root-cause report'],
        },
        outcome: ['Follow-up', 'Escalation'],
      },
    },
    {
      daysAgo: 69,
      at: '18:00',
      title: 'Brackenridge / Cedar Hollow IT intro',
      sellers: ['Lucía', 'Ben'],
      customers: ['Mateo', 'Rhys'],
      lines: [
        [
          'Mateo',
          'At Cedar Hollow we standardised on BigQuery and Looker. Whatever we buy has to land its data in our BigQuery. We own the data.',
        ],
        [
          'Mateo',
          'And our 55 clinics run Cornerstone, on-premises at each clinic. If you cannot read Cornerstone, the Cedar Hollow clinics stay on Looker.',
        ],
        ['Ben', 'We would need a Cornerstone connector; that is new for us.'],
        ['Mateo', 'Sign-in must be OneLogin. That is ours, and we are moving Brackenridge to it as well.'],
        ['Rhys', 'For the Brackenridge clinics, ezyVet stays.'],
      ],
    },
    {
      daysAgo: 62,
      at: '18:00',
      title: 'Brackenridge renewal proposal',
      sellers: ['Lucía', 'Aisha'],
      customers: ['Rhys', 'Simone'],
      lines: [
        [
          'Lucía',
          'The renewal for 95 clinics: $1,284 per clinic a year, which is the 7% uplift, so $121,980 a year.',
        ],
        ['Simone', 'After three outages? I am not approving an increase per clinic. Not this year.'],
        ['Rhys', 'And we need Cornerstone for the Cedar Hollow side, or they stay on Looker.'],
      ],
      ai: {
        brief:
          'Lucía proposed 95 clinics at $1,284 per clinic a year (a 7% uplift), $121,980 a year. Simone Achterberg refused any per-clinic increase after three outages. Rhys Calloway repeated that Cedar Hollow needs Cornerstone.',
        keyPoints: [
          'Proposal: $1,284 per clinic a year for 95 clinics',
          'Simone refuses any per-clinic increase',
          'Cornerstone needed for Cedar Hollow',
        ],
        outcome: ['Negotiation', 'Pushback'],
      },
    },
    {
      daysAgo: 55,
      at: '18:00',
      title: 'Brackenridge connector scoping',
      sellers: ['Ben', 'Kenji'],
      customers: ['Mateo'],
      lines: [
        [
          'Kenji',
          'For Cornerstone we would install a small agent at each clinic that reads the Cornerstone database and sends it to us.',
        ],
        ['Mateo', 'Fifty-five agents. Fine, if they update themselves.'],
        ['Ben', 'And we push the modelled tables into your BigQuery every night.'],
        ['Kenji', 'The beta of the Cornerstone connector is planned for November 15.'],
      ],
      ai: {
        brief:
          'Kenji scoped a Cornerstone connector with an agent at each of the 55 Cedar Hollow clinics; modelled tables pushed into Mateo Ruiz’s BigQuery nightly. Beta planned for November 15.',
        highlights: {
          'Next steps': [
            'Cornerstone connector beta on November 15',
            'Mateo to provide a BigQuery service account',
          ],
        },
      },
    },
    {
      daysAgo: 48,
      at: '21:00',
      title: 'Deal review: Brackenridge',
      sellers: ['Lucía', 'Dana', 'Aisha'],
      customers: [],
      lines: [
        ['Lucía', 'Simone will not take an increase. She signs the renewal, so that matters.'],
        [
          'Dana',
          'Go flat: $1,200 per clinic for 95 clinics on two years, and a $6,000 service credit for the outages.',
        ],
        [
          'Aisha',
          'The real threat is Looker. Mateo’s team built a Looker prototype for ten Cedar Hollow clinics.',
        ],
      ],
      ai: {
        brief:
          'Internal review: Simone Achterberg signs the renewal and will not accept an increase. Dana approved a flat $1,200 per clinic for 95 clinics on two years plus a $6,000 service credit. Looker is the main threat: Mateo Ruiz’s team built a prototype for ten Cedar Hollow clinics.',
      },
    },
    {
      daysAgo: 41,
      at: '18:00',
      title: 'Brackenridge revised proposal',
      sellers: ['Lucía', 'Dana'],
      customers: ['Simone', 'Rhys', 'Ollie'],
      lines: [
        [
          'Dana',
          'Revised: a flat $1,200 per clinic, 95 clinics, $114,000 a year on a two-year term, plus a $6,000 service credit for the outages.',
        ],
        [
          'Simone',
          'Better. But I want a 99.5% uptime SLA in the contract, with credits when you miss it. Without that I will not sign.',
        ],
        ['Ollie', 'Please send the SLA language to me and I will route it.'],
        ['Rhys', 'And Cornerstone is still the condition on the Cedar Hollow side.'],
      ],
    },
    {
      daysAgo: 34,
      at: '18:00',
      title: 'Brackenridge check-in',
      sellers: ['Aisha'],
      customers: ['Gemma'],
      lines: [
        ['Gemma', 'No stale dashboards since the fix. My managers are looking again.'],
        ['Gemma', 'One ask: alert me when a refresh fails, before my managers notice.'],
        ['Aisha', 'We will add a failure alert to your email and Slack.'],
      ],
      ai: {
        brief:
          'Gemma Fairbanks reported no stale dashboards since the fix and is warming up again; she asked to be alerted when a refresh fails. Aisha will add failure alerts by email and Slack.',
        highlights: {
          'Next steps': ['Aisha to set up refresh failure alerts for Gemma'],
        },
      },
    },
    {
      daysAgo: 27,
      at: '18:00',
      title: 'Brackenridge Cornerstone update',
      sellers: ['Ben'],
      customers: ['Mateo'],
      lines: [
        [
          'Ben',
          'Bad news: the Cornerstone beta moves from November 15 to November 30. IDEXX changed the terms for database access and we had to re-certify.',
        ],
        [
          'Mateo',
          'That is the first date you have missed, and it is the one that matters. Our Looker license for Cedar Hollow renews on December 31, and I have to decide before then.',
        ],
        ['Ben', 'Understood.'],
      ],
    },
    {
      daysAgo: 20,
      at: '21:00',
      title: 'Brackenridge renewal forecast',
      sellers: ['Lucía', 'Dana'],
      customers: [],
      lines: [
        ['Lucía', 'Simone wants $1,100 per clinic.'],
        ['Dana', 'My floor is $1,150 on a three-year term. Not lower.'],
        ['Lucía', 'Best case for January. The Cornerstone date is the risk.'],
      ],
      ai: {
        brief:
          'Internal forecast: Simone Achterberg wants $1,100 per clinic; Dana’s floor is $1,150 on a three-year term. Best case for January; the Cornerstone connector date is the risk.',
      },
    },
    {
      daysAgo: 13,
      at: '18:00',
      title: 'Brackenridge renewal negotiation',
      sellers: ['Lucía', 'Dana'],
      customers: ['Simone', 'Ollie'],
      lines: [
        [
          'Dana',
          '$1,150 per clinic on a three-year term for 95 clinics: $109,250 a year, with the 99.5% uptime SLA and the $6,000 service credit.',
        ],
        ['Simone', 'That is close to where I need to be.'],
        [
          'Simone',
          'I sign the renewal, but I will not overrule Mateo on the technology. If his Cornerstone test fails, Cedar Hollow stays on Looker.',
        ],
        ['Ollie', 'We need it signed before January 31.'],
      ],
      ai: {
        brief:
          'Dana offered $1,150 per clinic on a three-year term for 95 clinics ($109,250 a year) with the 99.5% uptime SLA and the $6,000 service credit. Simone Achterberg signs but will not overrule Mateo Ruiz on the technology; signature needed before January 31.',
        keyPoints: [
          '$1,150 per clinic, three-year term, $109,250 a year',
          '99.5% uptime SLA and $6,000 service credit',
          'Simone defers to Mateo on the technology',
        ],
        highlights: {
          Pricing: ['$1,150 per clinic on a three-year term, $109,250 a year'],
          'Next steps': ['Simone to decide after Mateo’s Cornerstone test', 'Signature before January 31'],
        },
        outcome: ['Negotiation', 'Decision pending'],
      },
    },
    {
      daysAgo: 6,
      at: '18:00',
      title: 'Brackenridge Cornerstone beta demo',
      sellers: ['Ben', 'Lucía'],
      customers: ['Mateo', 'Rhys', 'Gemma'],
      lines: [
        [
          'Ben',
          'The Cornerstone beta is running at three Cedar Hollow clinics, and the data lands in your BigQuery every night.',
        ],
        ['Mateo', 'I am cautiously impressed. General availability when?'],
        ['Ben', 'January 18.'],
        ['Mateo', 'I will run a test at five clinics through December 18.'],
        [
          'Lucía',
          'I will send the three-year order form by December 9, and we meet to decide on December 21.',
        ],
        ['Gemma', 'And the refresh alerts work, by the way.'],
      ],
      ai: {
        brief:
          'Ben showed the Cornerstone beta at three Cedar Hollow clinics landing data in BigQuery nightly; Mateo Ruiz is cautiously impressed. General availability January 18. Mateo tests at five clinics through December 18; Lucía sends the three-year order form by December 9; decision meeting December 21.',
        keyPoints: [
          'Cornerstone beta live at three clinics',
          'General availability January 18',
          'Mateo cautiously impressed',
        ],
        highlights: {
          'Next steps': [
            'Mateo to test at five clinics through December 18',
            'Lucía to send the three-year order form by December 9',
            'Decision meeting December 21',
          ],
        },
        outcome: ['Follow-up', 'Beta demo'],
      },
    },
    {
      daysAgo: 3,
      at: '18:00',
      title: 'Brackenridge check-in',
      sellers: ['Aisha'],
      customers: ['Rhys'],
      lines: [
        ['Rhys', 'Mateo told Simone yesterday that the test looks good so far.'],
        ['Rhys', 'The mood is much better than a month ago. Gemma even defends you in meetings now.'],
        [
          'Rhys',
          'The one thing: the Cedar Hollow Looker license renews on December 31, and Mateo wants our answer before then.',
        ],
        ['Aisha', 'Then December 21 is the meeting that matters.'],
      ],
    },
  ],
};
