/**
 * Copperline Hotels, a hotel group in the US Southwest piloting revenue and guest analytics at
 * five hotels: a pilot delayed a month by OPERA Cloud access, with a readout that moves. No call
 * says who decides (the seller's own reviews say so); the CFO and the CEO appear but never claim
 * it. The general managers' adoption worry and IT's PCI rule recur.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Copperline Hotels story. */
export const copperlineHotels: Story = {
  company: {
    name: 'Copperline Hotels',
    domain: 'copperlinehotels.com',
    industry: 'Hospitality',
    crmAccountId: '0015g000DC2CPL8AAA',
    contacts: [
      { name: 'Rafael Quintero', title: 'VP of Revenue Management' },
      { name: 'Denise Aldridge', title: 'Chief Financial Officer' },
      { name: 'Victor Lam', title: 'Chief Executive Officer' },
      { name: 'Nadia Farouk', title: 'Director of IT' },
      { name: 'Owen Tremblay', title: 'General Manager, Copperline Santa Fe' },
      { name: 'Jess Marlow', title: 'Director of Guest Experience' },
    ],
  },
  calls: [
    {
      daysAgo: 84,
      at: '17:00',
      title: 'Copperline Hotels intro',
      sellers: ['Omar', 'Marcus'],
      customers: ['Rafael'],
      lines: [
        ['Omar', 'Rafael, thanks for the time. Marcus runs our hospitality accounts.'],
        [
          'Rafael',
          'We have 34 hotels across Arizona, New Mexico, Colorado and Utah, mostly upscale independents under our brand.',
        ],
        [
          'Rafael',
          'My revenue managers pull reports from five systems every morning. By the time they see a pickup problem it is too late to change rates.',
        ],
        ['Marcus', 'What do you use for pricing decisions?'],
        [
          'Rafael',
          'IDeaS G3 gives us rate recommendations, but nobody sees them next to guest reviews or group pace.',
        ],
        ['Rafael', 'We would want to try it on a handful of hotels first.'],
      ],
      ai: {
        brief:
          'Rafael Quintero, VP of Revenue Management, described 34 hotels in Arizona, New Mexico, Colorado and Utah whose revenue managers pull reports from five systems every morning. IDeaS G3 supplies rate recommendations. He would start with a few hotels.',
        actionItems: ['Marcus to set up discovery with Rafael and IT'],
      },
    },
    {
      daysAgo: 80,
      at: '17:00',
      title: 'Copperline discovery',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Rafael', 'Nadia'],
      lines: [
        ['Nadia', 'Our property management system is Oracle OPERA Cloud, at all 34 hotels.'],
        ['Rafael', 'It has to work with OPERA Cloud. If you cannot read OPERA, we stop right here.'],
        ['Kenji', 'We read reservations, rates and revenue through the OPERA APIs.'],
        [
          'Nadia',
          'Careful. No guest card data leaves OPERA. That is PCI, and it is not negotiable. You read reservations and revenue, never payment data.',
        ],
        ['Kenji', 'We never request payment fields.'],
        ['Rafael', 'Then IDeaS G3 for the rate recommendations, and Medallia for guest surveys and reviews.'],
        ['Nadia', 'Everyone signs in with Google Workspace, so single sign-on through Google.'],
        ['Nadia', 'The restaurants run on Toast, but that is for later, not this project.'],
      ],
    },
    {
      daysAgo: 73,
      at: '17:00',
      title: 'Northwind demo for Copperline',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Rafael', 'Denise', 'Jess', 'Victor'],
      lines: [
        [
          'Kenji',
          'Here is pickup and pace by hotel, with the IDeaS recommendation next to it, and Medallia review scores on the same page.',
        ],
        ['Jess', 'Seeing review scores next to rate changes is new for us. I like that.'],
        ['Victor', 'I have to jump to another meeting. Looks promising. Rafael, keep me posted.'],
        ['Denise', 'What does this cost per hotel?'],
        ['Marcus', 'The list price is $1,150 per hotel per month.'],
        [
          'Denise',
          'One thing you should know now: we are not signing multi-year software contracts this year. Our lenders watch every commitment. One year, maximum.',
        ],
        ['Rafael', 'Let us talk about a pilot first.'],
      ],
      ai: {
        brief:
          'Kenji demoed pickup and pace by hotel with IDeaS recommendations and Medallia review scores. Jess Marlow liked review scores next to rate changes. Denise Aldridge asked about cost ($1,150 per hotel per month list) and said Copperline signs no multi-year software contracts this year. Rafael Quintero wants a pilot first.',
        keyPoints: [
          'List price $1,150 per hotel per month',
          'No multi-year contracts this year: one year maximum',
          'Pilot first',
        ],
        highlights: {
          'Next steps': ['Marcus to send a pilot proposal', 'Kenji to scope the pilot with Rafael and IT'],
        },
        outline: {
          Demo: ['Pickup and pace by hotel', 'IDeaS recommendations', 'Medallia review scores'],
          Questions: ['Cost per hotel', 'Contract length'],
        },
        outcome: ['Follow-up', 'Demo completed'],
        actionItems: ['Marcus to send a pilot proposal'],
      },
    },
    {
      daysAgo: 69,
      at: '21:00',
      title: 'Copperline deal review',
      sellers: ['Marcus', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who signs at Copperline?'],
        [
          'Marcus',
          'Honestly, I do not know yet. Rafael says it will go to leadership. Denise asked about price but never said it is her call, and Victor just said keep him posted.',
        ],
        ['Dana', 'Find out before the pilot ends.'],
        ['Marcus', 'Rafael also told me they took a demo from Lighthouse in the summer.'],
        ['Dana', 'Charge for the pilot. $18,000 for five hotels over ninety days.'],
      ],
      ai: {
        brief:
          'Internal review: the decision process at Copperline is unclear; Rafael says it goes to leadership. Lighthouse gave a demo in the summer. Pilot to be proposed at $18,000 for five hotels over ninety days.',
      },
    },
    {
      daysAgo: 62,
      at: '17:00',
      title: 'Copperline pilot scoping',
      sellers: ['Marcus', 'Kenji'],
      customers: ['Rafael', 'Owen', 'Nadia'],
      lines: [
        ['Rafael', 'Five pilot hotels: Santa Fe, Sedona, Moab, Taos and Durango.'],
        ['Marcus', 'The pilot is $18,000 for ninety days.'],
        ['Rafael', 'Hmm. Pilots are usually free for us. I will need to think about that.'],
        [
          'Owen',
          'Let me be the voice of the hotels. My front desk has six logins already. If this is another login, they will not use it.',
        ],
        ['Kenji', 'We can send a daily email digest to each general manager and front office manager.'],
        [
          'Nadia',
          'For the pilot, OPERA access goes through our Oracle integration partner. I will check what we need.',
        ],
        ['Rafael', 'Let us target the readout for December 10, so I have numbers before budget season.'],
      ],
      ai: {
        brief:
          'Pilot scoped at five hotels (Santa Fe, Sedona, Moab, Taos, Durango) for $18,000 over ninety days; Rafael Quintero pushed back that pilots are usually free. Owen Tremblay warned his front desk will not use another login; Kenji proposed a daily email digest. Readout targeted for December 10.',
        keyPoints: [
          'Pilot hotels: Santa Fe, Sedona, Moab, Taos, Durango',
          'Pilot price $18,000 for ninety days; Rafael expects pilots to be free',
          'Owen: front desk will not use another login',
          'Readout target December 10',
        ],
        highlights: {
          'Next steps': [
            'Nadia to confirm OPERA Cloud access for the pilot',
            'Marcus to revisit the pilot price',
          ],
        },
        outcome: ['Follow-up', 'Pilot scoped'],
      },
    },
    {
      daysAgo: 54,
      at: '17:00',
      title: 'Copperline pilot terms',
      sellers: ['Marcus', 'Dana'],
      customers: ['Rafael', 'Denise'],
      lines: [
        [
          'Dana',
          'We can bring the pilot to $12,500, and if you roll out, the $12,500 is credited against the first year.',
        ],
        ['Denise', 'That I can live with.'],
        ['Rafael', 'Good. Let us start on October 26.'],
        ['Denise', 'And remember, any rollout contract is one year. No three-year terms.'],
      ],
    },
    {
      daysAgo: 46,
      at: '17:00',
      title: 'Copperline pilot kickoff',
      sellers: ['Marcus', 'Sarah'],
      customers: ['Rafael', 'Owen', 'Jess'],
      lines: [
        ['Sarah', 'I am Sarah, I will run the pilot day to day. Data should start flowing on October 26.'],
        [
          'Jess',
          'I want Medallia reviews tagged by topic, housekeeping, check-in, breakfast, for each hotel.',
        ],
        ['Owen', 'And the email digest by 7 a.m., before our morning meeting.'],
        ['Rafael', 'Success for me is simple: ADR up against our compset in the pilot hotels.'],
      ],
      ai: {
        brief:
          'Pilot kickoff: Sarah runs the pilot day to day, data to start flowing October 26. Jess Marlow wants Medallia reviews tagged by topic per hotel; Owen Tremblay wants the email digest by 7 a.m. Rafael Quintero’s success measure is ADR against the compset in the pilot hotels.',
        keyPoints: [
          'Success measure: ADR against the compset in the pilot hotels',
          'Medallia topic tagging per hotel',
        ],
        highlights: {
          'Next steps': [
            'Sarah to confirm the OPERA Cloud connection by October 26',
            'Kenji to set up Medallia topic tagging',
            'Email digest to general managers by 7 a.m.',
          ],
        },
      },
    },
    {
      daysAgo: 39,
      at: '17:00',
      title: 'Copperline OPERA access',
      sellers: ['Kenji'],
      customers: ['Nadia'],
      lines: [
        [
          'Nadia',
          'Bad news. Oracle told us API access to OPERA Cloud needs an OHIP subscription, the Oracle Hospitality Integration Platform. We do not have it.',
        ],
        ['Kenji', 'How long to get it?'],
        ['Nadia', 'Procurement says two to three weeks. So no OPERA data until mid-November.'],
        ['Kenji', 'Then the pilot clock really starts then. Medallia and IDeaS can start now.'],
        [
          'Nadia',
          'And remember, through OHIP you still only get reservation and revenue scopes. No payment scopes, ever.',
        ],
      ],
    },
    {
      daysAgo: 32,
      at: '17:00',
      title: 'Copperline check-in',
      sellers: ['Marcus'],
      customers: ['Rafael'],
      lines: [
        ['Rafael', 'The OPERA thing is embarrassing for me internally. I sold this pilot.'],
        ['Marcus', 'Understood. Medallia and IDeaS are in; OPERA lands as soon as OHIP is active.'],
        ['Rafael', 'Also, Lighthouse sent a proposal: $890 per hotel per month.'],
        ['Marcus', 'Do they connect to IDeaS?'],
        ['Rafael', 'No, and that is why I still prefer you. But the price gap is real.'],
      ],
      ai: {
        brief:
          'Rafael Quintero is frustrated by the OPERA Cloud access delay. Lighthouse proposed $890 per hotel per month without an IDeaS connection; Rafael still prefers Northwind but says the price gap is real.',
        keyPoints: ['OPERA Cloud access delayed', 'Lighthouse proposal: $890 per hotel per month'],
      },
    },
    {
      daysAgo: 24,
      at: '21:00',
      title: 'Copperline pilot review',
      sellers: ['Marcus', 'Kenji', 'Sarah'],
      customers: [],
      lines: [
        ['Kenji', 'OHIP went live. OPERA data has been flowing since November 12.'],
        [
          'Sarah',
          'So ninety days from kickoff does not work. Rafael agreed to move the readout from December 10 to January 14.',
        ],
        ['Marcus', 'Usage?'],
        [
          'Sarah',
          'Sedona and Durango use it daily. Santa Fe and Moab barely log in; Owen’s front desk ignores it.',
        ],
        ['Marcus', 'And we still do not know who signs. Rafael keeps saying leadership.'],
      ],
      ai: {
        brief:
          'Internal pilot review: OPERA Cloud data flowing since November 12; readout moved from December 10 to January 14. Usage strong at Sedona and Durango, low at Santa Fe and Moab. Who signs is still unknown.',
      },
    },
    {
      daysAgo: 17,
      at: '17:00',
      title: 'Copperline GM feedback',
      sellers: ['Sarah'],
      customers: ['Owen', 'Jess'],
      lines: [
        [
          'Owen',
          'I will be honest. My team still is not using it. Nobody opens another login on a busy Friday.',
        ],
        ['Sarah', 'What about the digest?'],
        [
          'Owen',
          'It goes to me only. Send it to my front office manager and night auditor too, and we will see.',
        ],
        [
          'Jess',
          'On my side, the Medallia topic tagging is great. Breakfast complaints in Taos were a surprise.',
        ],
        [
          'Sarah',
          'I will add your front office manager and night auditor to the daily email digest by December 1.',
        ],
      ],
      ai: {
        brief:
          'Owen Tremblay said his Santa Fe team still is not using the platform and asked for the daily email digest to go to the front office manager and night auditor too. Jess Marlow praised the Medallia topic tagging (breakfast complaints in Taos).',
        highlights: {
          'Next steps': [
            'Sarah to add the front office manager and night auditor to the daily email digest by December 1',
          ],
        },
      },
    },
    {
      daysAgo: 12,
      at: '17:00',
      title: 'Copperline pilot status',
      sellers: ['Marcus', 'Dana'],
      customers: ['Rafael', 'Denise'],
      lines: [
        [
          'Rafael',
          'I will be blunt: the OPERA delay cost us a month, and I am the one explaining it to leadership.',
        ],
        ['Dana', 'That is fair, and it is on us to make January 14 count.'],
        ['Denise', 'For planning: what would a rollout to all 34 hotels cost?'],
        ['Dana', '$1,050 per hotel per month on a one-year term, with the $12,500 pilot fee credited.'],
        ['Denise', 'Lighthouse is at $890. I need the pilot numbers before this goes anywhere.'],
      ],
      ai: {
        brief:
          'Rafael Quintero said the OPERA delay cost a month and he has to explain it to leadership. Dana quoted $1,050 per hotel per month for all 34 hotels on a one-year term, pilot fee credited. Denise Aldridge compared it with Lighthouse at $890 and wants the pilot numbers first.',
        keyPoints: [
          'Rollout quote: $1,050 per hotel per month, one-year term, pilot fee credited',
          'Lighthouse at $890 per hotel per month',
          'Pilot readout January 14',
        ],
        outcome: ['Follow-up', 'Pilot in progress'],
      },
    },
    {
      daysAgo: 4,
      at: '17:00',
      title: 'Copperline check-in',
      sellers: ['Marcus'],
      customers: ['Rafael'],
      lines: [
        [
          'Rafael',
          'Some good news for once. Sedona’s ADR is up 6% against the compset since the OPERA data started flowing.',
        ],
        ['Rafael', 'That made my week, honestly. I feel better about this than I did two weeks ago.'],
        ['Marcus', 'Great. I will send an interim pilot report by December 9.'],
        [
          'Rafael',
          'Good. Include Durango. And Kenji should switch on the email digest for all five general managers, not just Owen’s team, by December 11.',
        ],
        ['Marcus', 'Done. And the readout is January 14 in Phoenix?'],
        ['Rafael', 'Yes, at our head office. I will send the invitations on our side.'],
      ],
    },
  ],
};
