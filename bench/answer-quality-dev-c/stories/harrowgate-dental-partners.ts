/**
 * Harrowgate Dental Partners, a dental support organisation of 62 clinics weighing chair and
 * no-show analytics: the chief clinical officer fears a production leaderboard, the general
 * counsel will only sign her own business associate agreement, and the finance VP will not take a
 * three-year term. Both rivals are named only in older transcript-only calls, and one call from
 * before the window says ten pilot clinics, since cut to six. Nobody ever says a budget.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Harrowgate Dental Partners story. */
export const harrowgateDentalPartners: Story = {
  company: {
    name: 'Harrowgate Dental Partners',
    domain: 'harrowgatedental.com',
    industry: 'Dental Care',
    crmAccountId: '0015g000HD7HGD2AAA',
    contacts: [
      { name: 'Maureen Gallagher', title: 'Chief Operating Officer' },
      { name: 'Dr. Tobias Lindgren', title: 'Chief Clinical Officer' },
      { name: 'Yusuf Demir', title: 'Director of Revenue Cycle' },
      { name: 'Colleen Brandt', title: 'VP of Finance' },
      { name: 'Rhys Calloway', title: 'IT Manager' },
      { name: 'Paloma Reyes', title: 'Regional Manager, Southwest Ohio' },
      { name: 'Imogen Fairweather', title: 'General Counsel' },
    ],
  },
  calls: [
    {
      daysAgo: 104,
      at: '15:00',
      title: 'Harrowgate Dental intro',
      sellers: ['Omar', 'Priya'],
      customers: ['Yusuf'],
      lines: [
        ['Omar', 'Yusuf, thanks for taking the call. Priya looks after our healthcare groups.'],
        [
          'Yusuf',
          'Sure. We are a DSO, 62 clinics across Ohio, Kentucky and Indiana. Hygiene chairs sit empty and nobody sees it until the month closes.',
        ],
        ['Priya', 'How would you want to try something like this?'],
        ['Yusuf', 'Probably a pilot at 10 clinics, if I can sell it upstairs.'],
      ],
      ai: {
        brief:
          'Yusuf Demir described Harrowgate as a DSO with 62 clinics in Ohio, Kentucky and Indiana whose hygiene chairs sit empty unnoticed until month end. He floated a pilot at 10 clinics.',
        actionItems: ['Priya to set up a discovery call with Yusuf and IT'],
      },
    },
    {
      daysAgo: 86,
      title: 'Harrowgate discovery',
      sellers: ['Priya', 'Kenji'],
      customers: ['Yusuf', 'Rhys'],
      lines: [
        ['Kenji', 'Walk me through where the schedule and production data live today.'],
        [
          'Rhys',
          'Forty clinics run Dentrix Enterprise. The 22 offices we acquired in the last two years are still on Open Dental, and we are not migrating them before 2028.',
        ],
        [
          'Yusuf',
          'Patient reminders and two-way texting go through Weave. Finance closes the month in Sage Intacct.',
        ],
        [
          'Rhys',
          'Everyone signs in with Microsoft Entra ID. And one rule from me: no patient data on laptops, ever. It stays in the browser.',
        ],
        ['Kenji', 'Understood. We read the schedule, appointments and production, nothing gets downloaded.'],
        [
          'Yusuf',
          'What I want is one view of hygiene schedule fill, no-shows and unscheduled treatment per clinic, every morning.',
        ],
      ],
      ai: {
        brief:
          'Discovery with Yusuf Demir and Rhys Calloway. Forty clinics run Dentrix Enterprise and 22 acquired offices run Open Dental; Weave handles patient texting and Sage Intacct the month-end close. Sign-in is through Microsoft Entra ID and no patient data may sit on laptops. Yusuf wants a daily view of hygiene schedule fill, no-shows and unscheduled treatment per clinic.',
        keyPoints: [
          'Dentrix Enterprise in 40 clinics, Open Dental in 22 acquired offices',
          'Weave for patient texting, Sage Intacct for finance',
          'Single sign-on through Microsoft Entra ID',
        ],
        outline: {
          'Current systems': ['Dentrix Enterprise and Open Dental', 'Weave', 'Sage Intacct'],
          'IT requirements': ['Microsoft Entra ID sign-in', 'No patient data on laptops'],
          Goals: ['Daily hygiene schedule fill, no-shows and unscheduled treatment per clinic'],
        },
      },
    },
    {
      daysAgo: 79,
      title: 'Northwind x Harrowgate',
      sellers: ['Priya', 'Kenji'],
      customers: ['Yusuf', 'Maureen', 'Tobias', 'Paloma'],
      lines: [
        [
          'Kenji',
          'This is hygiene schedule fill by clinic for the last four weeks, no-shows next to it, and the unscheduled treatment list underneath.',
        ],
        [
          'Paloma',
          'The unscheduled treatment list alone would keep my front desks busy for a month. In a good way.',
        ],
        [
          'Tobias',
          'Let me be the awkward one. My worry is the dentists read this as a production leaderboard. If it ranks doctors by dollars, I will not put my name on it.',
        ],
        ['Kenji', 'Provider-level numbers can be limited to the provider and whoever you choose.'],
        ['Maureen', 'I am interested. Let us keep going, but Tobias has to be comfortable.'],
      ],
      ai: {
        brief:
          'Kenji demoed hygiene schedule fill, no-shows and the unscheduled treatment list. Paloma Reyes liked the unscheduled treatment list. Dr. Tobias Lindgren worried dentists would read it as a production leaderboard and will not support anything that ranks doctors by dollars. Maureen Gallagher wants to continue provided Tobias is comfortable.',
        keyPoints: [
          'Unscheduled treatment list resonated with Paloma Reyes',
          'Dr. Lindgren: no ranking of doctors by dollars',
          'Maureen Gallagher supportive if clinical leadership is comfortable',
        ],
        highlights: {
          'Next steps': [
            'Kenji to show provider-level visibility settings',
            'Priya to send pricing to Yusuf',
          ],
        },
        outcome: ['Follow-up', 'Demo completed'],
      },
    },
    {
      daysAgo: 72,
      title: 'Harrowgate follow-up',
      sellers: ['Priya'],
      customers: ['Yusuf', 'Colleen'],
      lines: [
        ['Colleen', 'Before we go further, what does this cost?'],
        ['Priya', 'List price is $240 per clinic per month, so about $178,000 a year across 62 clinics.'],
        [
          'Colleen',
          'Anything over $100,000 a year needs my sign-off and then the board. And I will be honest, the board is nervous about another subscription after the Dentrix Enterprise migration went over budget.',
        ],
        ['Yusuf', 'We also looked at Jarvis last spring, for what it is worth. It never got past a demo.'],
        ['Colleen', 'I am not going to give you a budget number today. Show me what it saves first.'],
      ],
    },
    {
      daysAgo: 64,
      at: '21:00',
      title: 'Harrowgate deal review',
      sellers: ['Priya', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who actually signs at Harrowgate?'],
        [
          'Priya',
          'Maureen signs. But honestly, if Tobias says no, it is dead. Yusuf is our champion, he is the one pushing internally.',
        ],
        ['Dana', 'And Colleen?'],
        [
          'Priya',
          'She holds the pen on anything over $100,000 before it goes to the board. She seemed lukewarm.',
        ],
        ['Dana', 'You can go to $215 per clinic per month if they take a three-year term.'],
      ],
      ai: {
        brief:
          'Internal review: Maureen Gallagher signs, but Dr. Tobias Lindgren can kill the deal; Yusuf Demir is the champion. Colleen Brandt approves anything over $100,000 before the board and seemed lukewarm. Dana approved $215 per clinic per month on a three-year term.',
      },
    },
    {
      daysAgo: 57,
      title: 'Harrowgate security and legal',
      sellers: ['Priya', 'Kenji'],
      customers: ['Rhys', 'Imogen'],
      lines: [
        [
          'Imogen',
          'I will save us time. Legal will not sign unless the business associate agreement is ours, not yours. Vendors have pushed their own BAA on me before and I walked away every time.',
        ],
        ['Priya', 'We can work from your paper.'],
        [
          'Rhys',
          'From IT: patient data stays in the United States, and I need your SOC 2 Type II report before anyone connects to Dentrix.',
        ],
        ['Kenji', 'I will send the SOC 2 Type II report this week.'],
        ['Imogen', 'I will send our BAA to Priya.'],
      ],
      ai: {
        brief:
          'Imogen Fairweather, General Counsel, will only sign Harrowgate’s own business associate agreement (BAA). Rhys Calloway requires patient data to stay in the United States and the SOC 2 Type II report before any Dentrix connection.',
        keyPoints: [
          'Harrowgate’s own BAA is a condition of signing',
          'Patient data must stay in the United States',
          'SOC 2 Type II report required',
        ],
        highlights: {
          'Next steps': [
            'Kenji to send the SOC 2 Type II report',
            'Imogen to send Harrowgate’s BAA to Priya',
          ],
        },
      },
    },
    {
      daysAgo: 48,
      title: 'Harrowgate check-in',
      sellers: ['Priya'],
      customers: ['Yusuf'],
      lines: [
        [
          'Yusuf',
          'A heads-up. The 22 Open Dental offices are messier than we admitted. Half of them still write treatment plans on paper, so unscheduled treatment there will look wrong.',
        ],
        ['Priya', 'Then the pilot should stay on Dentrix clinics.'],
        [
          'Yusuf',
          'Agreed. Also, Dental Intelligence got to two of my regional managers at a conference. They were pitched hard.',
        ],
        ['Yusuf', 'They liked yours better, for now.'],
      ],
    },
    {
      daysAgo: 40,
      title: 'Harrowgate pilot planning',
      sellers: ['Priya', 'Kenji', 'Sarah'],
      customers: ['Yusuf', 'Paloma', 'Tobias'],
      lines: [
        [
          'Yusuf',
          'Six pilot clinics, all on Dentrix: Dayton, Kettering, Springboro, Beavercreek, Xenia and Fairborn.',
        ],
        [
          'Tobias',
          'I can live with it if provider numbers are visible only to that provider and the regional clinical director. No clinic-wide ranking.',
        ],
        [
          'Paloma',
          'Do not try to train my office managers in December. It is our craziest month, everyone is using up their insurance benefits.',
        ],
        ['Sarah', 'Then training the first week of January, and the pilot starts January 11.'],
        ['Yusuf', 'Sixty days of pilot, then we decide.'],
      ],
      ai: {
        brief:
          'Pilot planned at six Dentrix clinics: Dayton, Kettering, Springboro, Beavercreek, Xenia and Fairborn. Dr. Tobias Lindgren accepted provided provider numbers are visible only to the provider and the regional clinical director. Paloma Reyes ruled out December training; training moves to the first week of January and the pilot starts January 11 for sixty days.',
        keyPoints: [
          'Six pilot clinics, all on Dentrix',
          'Provider numbers visible only to the provider and the regional clinical director',
          'No training in December; pilot starts January 11',
        ],
        highlights: {
          'Next steps': [
            'Sarah to schedule office manager training for the first week of January',
            'Kenji to configure provider-level visibility',
          ],
        },
        outline: {
          'Pilot scope': ['Six Dentrix clinics in Southwest Ohio'],
          'Clinical guardrails': ['Provider-only visibility'],
          Timing: ['Training first week of January', 'Pilot starts January 11, sixty days'],
        },
      },
    },
    {
      daysAgo: 28,
      title: 'Harrowgate commercial discussion',
      sellers: ['Priya', 'Dana'],
      customers: ['Colleen', 'Maureen'],
      lines: [
        ['Priya', 'For a three-year term we can do $215 per clinic per month.'],
        [
          'Colleen',
          'I cannot take a three-year term to the board while we are still integrating acquisitions. Two years is the most I will sign.',
        ],
        ['Colleen', 'And the pilot should be free. We are the ones taking the risk.'],
        ['Dana', 'We can make the sixty-day pilot free.'],
        ['Maureen', 'Good. I want a decision by the end of February, one way or the other.'],
        ['Colleen', 'Send me the two-year number and I will look at it.'],
      ],
      ai: {
        brief:
          'Priya offered $215 per clinic per month on a three-year term. Colleen Brandt will not sign more than two years while acquisitions are being integrated and asked for a free pilot, which Dana granted for sixty days. Maureen Gallagher wants a decision by the end of February.',
        keyPoints: [
          '$215 per clinic per month on a three-year term offered',
          'Colleen: two years maximum',
          'Sixty-day pilot free',
          'Decision by the end of February',
        ],
        highlights: {
          'Next steps': ['Priya to send a two-year price to Colleen'],
        },
        outcome: ['Follow-up', 'Negotiation'],
      },
    },
    {
      daysAgo: 19,
      title: 'Harrowgate paperwork',
      sellers: ['Priya', 'Kenji'],
      customers: ['Imogen', 'Rhys'],
      lines: [
        [
          'Imogen',
          'We are close on the BAA. The one open point is breach notification. I want 24 hours; your team wrote 72 hours.',
        ],
        ['Priya', 'Let me take that back internally.'],
        ['Rhys', 'Entra ID single sign-on tested fine in your sandbox, so that is done from my side.'],
      ],
    },
    {
      daysAgo: 11,
      title: 'Harrowgate check-in',
      sellers: ['Priya'],
      customers: ['Yusuf', 'Maureen'],
      lines: [
        [
          'Yusuf',
          'Honestly, this is the first dashboard my regional managers have asked to keep open all day. They keep asking me when the pilot starts.',
        ],
        [
          'Maureen',
          'I am cautiously optimistic. But Colleen is still not there on price, so do not celebrate yet.',
        ],
        ['Priya', 'I will send the two-year price option by December 11.'],
        ['Maureen', 'And have your team load the six pilot clinics before Christmas.'],
      ],
      ai: {
        brief:
          'Yusuf Demir said his regional managers are eager for the pilot. Maureen Gallagher is cautiously optimistic but says Colleen Brandt is not yet comfortable with price. Priya will send the two-year price option by December 11; the six pilot clinics are to be loaded before Christmas.',
        highlights: {
          'Next steps': [
            'Priya to send the two-year price option by December 11',
            'Kenji to load Dentrix data for the six pilot clinics by December 18',
          ],
        },
      },
    },
    {
      daysAgo: 3,
      title: 'Harrowgate weekly',
      sellers: ['Priya', 'Sarah'],
      customers: ['Yusuf', 'Paloma'],
      lines: [
        ['Sarah', 'Office manager training is booked for January 5 to 7.'],
        [
          'Paloma',
          'I showed the office managers a preview. They seemed lukewarm, to be honest. They have seen dashboards come and go.',
        ],
        [
          'Yusuf',
          'They will come round once it fills chairs. One more thing: Imogen said she can live with 48 hours on breach notification.',
        ],
        ['Priya', 'Great, I will get the BAA updated to 48 hours.'],
      ],
      ai: {
        brief:
          'Office manager training is booked for January 5 to 7. Paloma Reyes said the office managers seemed lukewarm in a preview. Yusuf Demir reported Imogen Fairweather accepts 48 hours for breach notification in the BAA.',
        keyPoints: [
          'Training January 5 to 7',
          'Office managers lukewarm',
          'BAA breach notification at 48 hours',
        ],
        highlights: {
          'Next steps': [
            'Priya to update the BAA to 48 hours',
            'Sarah to run office manager training January 5 to 7',
          ],
        },
        outcome: ['Follow-up', 'Pilot preparation'],
      },
    },
  ],
};
