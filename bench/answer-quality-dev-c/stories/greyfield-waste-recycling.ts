/**
 * Greyfield Waste & Recycling, a family-owned hauler with 85 trucks wanting route analytics for
 * its biggest municipal contract: the drivers' union must review anything that scores a driver,
 * the routing vendor bundles a rival add-on almost free, and the CEO ties his signature to a
 * scorecard report before the city's bid. The number of drivers is never said.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Greyfield Waste & Recycling story. */
export const greyfieldWasteRecycling: Story = {
  company: {
    name: 'Greyfield Waste & Recycling',
    domain: 'greyfieldwaste.com',
    industry: 'Waste Management',
    crmAccountId: '0015g000GW8GFW4AAA',
    contacts: [
      { name: 'Petra Novotny', title: 'Director of Operations' },
      { name: 'Lionel Ashby', title: 'CEO' },
      { name: 'Shirin Tehrani', title: 'Controller' },
      { name: 'Duncan McAlister', title: 'Fleet Manager' },
      { name: 'Ezinne Obi', title: 'Municipal Contracts Manager' },
      { name: 'Walt Kowalczyk', title: 'Driver Supervisor' },
    ],
  },
  calls: [
    {
      daysAgo: 85,
      at: '14:00',
      title: 'Greyfield intro',
      sellers: ['Marcus'],
      customers: ['Petra'],
      lines: [
        [
          'Petra',
          'We run 85 trucks, residential and commercial, across four counties. The City of Fairhaven contract is about 40% of our revenue.',
        ],
        [
          'Petra',
          'Missed-pickup complaints are what the city scores us on, and we find out from angry residents.',
        ],
        ['Marcus', 'So you want to see misses before the city does.'],
        ['Petra', 'Exactly that.'],
      ],
      ai: {
        brief:
          'Petra Novotny, Director of Operations, runs 85 trucks across four counties; the City of Fairhaven contract is about 40% of revenue. Missed pickups drive the city’s scoring and are found out through complaints.',
        actionItems: ['Marcus to schedule discovery with Petra and the fleet manager'],
      },
    },
    {
      daysAgo: 78,
      at: '14:00',
      title: 'Greyfield discovery',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Petra', 'Duncan'],
      lines: [
        [
          'Duncan',
          'Routing and the on-board computers are Routeware. Cameras and GPS are Samsara. Billing runs on Soft-Pak.',
        ],
        [
          'Duncan',
          'My worry is the drivers. If they think this is a stopwatch on every lift, we will have a grievance by Friday.',
        ],
        [
          'Petra',
          'And for the record, Rubicon pitched the city directly last year. That is part of why we are doing this.',
        ],
        ['Kenji', 'We can report by route and truck rather than by driver.'],
      ],
    },
    {
      daysAgo: 69,
      at: '14:00',
      title: 'Greyfield demo',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Petra', 'Lionel', 'Shirin', 'Ezinne'],
      lines: [
        ['Kenji', 'Missed pickups by route, same week, and recycling contamination by neighbourhood.'],
        ['Ezinne', 'The Fairhaven scorecard is exactly this. Missed pickups and contamination, monthly.'],
        ['Lionel', 'Honestly, I am tired of losing points on the Fairhaven scorecard.'],
        [
          'Shirin',
          'Fuel costs ate our margin this year. I need to see it pay for itself before I can support it.',
        ],
        ['Marcus', 'Pricing is $24 per truck per month.'],
      ],
      ai: {
        brief:
          'Kenji demoed missed pickups by route and recycling contamination by neighbourhood. Ezinne Obi said it matches the Fairhaven scorecard. Lionel Ashby is frustrated at losing scorecard points. Shirin Tehrani needs it to pay for itself after fuel costs hurt margin. Price: $24 per truck per month.',
        keyPoints: [
          'Matches the Fairhaven scorecard',
          'Shirin: must pay for itself',
          '$24 per truck per month',
        ],
        highlights: {
          'Next steps': [
            'Marcus to send an ROI model to Shirin',
            'Petra to set up a review with the driver supervisor',
          ],
        },
        outcome: ['Follow-up', 'Demo completed'],
      },
    },
    {
      daysAgo: 62,
      at: '21:00',
      title: 'Greyfield deal review',
      sellers: ['Marcus', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who signs at Greyfield?'],
        [
          'Marcus',
          'Lionel. It is family owned, he signs everything. Petra is our champion. Shirin runs the numbers for him.',
        ],
        ['Marcus', 'The union is the wild card. Walt, the driver supervisor, is also the shop steward.'],
      ],
      ai: {
        brief:
          'Internal review: Lionel Ashby signs at the family-owned company; Petra Novotny is the champion and Shirin Tehrani runs the numbers. The union is a risk: Walt Kowalczyk is the driver supervisor and shop steward.',
      },
    },
    {
      daysAgo: 52,
      at: '14:00',
      title: 'Greyfield review with operations',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Petra', 'Walt', 'Duncan'],
      lines: [
        [
          'Walt',
          'The Teamsters contract says no individual driver scores without union review. Show route level, not driver level, and I can take it to the local.',
        ],
        ['Kenji', 'Driver-level views can be off by default.'],
        ['Walt', 'I am not against it. I am not for it either.'],
        ['Duncan', 'That is about as warm as Walt gets.'],
      ],
      ai: {
        brief:
          'Walt Kowalczyk said the Teamsters contract bars individual driver scores without union review; route-level reporting he can take to the local. Driver-level views will be off by default. Walt is neutral.',
        keyPoints: ['No individual driver scores without union review', 'Driver-level views off by default'],
        highlights: {
          'Next steps': ['Walt to take the route-level views to the local'],
        },
      },
    },
    {
      daysAgo: 41,
      at: '14:00',
      title: 'Greyfield check-in',
      sellers: ['Marcus'],
      customers: ['Petra'],
      lines: [
        [
          'Petra',
          'Heads-up: Routeware is pushing their new analytics add-on, and it is bundled almost free with our renewal.',
        ],
        ['Marcus', 'Does it do contamination or the city scorecard?'],
        [
          'Petra',
          'Not really. And the Fairhaven renewal bid is due March 2, so whatever we pick has to be running before then.',
        ],
      ],
    },
    {
      daysAgo: 30,
      at: '14:00',
      title: 'Greyfield pricing',
      sellers: ['Marcus', 'Dana'],
      customers: ['Shirin', 'Lionel'],
      lines: [
        ['Marcus', 'On a three-year term we can do $21 per truck per month.'],
        ['Shirin', 'Routeware’s add-on is nearly free. You need to be clearly better, not just nicer.'],
        [
          'Lionel',
          'If you can have the Fairhaven scorecard report ready before the bid, I will sign. That is the deal.',
        ],
      ],
      ai: {
        brief:
          'Marcus offered $21 per truck per month on a three-year term. Shirin Tehrani compared it with Routeware’s nearly free add-on. Lionel Ashby will sign if the Fairhaven scorecard report is ready before the bid.',
        keyPoints: ['$21 per truck per month, three-year term', 'Routeware add-on nearly free'],
        outcome: ['Follow-up', 'Negotiation'],
      },
    },
    {
      daysAgo: 18,
      at: '14:00',
      title: 'Greyfield data check',
      sellers: ['Kenji'],
      customers: ['Duncan'],
      lines: [
        ['Kenji', 'The Samsara API is connected.'],
        [
          'Duncan',
          'Routeware only gives us a nightly SFTP export. So same-day missed pickups are not possible from Routeware.',
        ],
        ['Kenji', 'We can use Samsara geofence events for same-day misses, and Routeware overnight.'],
      ],
      ai: {
        brief:
          'Samsara API connected. Routeware provides only a nightly SFTP export, so same-day missed pickups will come from Samsara geofence events.',
        highlights: {
          'Next steps': ['Kenji to build same-day misses from Samsara geofence events'],
        },
      },
    },
    {
      daysAgo: 7,
      at: '14:00',
      title: 'Greyfield scorecard preview',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Petra', 'Ezinne', 'Lionel'],
      lines: [
        ['Kenji', 'This is the Fairhaven scorecard report, built from last quarter’s data.'],
        ['Ezinne', 'This would have saved us two points last year.'],
        ['Lionel', 'Okay. Get me the paper.'],
        ['Marcus', 'I will send the order form by December 10.'],
        ['Petra', 'Walt’s local reviews the driver views on December 15. Go-live February 1.'],
      ],
      ai: {
        brief:
          'Kenji previewed the Fairhaven scorecard report; Ezinne Obi said it would have saved two points last year. Lionel Ashby asked for the paper. Marcus will send the order form by December 10; the union local reviews driver views on December 15; go-live February 1.',
        highlights: {
          'Next steps': [
            'Marcus to send the order form by December 10',
            'Union local to review driver views on December 15',
            'Go-live February 1',
          ],
        },
        outcome: ['Positive', 'Verbal commitment'],
      },
    },
  ],
};
