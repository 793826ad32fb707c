/**
 * Bramblecrest Mountain Resorts, three ski resorts weighing lift-ticket pricing analytics: a
 * booking-path freeze for the whole season, a marketing chief afraid of a price-gouging backlash,
 * a CFO who pays only once the season's cash is in, and a CEO who wants numbers before he believes.
 * The rival's price sits in an older transcript-only call; the board's meeting date is never said.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Bramblecrest Mountain Resorts story. */
export const bramblecrestMountainResorts: Story = {
  company: {
    name: 'Bramblecrest Mountain Resorts',
    domain: 'bramblecrest.com',
    industry: 'Leisure & Ski Resorts',
    crmAccountId: '0015g000BM6BCR1AAA',
    contacts: [
      { name: 'Gunnar Halvorsen', title: 'VP of Revenue and Pricing' },
      { name: 'Marisol Ortega', title: 'Chief Marketing Officer' },
      { name: 'Callum Fitzroy', title: 'President and CEO' },
      { name: 'Tamsin Okoro', title: 'Director of IT' },
      { name: 'Beau Lachance', title: 'Chief Financial Officer' },
    ],
  },
  calls: [
    {
      daysAgo: 87,
      title: 'Bramblecrest intro',
      sellers: ['Chloé'],
      customers: ['Gunnar'],
      lines: [
        [
          'Gunnar',
          'We run three resorts: Bramblecrest Peak, Saddleback Ridge and Juniper Hollow. Lift ticket prices are set in a spreadsheet, week by week.',
        ],
        ['Gunnar', 'I know we leave money on the table on powder weekends and overcharge on slow Tuesdays.'],
        ['Chloé', 'Where do your ticket sales come from?'],
        ['Gunnar', 'Online through Inntopia, the rest at the ticket windows.'],
      ],
      ai: {
        brief:
          'Gunnar Halvorsen runs pricing for three resorts (Bramblecrest Peak, Saddleback Ridge, Juniper Hollow). Lift ticket prices are set weekly in a spreadsheet; online sales go through Inntopia.',
        actionItems: ['Chloé to set up a systems call with Gunnar and IT'],
      },
    },
    {
      daysAgo: 80,
      title: 'Bramblecrest systems',
      sellers: ['Chloé', 'Kenji'],
      customers: ['Gunnar', 'Tamsin'],
      lines: [
        [
          'Tamsin',
          'Online booking is Inntopia. Ticket windows and rentals run on Siriusware. The gates are Axess RFID, and marketing lives in Salesforce Marketing Cloud.',
        ],
        [
          'Tamsin',
          'Axess charges for API access and they are slow. Getting gate scans out took our last vendor four months.',
        ],
        [
          'Tamsin',
          'Also, we cannot change anything in the booking path once the lifts open on November 26. Our change freeze runs through March 31.',
        ],
        ['Kenji', 'So anything during the season has to be read-only.'],
        ['Gunnar', 'Read-only is fine, as long as I get recommendations I can act on.'],
      ],
    },
    {
      daysAgo: 71,
      title: 'Bramblecrest demo',
      sellers: ['Chloé', 'Kenji'],
      customers: ['Gunnar', 'Marisol', 'Beau'],
      lines: [
        [
          'Kenji',
          'Here is demand by resort and date against weather forecasts, with a recommended ticket price.',
        ],
        [
          'Marisol',
          'My worry is the model tells us to raise prices on a powder day and we get slammed on Reddit again, like last Presidents’ Day.',
        ],
        ['Beau', 'What does it cost?'],
        ['Chloé', '$58,000 per year for the three resorts.'],
        [
          'Beau',
          'After last winter, the board is nervous about spending on anything that is not snowmaking.',
        ],
        ['Gunnar', 'This is exactly what I have been trying to build in Excel for three years.'],
      ],
      ai: {
        brief:
          'Kenji demoed demand by resort and date against weather with recommended ticket prices. Marisol Ortega fears a public backlash if the model raises prices on powder days, recalling Presidents’ Day. Beau Lachance heard $58,000 per year for three resorts and said the board is wary of spending on anything but snowmaking. Gunnar Halvorsen was enthusiastic.',
        keyPoints: [
          '$58,000 per year for three resorts',
          'Marisol: backlash risk on price rises',
          'Board wary of non-snowmaking spend',
        ],
        highlights: {
          'Next steps': ['Chloé to propose price guardrails to Marisol', 'Kenji to send a pilot outline'],
        },
        outcome: ['Follow-up', 'Demo completed'],
      },
    },
    {
      daysAgo: 66,
      at: '22:00',
      title: 'Bramblecrest deal review',
      sellers: ['Chloé', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who decides at Bramblecrest?'],
        [
          'Chloé',
          'Callum signs, he is President and CEO. I met him in the hallway after the demo and he seemed lukewarm, he kept asking about snowmaking.',
        ],
        ['Chloé', 'Gunnar is our champion. Snowline Insights has been talking to Marisol’s team.'],
        ['Dana', 'Get Marisol comfortable, she is the risk.'],
      ],
      ai: {
        brief:
          'Internal review: Callum Fitzroy signs and seemed lukewarm; Gunnar Halvorsen is the champion. Snowline Insights is talking to marketing. Marisol Ortega is the main risk.',
      },
    },
    {
      daysAgo: 55,
      title: 'Bramblecrest guardrails session',
      sellers: ['Chloé', 'Kenji'],
      customers: ['Marisol', 'Gunnar'],
      lines: [
        [
          'Kenji',
          'You set a floor and a ceiling per resort, and no recommendation moves a price more than 15% from one day to the next.',
        ],
        ['Marisol', 'That makes me a lot more comfortable. I can explain a ceiling.'],
        ['Gunnar', 'And I still get the recommendations inside those limits.'],
      ],
      ai: {
        brief:
          'Kenji presented price guardrails: a floor and ceiling per resort and no more than 15% change day over day. Marisol Ortega said this makes her much more comfortable.',
        keyPoints: ['Floor and ceiling per resort', 'Maximum 15% day-over-day change'],
        highlights: {
          'Next steps': ['Kenji to write up the guardrails for Marisol’s team'],
        },
      },
    },
    {
      daysAgo: 44,
      title: 'Bramblecrest check-in',
      sellers: ['Chloé'],
      customers: ['Gunnar'],
      lines: [
        [
          'Gunnar',
          'Full disclosure, Snowline sent a proposal at $39,000, but they only read Inntopia. No gates, no window sales.',
        ],
        ['Chloé', 'That is a big gap in the data.'],
        ['Gunnar', 'I know. Honestly, my team has been asking every week when we get yours.'],
      ],
    },
    {
      daysAgo: 33,
      title: 'Bramblecrest commercials',
      sellers: ['Chloé', 'Dana'],
      customers: ['Beau', 'Gunnar'],
      lines: [
        ['Dana', 'If you sign before January 31, it is $52,000 per year for the three resorts.'],
        [
          'Beau',
          'I cannot pay for anything before the season’s cash comes in. We pay in May or we do not do it.',
        ],
        ['Dana', 'We can put the first invoice on May 15.'],
        ['Beau', 'Then I can work with that.'],
      ],
      ai: {
        brief:
          'Dana offered $52,000 per year for the three resorts if signed before January 31. Beau Lachance will not pay before the season’s cash comes in; the first invoice moves to May 15.',
        keyPoints: ['$52,000 per year if signed before January 31', 'First invoice May 15'],
        outcome: ['Follow-up', 'Negotiation'],
      },
    },
    {
      daysAgo: 21,
      title: 'Bramblecrest pilot plan',
      sellers: ['Chloé', 'Kenji', 'Sarah'],
      customers: ['Gunnar', 'Tamsin'],
      lines: [
        [
          'Sarah',
          'A read-only pilot at Saddleback Ridge for the season, nothing touches the booking path. Recommendations come to Gunnar in a weekly email.',
        ],
        ['Tamsin', 'I ordered the Axess API access. Axess quoted six weeks.'],
        ['Kenji', 'We start with Inntopia and Siriusware and add gate scans when Axess delivers.'],
      ],
      ai: {
        brief:
          'Read-only pilot agreed at Saddleback Ridge for the season, with weekly recommendation emails to Gunnar Halvorsen. Tamsin Okoro ordered Axess API access, quoted at six weeks; Inntopia and Siriusware first.',
        keyPoints: ['Read-only pilot at Saddleback Ridge', 'Axess API access quoted six weeks'],
        highlights: {
          'Next steps': ['Kenji to connect Inntopia and Siriusware', 'Tamsin to chase Axess API access'],
        },
      },
    },
    {
      daysAgo: 9,
      title: 'Bramblecrest update',
      sellers: ['Chloé', 'Dana'],
      customers: ['Gunnar', 'Callum'],
      lines: [
        ['Callum', 'I will be straight with you. I am not convinced pricing software moves skier visits.'],
        ['Callum', 'Show me Saddleback numbers by the end of February and we will talk.'],
        ['Chloé', 'We will send a weekly Saddleback report starting December 12.'],
        ['Gunnar', 'I will walk Callum through it every Monday.'],
      ],
      ai: {
        brief:
          'Callum Fitzroy is not convinced pricing software moves skier visits and wants Saddleback numbers by the end of February. A weekly Saddleback report starts December 12.',
        highlights: {
          'Next steps': [
            'Weekly Saddleback report starting December 12',
            'Decision after the end-of-February review',
          ],
        },
        outcome: ['Follow-up', 'Pilot in progress'],
      },
    },
    {
      daysAgo: 4,
      title: 'Bramblecrest opening week',
      sellers: ['Sarah'],
      customers: ['Gunnar', 'Tamsin'],
      lines: [
        ['Gunnar', 'Inntopia data is flowing from Saddleback, that part is great.'],
        ['Tamsin', 'Axess is still pending. Axess now says January.'],
        [
          'Gunnar',
          'Good news on Marisol, by the way. She is on board now, she forwarded the guardrails doc to her whole team.',
        ],
      ],
    },
  ],
};
