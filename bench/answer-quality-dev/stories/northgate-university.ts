/**
 * Northgate University, buying student-retention analytics for enrollment management. The CIO
 * speaks as if he decides but the Vice Provost owns the budget; Civitas Learning is named once
 * and dropped; EAB is the real competitor; the discount moves from 10% to 20% under the E&I
 * cooperative contract; the pilot slips from January 15 to March 1.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** Northgate University's calls of the last 90 days. */
export const northgateUniversity: Story = {
  company: {
    name: 'Northgate University',
    domain: 'northgate.edu',
    industry: 'Higher Education',
    crmAccountId: '0015g0006628195AAA',
    contacts: [
      { name: 'Dr. Felicity Amadi', title: 'Vice Provost for Enrollment Management' },
      { name: 'Charles Whitmore', title: 'Chief Information Officer' },
      { name: 'Hollis Park', title: 'Director of Institutional Research' },
      { name: 'Joanne Petrakis', title: 'IT Security and Compliance Officer' },
      { name: 'Delphine Oduya', title: 'Director of Procurement Services' },
    ],
  },
  calls: [
    {
      daysAgo: 84,
      at: '14:30',
      title: 'Northgate University intro',
      sellers: ['Tom', 'Omar'],
      customers: ['Felicity'],
      lines: [
        ['Omar', 'Dr. Amadi, thanks for taking the call. Tom Becker will be your account executive.'],
        [
          'Felicity',
          'Felicity is fine. Our first-to-second-year retention dropped four points, to 78%, and the board has noticed.',
        ],
        ['Tom', 'What are you using to spot students at risk today?'],
        [
          'Felicity',
          'Advisors use EAB Navigate, which renews on June 30, but it tells us very little about why students leave. We also took a call with Civitas Learning this summer. Their pricing was out of reach, so we are not pursuing them.',
        ],
        ['Tom', 'How many students are we talking about?'],
        ['Felicity', 'About 14,000 enrolled students across undergraduate and graduate programs.'],
        ['Tom', "Let's get your institutional research director on a discovery call."],
      ],
      ai: {
        brief:
          'Intro with Dr. Felicity Amadi, Vice Provost for Enrollment Management at Northgate University. First-to-second-year retention fell four points to 78%. Advisors use EAB Navigate, renewing June 30. About 14,000 enrolled students.',
        actionItems: [
          'Tom to schedule discovery with the institutional research director',
          'Omar to send the retention case study',
        ],
      },
    },
    {
      daysAgo: 77,
      title: 'Northgate discovery - institutional research',
      sellers: ['Tom', 'Ben'],
      customers: ['Felicity', 'Hollis'],
      lines: [
        ['Ben', 'Hollis, where does student data live today?'],
        [
          'Hollis',
          'Student records are in Ellucian Banner. Admissions uses Slate. I pull both into spreadsheets every term, which is most of my team’s October.',
        ],
        ['Ben', 'We read Banner through the Ethos API and can take a Slate export over SFTP.'],
        [
          'Hollis',
          "Good. Later I'd want Canvas activity too, logins and late submissions, but Canvas can be a phase 2. Let's not boil the ocean.",
        ],
        [
          'Felicity',
          'What I need first is an early-alert view for advisors: which first-years are drifting, by week six.',
        ],
        ['Tom', 'Then the demo will focus on first-year early alerts on Banner and Slate data.'],
      ],
      ai: {
        brief:
          'Discovery with Dr. Felicity Amadi and Hollis Park. Student records are in Ellucian Banner and admissions in Slate; Hollis merges them by hand each term. First use case: an early-alert view of first-year students for advisors.',
        actionItems: [
          'Ben to prepare a demo on Banner and Slate sample data',
          'Hollis to share the retention data dictionary',
        ],
      },
    },
    {
      daysAgo: 73,
      title: 'Northgate University demo',
      sellers: ['Tom', 'Ben'],
      customers: ['Felicity', 'Hollis', 'Charles'],
      lines: [
        [
          'Ben',
          'This is the early-alert board: each first-year student scored weekly, with the reasons behind the score.',
        ],
        ['Hollis', 'The reasons are what we never get from EAB. This is the part I care about.'],
        [
          'Charles',
          "I'll be blunt. We have too many tools on campus already, and every system that touches student data goes through me. I'm not convinced we need another one.",
        ],
        ['Felicity', "Charles, it replaces Hollis's spreadsheets, it doesn't add to the pile."],
        ['Tom', 'When would you want advisors using it?'],
        ['Felicity', 'A pilot with the first-year advising team starting January 15, for the spring term.'],
        ['Ben', 'January 15 works if the data feeds are set up in December.'],
      ],
      ai: {
        brief:
          'Demo of the early-alert board for Dr. Felicity Amadi, Hollis Park and Charles Whitmore, CIO. Hollis valued the reasons behind each risk score. Charles worried about tool sprawl. Felicity wants a pilot with first-year advisors starting January 15.',
        keyPoints: [
          'Weekly risk score per first-year student with reasons',
          'CIO Charles Whitmore concerned about tool sprawl',
          'Pilot with first-year advising proposed for January 15',
        ],
        highlights: {
          'Next steps': ['Tom to send pricing', 'Ben to start the HECVAT with the security team'],
        },
        outline: {
          'Early-alert board': ['Weekly scores', 'Reasons behind each score'],
          Concerns: ['Tool sprawl'],
          Timeline: ['Pilot January 15'],
        },
        outcome: ['Successful', 'Demo completed'],
      },
    },
    {
      daysAgo: 66,
      title: 'Internal: Northgate account plan',
      sellers: ['Tom', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who actually owns the money at Northgate?'],
        [
          'Tom',
          "Felicity. The first year comes out of a one-time student success grant of $150,000 she controls. Charles, the CIO, is loud, but he doesn't hold the budget; he only signs off on the IT security review.",
        ],
        ['Dana', 'And the competition?'],
        ['Tom', 'EAB will try to bundle analytics into the Navigate renewal. Civitas is out.'],
        ['Dana', 'Get the HECVAT moving early; universities stall on security.'],
      ],
    },
    {
      daysAgo: 59,
      title: 'Northgate HECVAT and FERPA review kickoff',
      sellers: ['Ben'],
      customers: ['Joanne'],
      lines: [
        ['Joanne', "We'll need the HECVAT Full, not the Lite, since you'd hold student records."],
        ['Ben', "Understood, we have a completed HECVAT Full and we'll send it today."],
        [
          'Joanne',
          'FERPA is the other one. You would be a school official under FERPA, so we need our FERPA data addendum signed as part of the contract.',
        ],
        ['Ben', 'That is standard for us. SSO as well?'],
        ['Joanne', 'Yes, through Shibboleth and InCommon, like every system here.'],
        [
          'Joanne',
          'And accessibility. Our disability services office will ask for your VPAT; the advisor screens have to meet WCAG 2.1 AA.',
        ],
        ['Ben', "I'll include the VPAT with the HECVAT."],
      ],
      ai: {
        brief:
          'Security kickoff with Joanne Petrakis: Northgate needs the HECVAT Full, a signed FERPA data addendum, and SSO through Shibboleth and InCommon.',
        keyPoints: [
          'HECVAT Full required',
          'FERPA data addendum must be signed',
          'SSO through Shibboleth and InCommon',
        ],
      },
    },
    {
      daysAgo: 52,
      title: 'Northgate pricing',
      sellers: ['Tom'],
      customers: ['Felicity', 'Delphine'],
      lines: [
        ['Tom', 'For 14,000 enrolled students, the list price is $120,000 a year.'],
        ['Felicity', "We're a non-profit university. Other vendors give us 30% as an education discount."],
        ['Tom', 'I can offer 10% today on a three-year term.'],
        [
          'Delphine',
          'Also, anything over $100,000 a year needs a public RFP here, unless we buy through a cooperative contract. Are you on the E&I Cooperative contract?',
        ],
        ['Tom', 'We are. E&I pricing has its own discount; let me check what it allows.'],
        ['Felicity', "Please do. 10% won't work for us."],
      ],
      ai: {
        brief:
          'Pricing call with Dr. Felicity Amadi and Delphine Oduya. List price is $120,000 a year for 14,000 students. Felicity asked for a 30% education discount; Tom offered 10% on a three-year term. Delphine wants to buy through the E&I Cooperative contract to avoid a public RFP.',
        keyPoints: [
          'List price $120,000 a year for 14,000 students',
          'Felicity asked for 30%; Tom offered 10%',
          'Purchase through the E&I Cooperative contract avoids an RFP',
        ],
        highlights: {
          'Next steps': ['Tom to confirm E&I Cooperative pricing'],
        },
        outcome: ['Successful', 'Proposal requested'],
      },
    },
    {
      daysAgo: 42,
      title: 'Northgate data integration workshop',
      sellers: ['Ben', 'Kenji'],
      customers: ['Hollis'],
      lines: [
        ['Kenji', 'For Banner we will read through the Ethos API every night, at 1 a.m. your time.'],
        ['Hollis', 'And Slate?'],
        ['Ben', 'Slate pushes a daily SFTP export at 2 a.m.; we pick it up and match on student ID.'],
        [
          'Hollis',
          'One problem. We upgrade to Banner 9 in January, and central IT freezes all new Banner connections until it is done. The pilot cannot start on January 15.',
        ],
        ['Ben', 'When does the freeze lift?'],
        ['Hollis', 'Mid-February. A March 1 pilot start would be realistic.'],
        ['Kenji', "Then we'll test the Ethos feed against the Banner 9 test instance in February."],
      ],
    },
    {
      daysAgo: 33,
      title: 'Deal review - Northgate University',
      sellers: ['Tom', 'Dana'],
      customers: [],
      lines: [
        ['Tom', 'Felicity wants 30%. I offered 10%. They buy through E&I.'],
        ['Dana', 'E&I allows up to 20%. Approve 20% on a three-year term, nothing beyond that.'],
        ['Tom', 'Risk is EAB bundling analytics into the Navigate renewal at a steep discount.'],
        [
          'Dana',
          'Stress that EAB does not explain the reasons. And keep Charles on side through the security review.',
        ],
      ],
      ai: {
        brief:
          'Deal review of Northgate University. Dana approved 20% on a three-year term under the E&I Cooperative contract. Risk: EAB bundling analytics into the Navigate renewal.',
        keyPoints: ['20% approved on a three-year term under E&I', 'EAB may bundle analytics into Navigate'],
      },
    },
    {
      daysAgo: 26,
      title: 'Northgate security review readout',
      sellers: ['Ben', 'Tom'],
      customers: ['Joanne', 'Charles'],
      lines: [
        [
          'Joanne',
          'The HECVAT Full came back clean. We approve, provided the FERPA data addendum is signed with the contract.',
        ],
        [
          'Charles',
          "From IT's side I'm fine now. My concern was sprawl, and Hollis showed me it retires three spreadsheets and a Tableau workbook.",
        ],
        ['Tom', 'Thank you both. The FERPA addendum will go in with the order.'],
        ['Joanne', 'The VPAT also passed disability services review.'],
      ],
      ai: {
        brief:
          'Joanne Petrakis approved the HECVAT Full on condition that the FERPA data addendum is signed with the contract. Charles Whitmore, CIO, dropped his objection for IT.',
        keyPoints: [
          'HECVAT approved',
          'FERPA data addendum to be signed with the contract',
          'CIO no longer objects',
        ],
        highlights: {
          'Next steps': ['Tom to include the FERPA data addendum in the order'],
        },
        outcome: ['Successful', 'HECVAT approved'],
      },
    },
    {
      daysAgo: 17,
      title: 'Northgate University - commercial proposal',
      sellers: ['Tom'],
      customers: ['Felicity', 'Delphine'],
      lines: [
        ['Tom', 'Under the E&I Cooperative contract we can do 20% off on a three-year term: $96,000 a year.'],
        ['Felicity', 'Could you get to 25%?'],
        ['Tom', "20% is the E&I ceiling, but I'll add advisor training at no cost."],
        ['Felicity', 'Then 20% with free training. I can live with that.'],
        ['Tom', 'And the pilot moves to March 1, after the Banner 9 upgrade.'],
        ['Felicity', 'Yes, March 1 with the first-year advising team. Full rollout for the fall 2027 term.'],
        ['Delphine', "Send me the E&I quote and I'll start the purchase order."],
      ],
      ai: {
        brief:
          'Tom proposed 20% off under the E&I Cooperative contract on a three-year term, $96,000 a year, plus free advisor training. Felicity asked for 25% but accepted. The pilot starts March 1 after the Banner 9 upgrade; full rollout for the fall 2027 term.',
        keyPoints: [
          '$96,000 a year with 20% off under E&I, three-year term',
          'Felicity asked for 25%; accepted 20% with free advisor training',
          'Pilot start moved to March 1',
        ],
        highlights: {
          'Next steps': ['Tom to send the E&I quote to Delphine Oduya'],
        },
        outline: {
          Pricing: ['20% under E&I', '$96,000 a year', 'Free advisor training'],
          Timeline: ['Pilot March 1', 'Full rollout fall 2027'],
        },
        outcome: ['Neutral', 'Terms under negotiation'],
      },
    },
    {
      daysAgo: 7,
      title: 'Northgate check-in',
      sellers: ['Tom'],
      customers: ['Felicity'],
      lines: [
        ['Tom', 'How was Thanksgiving? And how are you feeling about the project?'],
        [
          'Felicity',
          'Good on both counts. I am excited about it, honestly. My one worry is my advisors: spring registration opens in March, the same time as the pilot, and they are stretched thin.',
        ],
        ['Tom', 'We could start the pilot with a smaller group, say 8 advisors, and widen it in April.'],
        ['Felicity', "That would help. Let's plan on 8 advisors."],
      ],
    },
    {
      daysAgo: 4,
      title: 'Northgate University procurement call',
      sellers: ['Tom', 'Aisha'],
      customers: ['Delphine', 'Felicity'],
      lines: [
        [
          'Delphine',
          'I have the E&I quote: 20%, $96,000 a year for three years. That matches what Felicity approved.',
        ],
        [
          'Delphine',
          "I'll issue the purchase order once the FERPA addendum is countersigned. Campus closes December 21, so we need signatures by December 18.",
        ],
        ['Felicity', "I'll sign the order form as soon as legal clears the FERPA addendum."],
        [
          'Aisha',
          "I'm Aisha, your customer success manager. I'd propose the kickoff on January 6, when campus reopens.",
        ],
        ['Felicity', 'January 6 works.'],
        ['Tom', "I'll send the FERPA addendum to your legal office tomorrow."],
      ],
      ai: {
        brief:
          'Procurement call with Delphine Oduya and Dr. Felicity Amadi. The E&I quote (20%, $96,000 a year for three years) is approved. Delphine issues the PO once the FERPA addendum is countersigned; signatures needed by December 18 as campus closes December 21. Kickoff January 6.',
        keyPoints: [
          'E&I quote approved: $96,000 a year for three years',
          'Signatures by December 18',
          'Kickoff January 6',
        ],
        highlights: {
          'Next steps': [
            'Tom to send the FERPA data addendum to legal',
            'Delphine to issue the purchase order after the addendum is countersigned',
            'Felicity to sign the order form by December 18',
            'Aisha to run the kickoff on January 6',
          ],
        },
        outline: {
          Commercials: ['E&I quote approved'],
          Paperwork: ['FERPA addendum', 'Purchase order'],
          Timeline: ['Signatures by December 18', 'Kickoff January 6'],
        },
        outcome: ['Successful', 'Verbal commit'],
      },
    },
  ],
};
