import type { Story } from '../story';

/**
 * A dental group whose deal stalls. The discount changes in four calls (5%, 12%, 15% asked, 11%
 * final); the competitor is named in a transcript and again in the latest one; the freeze that
 * stalls the deal is only in the latest call's transcript.
 */
export const meridianDental: Story = {
  company: {
    name: 'Meridian Dental Group',
    domain: 'meridiandental.com',
    industry: 'Healthcare',
    crmAccountId: '0015g00001MDG04AAA',
    contacts: [
      { name: 'Joy Mbatha', title: 'Practice Analytics Lead' },
      { name: 'Dr. Alan Whitcombe', title: 'Chief Operating Officer' },
      { name: 'Rebecca Stroud', title: 'Compliance Officer' },
      { name: 'Ivan Petrov', title: 'IT Manager' },
    ],
  },
  calls: [
    {
      daysAgo: 86,
      at: '17:00',
      title: 'Intro call',
      sellers: ['Tom'],
      customers: ['Joy'],
      lines: [
        ['Joy', 'We have 62 clinics and no single view of chair utilization.'],
        ['Joy', 'No-shows run at 18% in some clinics and we only find out at month end.'],
        ['Tom', 'So daily utilization and no-show tracking per clinic is the goal.'],
      ],
      ai: {
        brief:
          'Joy Mbatha described 62 clinics without a single view of chair utilization, and no-show rates of 18% in some clinics discovered only at month end. Goal: daily utilization and no-show tracking per clinic.',
        keyPoints: ['62 clinics.', 'No-show rate up to 18% in some clinics.'],
        highlights: { 'Next steps': ['Tom to arrange a demo.'] },
        outcome: ['Positive', 'Next meeting scheduled'],
        actionItems: ['Arrange demo for Joy'],
      },
    },
    {
      daysAgo: 74,
      at: '17:00',
      title: 'Follow-up',
      sellers: ['Tom', 'Kenji'],
      customers: ['Joy', 'Ivan'],
      lines: [
        ['Kenji', 'Here is the chair utilization board, per clinic and per provider.'],
        ['Joy', 'This is what the regional managers have been asking for.'],
        ['Tom', 'Pricing is per clinic. If you prepay annually there is a 5% discount.'],
      ],
      ai: {
        brief:
          'Kenji demoed the chair utilization board per clinic and provider; Joy said it is what regional managers want. Tom explained per-clinic pricing with a 5% discount for annual prepayment.',
        keyPoints: ['Demo well received by Joy.', 'Per-clinic pricing; 5% discount for annual prepay.'],
        highlights: { 'Next steps': ['Tom to send per-clinic pricing.'] },
        outcome: ['Positive', 'Demo completed'],
        actionItems: ['Send per-clinic pricing'],
      },
    },
    {
      daysAgo: 65,
      at: '17:00',
      title: 'Weekly sync',
      sellers: ['Tom', 'Kenji'],
      customers: ['Rebecca'],
      lines: [
        ['Rebecca', 'Nothing moves until we have a signed HIPAA BAA.'],
        ['Rebecca', 'I also want patient data minimized to appointment IDs, and audit logs of every export.'],
        ['Kenji', 'We sign BAAs routinely, and exports are logged per user.'],
      ],
      ai: {
        brief:
          'Rebecca Stroud, Compliance Officer, requires a signed HIPAA BAA before anything moves, patient data minimized to appointment IDs, and audit logs of every export. Kenji confirmed BAAs and per-user export logs.',
        keyPoints: ['HIPAA BAA required.', 'PHI minimized to appointment IDs.', 'Audit logs for exports.'],
        highlights: { 'Next steps': ['Tom to send the BAA template.'] },
        outcome: ['Positive', 'Requirements clarified'],
      },
    },
    {
      daysAgo: 56,
      at: '17:00',
      title: 'Follow-up',
      sellers: ['Tom'],
      customers: ['Joy'],
      lines: [
        [
          'Joy',
          'I should tell you we are also looking at Jarvis Analytics. They are dental-only and quoted 250 dollars per clinic.',
        ],
        ['Tom', 'Our list is 310 per clinic per month. I can go to 12% off to close the gap.'],
        ['Joy', 'That helps, I will share it with Alan.'],
      ],
    },
    {
      daysAgo: 44,
      at: '17:00',
      title: 'Weekly sync',
      sellers: ['Kenji'],
      customers: ['Ivan', 'Joy'],
      lines: [
        ['Ivan', 'Most clinics run Dentrix, the ones we acquired last year run Open Dental.'],
        ['Ivan', 'We can give you a nightly extract from both, nothing real time.'],
        ['Kenji', 'Nightly is fine for utilization. We have connectors for Dentrix and Open Dental.'],
      ],
      ai: {
        brief:
          'Ivan Petrov explained that most clinics run Dentrix and acquired ones run Open Dental; IT can provide nightly extracts from both. Kenji confirmed connectors for Dentrix and Open Dental.',
        keyPoints: ['Integrations: Dentrix and Open Dental.', 'Nightly extracts, no real time.'],
        highlights: { 'Next steps': ['Kenji to send connector documentation.'] },
        outcome: ['Positive', 'Technical fit confirmed'],
      },
    },
    {
      daysAgo: 33,
      at: '17:00',
      title: 'Follow-up',
      sellers: ['Tom'],
      customers: ['Alan', 'Joy'],
      lines: [
        [
          'Alan',
          'Anything above 100,000 dollars goes to our purchasing committee, and I sign once they approve.',
        ],
        ['Alan', 'The committee will want 15% off.'],
        ['Tom', 'Let me see what I can do.'],
      ],
      ai: {
        brief:
          'Dr. Alan Whitcombe, COO, explained that purchases above $100,000 go to the purchasing committee and that he signs once it approves. He asked for 15% off.',
        keyPoints: [
          'Purchasing committee approves purchases above $100,000; Alan Whitcombe signs.',
          'Ask: 15% discount.',
        ],
        highlights: { 'Next steps': ['Tom to respond on the 15% request.'] },
        outcome: ['Neutral', 'Negotiation ongoing'],
      },
    },
    {
      daysAgo: 20,
      at: '17:00',
      title: 'Weekly sync',
      sellers: ['Tom'],
      customers: ['Joy'],
      lines: [
        ['Joy', 'Our plan is the first 10 clinics live in March 2027 and all 62 by June.'],
        ['Tom', 'That works with our onboarding team.'],
      ],
      ai: {
        brief:
          'Joy laid out the rollout plan: the first 10 clinics live in March 2027 and all 62 clinics by June 2027. Tom confirmed onboarding capacity.',
        keyPoints: ['Rollout: first 10 clinics in March 2027.', 'All 62 clinics by June 2027.'],
        highlights: { 'Next steps': ['Tom to send an onboarding plan.'] },
        outcome: ['Positive', 'Timeline agreed'],
      },
    },
    {
      daysAgo: 11,
      at: '17:00',
      title: 'Follow-up',
      sellers: ['Tom'],
      customers: ['Joy', 'Alan'],
      lines: [
        ['Tom', 'Final proposal: a three-year term at 11% off list.'],
        ['Joy', 'That is a proposal I can support in front of the committee.'],
        ['Alan', 'Send it over and we will put it on the agenda.'],
      ],
      ai: {
        brief:
          'Tom presented the final proposal: a three-year term at 11% off list. Joy will support it at the purchasing committee; Alan asked for it to be sent for the agenda.',
        keyPoints: ['Final proposal: three-year term, 11% discount.'],
        highlights: {
          'Next steps': ['Tom to send the final proposal.', 'Alan to put it on the committee agenda.'],
        },
        outcome: ['Positive', 'Proposal sent'],
      },
    },
    {
      daysAgo: 2,
      at: '17:00',
      title: 'Check-in',
      sellers: ['Tom'],
      customers: ['Alan'],
      lines: [
        [
          'Alan',
          'I have to be straight with you. We are closing the acquisition of 9 clinics and the board froze new software spend until April.',
        ],
        ['Alan', 'We will revisit in April, and to be fair Jarvis Analytics is still in the running.'],
        ['Tom', 'Understood. Can we keep the 11% valid until then?'],
        ['Alan', 'I cannot promise anything before April.'],
      ],
    },
  ],
};
