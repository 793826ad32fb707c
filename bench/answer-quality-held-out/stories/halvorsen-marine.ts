import type { Story } from '../story';

/**
 * A renewal of an existing customer under cost pressure. The renewal date is named only in the
 * oldest call (8th most recent); the Power BI threat only in a transcript (7th); the agreed terms
 * only in a transcript of the 2nd most recent call.
 */
export const halvorsenMarine: Story = {
  company: {
    name: 'Halvorsen Marine AS',
    domain: 'halvorsen-marine.no',
    industry: 'Ship management',
    crmAccountId: '0015g00001HMA02AAA',
    contacts: [
      { name: 'Sigrid Dahl', title: 'Fleet Performance Manager' },
      { name: 'Thomas Berg', title: 'CFO' },
      { name: 'Anders Lie', title: 'IT Director' },
      { name: 'Maren Solberg', title: 'Procurement Lead' },
    ],
  },
  calls: [
    {
      daysAgo: 88,
      at: '09:00',
      title: 'Quarterly check-in',
      sellers: ['Sarah'],
      customers: ['Sigrid'],
      lines: [
        ['Sarah', 'You have 80 seats today and 52 people active every week.'],
        ['Sigrid', 'The vessel dashboards are the favourite. The rest is barely opened.'],
        ['Sarah', 'Your subscription renews on January 31, so let us plan the renewal conversation early.'],
      ],
      ai: {
        brief:
          'Quarterly review of usage: 80 seats, 52 weekly active users; vessel dashboards are the most used. Sarah flagged that the subscription renews on January 31, 2027 and proposed starting the renewal conversation early.',
        keyPoints: ['80 seats, 52 weekly active.', 'Renewal date: January 31, 2027.'],
        highlights: { 'Next steps': ['Sarah to prepare a renewal plan.'] },
        outcome: ['Neutral', 'Account review'],
        actionItems: ['Prepare renewal plan'],
      },
    },
    {
      daysAgo: 76,
      at: '09:30',
      title: 'Catch up',
      sellers: ['Sarah'],
      customers: ['Anders'],
      lines: [
        ['Anders', 'Heads-up from my side. We moved to Microsoft E5 this year and it includes Power BI.'],
        ['Anders', 'Our CFO is asking why we would pay twice for dashboards.'],
        ['Sarah', 'That is fair to ask. Which dashboards would you rebuild in Power BI?'],
        ['Anders', 'Probably none soon, nobody has the time, but the question will come up at renewal.'],
      ],
    },
    {
      daysAgo: 63,
      at: '10:00',
      title: 'Monthly sync',
      sellers: ['Sarah', 'Ben'],
      customers: ['Sigrid'],
      lines: [
        [
          'Sigrid',
          'What we are missing is fuel consumption per voyage. Can you bring in the MarineTraffic AIS feed?',
        ],
        ['Ben', 'Yes, we can read the MarineTraffic API and join it to your noon reports.'],
        [
          'Sigrid',
          'Then I will push for the renewal internally. I want this in front of the fleet managers.',
        ],
      ],
      ai: {
        brief:
          'Sigrid Dahl asked for fuel consumption per voyage, combining the MarineTraffic AIS feed with noon reports; Ben confirmed the MarineTraffic API can be integrated. Sigrid is driving the renewal internally as the champion.',
        keyPoints: [
          'Request: fuel consumption module per voyage.',
          'Integration: MarineTraffic AIS feed joined to noon reports.',
          'Sigrid Dahl is championing the renewal.',
        ],
        highlights: { 'Next steps': ['Ben to share a fuel consumption prototype.'] },
        outcome: ['Positive', 'Expansion interest'],
      },
    },
    {
      daysAgo: 49,
      at: '10:00',
      title: 'Monthly sync',
      sellers: ['Sarah', 'Marcus'],
      customers: ['Sigrid', 'Thomas'],
      lines: [
        ['Thomas', 'I joined as CFO in August and my brief is to cut software spend by 25%.'],
        ['Thomas', 'Your renewal quote also carries a 7% uplift, which goes the wrong way.'],
        ['Marcus', 'Understood. Would fewer seats on a longer term help you?'],
        ['Thomas', 'Show me a number.'],
      ],
      ai: {
        brief:
          'Thomas Berg, the new CFO, said his mandate is to cut software spend by 25% and objected to the 7% uplift in the renewal quote. Marcus will come back with a proposal with fewer seats on a longer term.',
        keyPoints: ['CFO mandate: cut software spend by 25%.', 'Objection to the 7% renewal uplift.'],
        highlights: { 'Next steps': ['Marcus to send a revised renewal proposal.'] },
        outcome: ['Negative', 'Pricing objection'],
      },
    },
    {
      daysAgo: 35,
      at: '09:00',
      title: 'Follow-up',
      sellers: ['Marcus'],
      customers: ['Thomas', 'Sigrid'],
      lines: [
        [
          'Marcus',
          'Proposal: a two-year term on 65 seats, 12% multi-year discount, and we waive the uplift.',
        ],
        ['Thomas', 'That gets me closer. I need to see it against usage.'],
        ['Sigrid', 'Sixty-five covers every active user with room to grow.'],
      ],
      ai: {
        brief:
          'Marcus proposed a two-year renewal on 65 seats with a 12% multi-year discount and the uplift waived. Thomas wants to check it against usage; Sigrid confirmed 65 seats covers active users.',
        keyPoints: ['Proposal: 2-year term, 65 seats, 12% multi-year discount, uplift waived.'],
        highlights: { 'Next steps': ['Thomas to review the proposal against usage.'] },
        outcome: ['Neutral', 'Proposal sent'],
      },
    },
    {
      daysAgo: 22,
      at: '11:00',
      title: 'Catch up',
      sellers: ['Sarah', 'Ben'],
      customers: ['Anders'],
      lines: [
        ['Anders', 'Before we renew, single sign-on has to move from ADFS to Entra ID.'],
        ['Anders', 'And data must stay in the EU. Is your Frankfurt region still where we are hosted?'],
        ['Ben', 'Yes, you are hosted in Frankfurt, and we can switch you to Entra ID in a day.'],
      ],
      ai: {
        brief:
          'Anders Lie requires moving single sign-on from ADFS to Entra ID before the renewal and confirmed data must stay in the EU; Ben confirmed hosting in the Frankfurt region and a one-day SSO switch.',
        keyPoints: [
          'Requirement: SSO moved from ADFS to Entra ID.',
          'EU data residency: hosted in Frankfurt.',
        ],
        highlights: { 'Next steps': ['Ben to schedule the Entra ID switch.'] },
        outcome: ['Positive', 'Requirements clarified'],
      },
    },
    {
      daysAgo: 10,
      at: '09:00',
      title: 'Monthly sync',
      sellers: ['Marcus'],
      customers: ['Thomas', 'Maren'],
      lines: [
        ['Thomas', 'We accept the two years on 65 seats with the 12%.'],
        ['Thomas', 'One ask: quarterly payments instead of annual in advance.'],
        ['Marcus', 'Quarterly payments are fine.'],
        ['Maren', 'I will issue the purchase order by December 18.'],
      ],
    },
    {
      daysAgo: 3,
      at: '08:30',
      title: 'Quick call',
      sellers: ['Marcus'],
      customers: ['Maren'],
      lines: [
        ['Maren', 'The purchase order is in approval. Can you send the order form with quarterly billing?'],
        ['Marcus', 'Sending it today. We need it countersigned by December 18 to keep the January 31 date.'],
      ],
      ai: {
        brief:
          'Procurement paperwork: Maren Solberg confirmed the purchase order is in approval and asked for the order form with quarterly billing. Marcus will send it today; countersignature needed by December 18.',
        keyPoints: [
          'Purchase order in approval.',
          'Order form with quarterly billing to be countersigned by December 18.',
        ],
        highlights: {
          'Next steps': ['Marcus to send the order form today.', 'Maren to countersign by December 18.'],
        },
        outcome: ['Positive', 'Renewal agreed, awaiting PO'],
      },
    },
  ],
};
