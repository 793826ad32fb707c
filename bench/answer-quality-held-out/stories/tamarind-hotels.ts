import type { Story } from '../story';

/**
 * A hotel group early in its evaluation. Its calls never say who decides, what the budget is or
 * which competitors are looked at: questions about those must be answered "not stated".
 */
export const tamarindHotels: Story = {
  company: {
    name: 'Tamarind Hotels',
    domain: 'tamarindhotels.com',
    industry: 'Hospitality',
    crmAccountId: '0015g00001TMH05AAA',
    contacts: [
      { name: 'Rosa Delgado', title: 'Director of Revenue Management' },
      { name: 'Felix Amankwah', title: 'IT Lead' },
      { name: 'Meera Joshi', title: 'Regional General Manager' },
    ],
  },
  calls: [
    {
      daysAgo: 83,
      at: '15:00',
      title: 'Intro call',
      sellers: ['Chloé'],
      customers: ['Rosa'],
      lines: [
        [
          'Rosa',
          'We run 14 properties and every revenue meeting starts with an argument about whose spreadsheet is right.',
        ],
        ['Rosa', 'I want one pickup and pace view across all properties.'],
        ['Chloé', 'Let me show you how other groups do pickup and pace in our product.'],
      ],
      ai: {
        brief:
          'Rosa Delgado explained that the 14 properties argue over spreadsheets in every revenue meeting and that she wants one pickup and pace view across all properties.',
        keyPoints: ['14 properties.', 'Goal: one pickup and pace view.'],
        highlights: { 'Next steps': ['Chloé to schedule a data review with IT.'] },
        outcome: ['Positive', 'Next meeting scheduled'],
        actionItems: ['Schedule data review with IT'],
      },
    },
    {
      daysAgo: 60,
      at: '15:00',
      title: 'Follow-up',
      sellers: ['Chloé', 'Kenji'],
      customers: ['Felix'],
      lines: [
        ['Felix', 'Reservations live in OPERA Cloud and rates come from Duetto.'],
        [
          'Felix',
          'Note that API access to OPERA Cloud needs an OHIP licence from Oracle, which we do not have yet.',
        ],
        ['Kenji', 'Then we can start from Duetto exports and add OPERA once the OHIP licence is in place.'],
      ],
    },
    {
      daysAgo: 45,
      at: '15:00',
      title: 'Follow-up',
      sellers: ['Chloé', 'Kenji'],
      customers: ['Rosa', 'Meera'],
      lines: [
        ['Kenji', 'This is the forecast pickup report, refreshed every hour.'],
        ['Meera', 'My general managers would open this every morning. It beats the Friday email.'],
        ['Rosa', 'Can it break down by market segment?'],
        ['Kenji', 'Yes, by segment and by channel.'],
      ],
      ai: {
        brief:
          'Kenji showed the hourly forecast pickup report. Meera Joshi said her general managers would use it daily; Rosa asked for market segment breakdowns, which Kenji confirmed along with channel.',
        keyPoints: ['Meera likes the forecast pickup report.', 'Segment and channel breakdowns confirmed.'],
        highlights: { 'Next steps': ['Chloé to send pricing.'] },
        outcome: ['Positive', 'Demo completed'],
      },
    },
    {
      daysAgo: 31,
      at: '15:00',
      title: 'Sync',
      sellers: ['Chloé'],
      customers: ['Rosa'],
      lines: [
        ['Chloé', 'For 14 properties the annual price is 96,000 dollars.'],
        ['Rosa', 'Honestly, that is steep for us. I need to think about how to position it.'],
      ],
      ai: {
        brief:
          'Chloé quoted $96,000 a year for 14 properties. Rosa found it steep and will think about how to position it internally.',
        keyPoints: ['Quote: $96,000 per year for 14 properties.', 'Rosa: price is steep.'],
        highlights: { 'Next steps': ['Rosa to reflect on internal positioning.'] },
        outcome: ['Neutral', 'Pricing objection'],
      },
    },
    {
      daysAgo: 16,
      at: '15:00',
      title: 'Sync',
      sellers: ['Chloé'],
      customers: ['Rosa', 'Felix'],
      lines: [
        ['Felix', 'Realistically we have no IT capacity during the festive season.'],
        ['Rosa', 'So a project could not start before February 15.'],
        ['Chloé', 'That is fine, we can plan a start after February 15.'],
      ],
      ai: {
        brief:
          'Felix said IT has no capacity during the festive season, so Rosa set February 15 as the earliest project start. Chloé agreed to plan around it.',
        keyPoints: ['No IT capacity during the festive season.', 'Earliest start: February 15.'],
        highlights: { 'Next steps': ['Chloé to draft a plan starting after February 15.'] },
        outcome: ['Neutral', 'Timeline pushed'],
      },
    },
    {
      daysAgo: 6,
      at: '15:00',
      title: 'Follow-up',
      sellers: ['Chloé'],
      customers: ['Rosa'],
      lines: [
        ['Rosa', 'I will present this at the ownership meeting on January 8.'],
        ['Rosa', 'It would help to have a case study from another hotel group.'],
        ['Chloé', 'I will send you one this week.'],
      ],
    },
  ],
};
