/**
 * Larkspur Credit Union, a regional credit union replacing CallMiner in its member contact center.
 * The CEO cheers but the CFO signs; Verint is named once and dropped; the discount moves from 10%
 * to 15% to 18% over four calls; go-live slips from February 2 to March 9.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** Larkspur Credit Union's calls of the last 90 days. */
export const larkspurCreditUnion: Story = {
  company: {
    name: 'Larkspur Credit Union',
    domain: 'larkspurcu.org',
    industry: 'Banking',
    crmAccountId: '0015g0004417302AAA',
    contacts: [
      { name: 'Renata Vasquez', title: 'VP of Member Experience' },
      { name: 'Gordon Pell', title: 'President and CEO' },
      { name: 'Harriet Osei', title: 'Chief Financial Officer' },
      { name: 'Theo Marchetti', title: 'Information Security Officer' },
      { name: 'Paulina Brandt', title: 'Vendor Management Manager' },
      { name: 'Wesley Ng', title: 'Director of Contact Center Technology' },
    ],
  },
  calls: [
    {
      daysAgo: 83,
      at: '15:00',
      title: 'Larkspur Credit Union - intro call',
      sellers: ['Omar', 'Priya'],
      customers: ['Renata'],
      lines: [
        [
          'Omar',
          "Thanks for making time, Renata. I've got Priya Raman with me, she would run the account on our side.",
        ],
        [
          'Renata',
          "Sure. Quick context: Larkspur has 41 branches and a member contact center of about 140 agents. Our member satisfaction scores dipped this year and we can't tell why from the call data we have.",
        ],
        ['Priya', 'What do you use today to analyse those calls?'],
        [
          'Renata',
          'CallMiner, for speech analytics. The contract ends March 31, and honestly the team finds it hard to get answers out of it. We also had a quick look at Verint last spring, but it was far too heavy for a shop our size, so that one is off the table.',
        ],
        ['Priya', 'Who else would be involved in a decision like this?'],
        [
          'Renata',
          'Me as the sponsor, Wesley Ng who runs contact center technology, Theo our information security officer, and in the end finance.',
        ],
        ['Priya', 'Makes sense. Would a discovery session with Wesley next week work?'],
        ['Renata', "Yes, let's do that. Send me a couple of times."],
      ],
      ai: {
        brief:
          'Omar and Priya met Renata Vasquez, VP of Member Experience at Larkspur Credit Union. Larkspur runs 41 branches and a 140-agent member contact center whose satisfaction scores dropped this year. They use CallMiner for speech analytics under a contract ending March 31.',
        actionItems: [
          'Priya to schedule a discovery session with Wesley Ng',
          'Omar to send Renata the member-experience case study',
        ],
      },
    },
    {
      daysAgo: 75,
      title: 'Larkspur / Northwind discovery',
      sellers: ['Priya', 'Kenji'],
      customers: ['Renata', 'Wesley'],
      lines: [
        ['Kenji', 'Wesley, can you walk us through the contact center stack?'],
        [
          'Wesley',
          'We moved to Genesys Cloud two years ago for telephony and routing. Member records live in Salesforce Financial Services Cloud, and staff sign in through Okta.',
        ],
        [
          'Kenji',
          'Good, we have a native Genesys Cloud connector that pulls recordings and metadata, and we write call insights back to Salesforce Financial Services Cloud.',
        ],
        [
          'Wesley',
          "Our core is Symitar, from Jack Henry. Eventually I'd like member tenure and product holdings from Symitar, but not in the first phase. Nobody touches the core until our conversion freeze lifts.",
        ],
        [
          'Renata',
          'For me the key question is why members call back within a week. Repeat calls are our biggest cost.',
        ],
        ['Priya', 'So repeat-call drivers is the first use case. How many people would use the product?'],
        ['Renata', 'About 180: supervisors, the quality team and some of the senior agents.'],
        ['Kenji', "I'll build the demo on a Genesys sample so it looks like your world."],
      ],
      ai: {
        brief:
          "Discovery with Renata Vasquez and Wesley Ng. Larkspur's contact center runs on Genesys Cloud, member records are in Salesforce Financial Services Cloud and staff sign in with Okta. The first use case is repeat-call drivers, for about 180 users.",
        actionItems: [
          'Kenji to prepare a demo with Genesys Cloud sample data',
          'Priya to send the integration overview',
        ],
      },
    },
    {
      daysAgo: 68,
      title: 'Larkspur Credit Union demo',
      sellers: ['Priya', 'Kenji'],
      customers: ['Renata', 'Wesley', 'Gordon'],
      lines: [
        ['Priya', 'Thanks everyone, and Gordon, thank you for joining.'],
        [
          'Gordon',
          'Renata tells me this could fix our repeat-call problem, so I wanted to see it for myself.',
        ],
        [
          'Kenji',
          "Here's the repeat-call dashboard: every call followed by another within seven days, grouped by reason. Card disputes and mortgage payoff questions usually sit at the top.",
        ],
        ['Wesley', 'And the recordings come straight from Genesys?'],
        [
          'Kenji',
          'Yes, through the Genesys Cloud connector, usually within fifteen minutes of the call ending.',
        ],
        [
          'Gordon',
          "I like it a lot. To be clear though, I'm not the one who decides on this. Harriet, our CFO, owns the budget and signs off on anything of this size, and I won't go around her.",
        ],
        ['Renata', 'Our target would be to go live by February 2, before the CallMiner contract runs out.'],
        ['Priya', 'February 2 is doable if we sign in December.'],
        ['Gordon', 'Good. Bring Harriet in for the pricing conversation.'],
      ],
      ai: {
        brief:
          'Demo for Renata Vasquez, Wesley Ng and Gordon Pell, President and CEO. Kenji showed the repeat-call dashboard and the Genesys Cloud connector. Gordon liked it but said the CFO, Harriet Osei, owns the budget and signs off. Target go-live is February 2.',
        keyPoints: [
          'Repeat-call dashboard groups calls followed by another within seven days by reason',
          'Genesys Cloud connector brings recordings in within fifteen minutes',
          'Gordon Pell is supportive but not the decision maker; Harriet Osei signs off',
          'Target go-live February 2, before the CallMiner contract ends',
        ],
        highlights: {
          'Next steps': [
            'Priya to set up a pricing call with Harriet Osei',
            'Kenji to send the demo recording',
          ],
        },
        outline: {
          'Repeat-call dashboard': ['Calls grouped by reason', 'Card disputes and mortgage payoffs on top'],
          'Genesys Cloud connector': ['Recordings within fifteen minutes'],
          Timeline: ['Go-live February 2 if signed in December'],
        },
        outcome: ['Successful', 'Demo completed'],
      },
    },
    {
      daysAgo: 63,
      title: 'Internal: Larkspur Credit Union deal strategy',
      sellers: ['Priya', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Where are we with Larkspur?'],
        [
          'Priya',
          'Strong champion in Renata. The CEO loved the demo but he was explicit that Harriet Osei, the CFO, signs. Renata says Harriet set aside $230,000 for the first year.',
        ],
        [
          'Dana',
          "And list for 180 seats is what, $205,200? That leaves room, but they'll still ask for a discount.",
        ],
        ['Priya', 'They will. CallMiner is the incumbent and will fight to renew.'],
        ['Dana', 'Lead with value on repeat calls, hold discounting until the security review is moving.'],
      ],
      ai: {
        brief:
          'Priya and Dana reviewed the Larkspur Credit Union opportunity: strong champion in Renata Vasquez, CFO Harriet Osei signs, first-year budget of $230,000, CallMiner is the incumbent.',
      },
    },
    {
      daysAgo: 56,
      title: 'Larkspur security questionnaire kickoff',
      sellers: ['Kenji', 'Priya'],
      customers: ['Theo'],
      lines: [
        [
          'Kenji',
          "Theo, thanks. We've sent our SOC 2 Type II report and the latest penetration test summary.",
        ],
        [
          'Theo',
          'Got them. My concerns are specific. First, member PII: account numbers and card numbers get said out loud on these calls, and I need them redacted before anything is stored.',
        ],
        ['Kenji', 'We redact PII at ingestion; we can turn that on for every call.'],
        [
          'Theo',
          'Second, data residency. Member data stays in the United States, full stop. Third, as a credit union our examiners expect a right-to-audit clause in any vendor contract that touches member data.',
        ],
        [
          'Priya',
          'Understood. Our legal team has agreed to a right-to-audit clause for other credit unions.',
        ],
        [
          'Theo',
          "Then send me your completed questionnaire and I'll schedule a readout once I've reviewed it.",
        ],
      ],
    },
    {
      daysAgo: 49,
      title: 'Larkspur pricing discussion',
      sellers: ['Priya'],
      customers: ['Renata', 'Harriet'],
      lines: [
        [
          'Priya',
          'Harriet, thanks for joining. For 180 seats at list, $1,140 per seat per year, that comes to $205,200 a year.',
        ],
        [
          'Harriet',
          "That's within what I set aside, but I'm not paying list. CallMiner gave us 25% off three years ago. I'd want something like 25% from you too.",
        ],
        ['Priya', 'I can do 10% on a one-year term today. A longer term gives me more room.'],
        ['Harriet', "10% won't get this past me. Come back with a better number and a multi-year option."],
        ['Renata', 'Harriet, the repeat-call savings alone would pay for it in the first year.'],
        ['Harriet', 'Maybe. Show me that in writing.'],
      ],
      ai: {
        brief:
          'Pricing call with Renata Vasquez and Harriet Osei, CFO. Priya quoted 180 seats at $1,140 per seat per year ($205,200). Harriet asked for 25% off, as CallMiner gave; Priya offered 10% on a one-year term. Harriet wants a better number and a multi-year option.',
        keyPoints: [
          'List: 180 seats at $1,140 per seat per year, $205,200',
          'Harriet Osei asked for 25% off',
          'Priya offered 10% on a one-year term',
        ],
        highlights: {
          'Next steps': [
            'Priya to send a multi-year proposal',
            'Renata to share repeat-call cost figures with Harriet',
          ],
        },
        outcome: ['Successful', 'Proposal requested'],
      },
    },
    {
      daysAgo: 41,
      title: 'Larkspur Credit Union - Okta SSO and Genesys integration deep dive',
      sellers: ['Kenji', 'Ben'],
      customers: ['Wesley', 'Theo'],
      lines: [
        [
          'Ben',
          "Let's start with sign-in. We support SAML SSO with Okta, and SCIM provisioning so leavers lose access the same day.",
        ],
        ['Theo', 'Good. SCIM is a must for us.'],
        [
          'Kenji',
          'On the Genesys Cloud connector: it uses an OAuth client you create in Genesys, read-only, and pulls recordings and wrap-up codes every five minutes.',
        ],
        [
          'Wesley',
          'And Salesforce Financial Services Cloud? Our supervisors live there. I want the repeat-call flag on the member record.',
        ],
        ['Ben', 'The Salesforce sync writes the flag and a call summary to the member record every hour.'],
        [
          'Wesley',
          'Hourly is fine. One thing: we migrate to a new Genesys Cloud org in January, so the connector setup should wait until that is done.',
        ],
      ],
      ai: {
        brief:
          'Integration deep dive with Wesley Ng and Theo Marchetti: Okta SAML SSO with SCIM provisioning, the read-only Genesys Cloud connector, and an hourly Salesforce Financial Services Cloud sync writing the repeat-call flag to member records.',
        keyPoints: [
          'Okta SAML SSO and SCIM provisioning',
          'Genesys Cloud connector polls every five minutes with a read-only OAuth client',
          'Salesforce Financial Services Cloud sync every hour',
          'Larkspur migrates to a new Genesys Cloud org in January',
        ],
      },
    },
    {
      daysAgo: 34,
      title: 'Deal review - Larkspur Credit Union',
      sellers: ['Priya', 'Dana'],
      customers: [],
      lines: [
        ['Priya', 'Harriet wants 25%. I offered 10% on one year and she said no.'],
        ['Dana', "I'll approve up to 15% if they sign a three-year term. Not more without a reason."],
        ['Priya', 'Risk is CallMiner. Renata heard they might offer 30% off to renew.'],
        ['Dana', "Then we sell the repeat-call savings, not the discount. What's the security status?"],
        ['Priya', "Theo's reviewing the questionnaire; the readout is next week."],
      ],
      ai: {
        brief:
          'Deal review of Larkspur Credit Union. Dana approved up to 15% for a three-year term. Risk: CallMiner may offer 30% off to renew. Security readout expected next week.',
        keyPoints: ['Up to 15% approved for a three-year term', 'CallMiner may offer 30% to renew'],
      },
    },
    {
      daysAgo: 27,
      title: 'Larkspur security review readout',
      sellers: ['Kenji', 'Priya'],
      customers: ['Theo', 'Renata'],
      lines: [
        ['Theo', "I've finished the review. Overall you pass, with two conditions."],
        ['Kenji', 'Great, what are they?'],
        [
          'Theo',
          'PII redaction must be on by default for every call, not a setting someone can switch off. And the right-to-audit clause has to be in the master agreement, not a side letter.',
        ],
        ['Priya', "Both are fine. I'll get our legal team to put the clause in the MSA draft."],
        ['Renata', "That's a relief. Theo was my biggest worry."],
        [
          'Theo',
          "Data residency in the US East region is confirmed in your SOC 2 report, so I'm satisfied there.",
        ],
      ],
      ai: {
        brief:
          'Theo Marchetti passed the security review with two conditions: PII redaction on by default for every call, and a right-to-audit clause in the master agreement. US data residency confirmed.',
        keyPoints: [
          'Security review passed with two conditions',
          'PII redaction on by default',
          'Right-to-audit clause in the MSA',
          'US East data residency confirmed',
        ],
        highlights: {
          'Next steps': ['Priya to add the right-to-audit clause to the MSA draft'],
        },
        outline: {
          'Security review result': ['Pass with two conditions'],
          Conditions: ['PII redaction on by default', 'Right-to-audit clause in the MSA'],
        },
        outcome: ['Successful', 'Security review passed'],
      },
    },
    {
      daysAgo: 19,
      title: 'Larkspur negotiation',
      sellers: ['Priya', 'Dana'],
      customers: ['Harriet', 'Renata', 'Paulina'],
      lines: [
        ['Renata', "Before numbers: we want to add the branch managers, so it's 220 seats, not 180."],
        ['Dana', 'Then on a three-year term we can do 15% off list on all 220 seats.'],
        ['Harriet', "15% is better. I'd sign at 20%."],
        ['Dana', "I can't get to 20%. Let me see what annual prepay would do."],
        [
          'Renata',
          'One more change: go-live is now March 9. Wesley moves us to a new Genesys Cloud org in January and the connector has to wait for that.',
        ],
        ['Priya', "March 9 works, and it's still before CallMiner ends on March 31."],
        ['Paulina', "I'll need the MSA and order form from you to start vendor due diligence."],
      ],
      ai: {
        brief:
          'Negotiation with Harriet Osei, Renata Vasquez and Paulina Brandt. Seats grow to 220 with the branch managers. Dana offered 15% on a three-year term; Harriet wants 20%. Go-live is now March 9 because of the Genesys Cloud org migration in January.',
        keyPoints: [
          'Seats increased from 180 to 220 to add branch managers',
          'Offer: 15% off on a three-year term',
          'Harriet Osei asks for 20%',
          'Go-live now March 9',
        ],
        highlights: {
          'Next steps': [
            'Dana to price annual prepay',
            'Priya to send the MSA and order form to Paulina Brandt',
          ],
        },
        outline: {
          Scope: ['220 seats including branch managers'],
          Pricing: ['15% on a three-year term offered', '20% requested'],
          Timeline: ['Go-live March 9'],
        },
        outcome: ['Neutral', 'Terms under negotiation'],
      },
    },
    {
      daysAgo: 12,
      title: 'Larkspur check-in',
      sellers: ['Priya'],
      customers: ['Renata'],
      lines: [
        ['Priya', 'Quick one before the holiday. How are things on your side?'],
        [
          'Renata',
          "Good, honestly. Harriet is much warmer than she was in October. CallMiner came back with 30% off to renew, and she told them no. The team doesn't want to go back.",
        ],
        ['Priya', "That's great to hear. Anything still worrying you?"],
        [
          'Renata',
          'Training. My supervisors are stretched. I want a train-the-trainer plan for 12 supervisors so we are not pulling 140 agents off the phones.',
        ],
        ['Priya', "Sarah on our customer success team does exactly that. I'll bring her into the kickoff."],
      ],
    },
    {
      daysAgo: 6,
      title: 'Larkspur Credit Union - final commercials',
      sellers: ['Priya', 'Dana'],
      customers: ['Harriet', 'Paulina'],
      lines: [
        ['Dana', 'Harriet, with annual prepay on the three-year term we can go to 18%.'],
        ['Harriet', "18% with annual prepay. What's the annual figure?"],
        ['Priya', '220 seats at $1,140 less 18%: $205,656 a year.'],
        [
          'Harriet',
          "Then we have a deal. I'll take it to our finance committee on December 15, and I sign once they approve.",
        ],
        [
          'Paulina',
          'I still need the vendor due diligence package and the MSA redlines finished before the signature.',
        ],
        ['Dana', "Understood. We'll turn your redlines around within two days."],
      ],
      ai: {
        brief:
          'Harriet Osei agreed to 18% off for a three-year term with annual prepay: 220 seats, $205,656 a year. She takes it to the finance committee on December 15 and signs after approval. Paulina Brandt needs due diligence and MSA redlines done first.',
        keyPoints: [
          '18% discount for a three-year term with annual prepay',
          'Annual amount $205,656 for 220 seats',
          'Finance committee on December 15, then Harriet signs',
        ],
        highlights: {
          'Next steps': [
            'Harriet to present to the finance committee on December 15',
            'Paulina to send MSA redlines',
            'Priya to send the vendor due diligence package',
          ],
        },
        outline: {
          Pricing: ['18% with annual prepay, three-year term', '$205,656 a year'],
          Approval: ['Finance committee December 15', 'Harriet Osei signs after approval'],
        },
        outcome: ['Successful', 'Verbal commit'],
      },
    },
    {
      daysAgo: 3,
      title: 'Larkspur procurement and MSA redlines',
      sellers: ['Priya'],
      customers: ['Paulina', 'Theo'],
      lines: [
        ['Paulina', "Our legal team is nearly done. You'll have the MSA redlines by December 10."],
        [
          'Theo',
          'I checked the draft: the right-to-audit clause is in the MSA itself, so that condition is met.',
        ],
        ['Priya', "Perfect. I'll send the updated order form with the 18% and annual prepay by December 8."],
        [
          'Paulina',
          'If the finance committee approves on the 15th, we aim for signature on December 18. That keeps the March 9 go-live.',
        ],
        ['Priya', "Great. I'll have Sarah ready to schedule the kickoff for the week of January 11."],
        ['Paulina', 'Sounds good. This has been one of the smoother vendor reviews we have done this year.'],
      ],
      ai: {
        brief:
          'Procurement call with Paulina Brandt and Theo Marchetti. MSA redlines come by December 10; the right-to-audit clause is in the MSA. Signature targeted for December 18 after the finance committee, keeping the March 9 go-live.',
        highlights: {
          'Next steps': [
            'Paulina to send the MSA redlines by December 10',
            'Priya to send the updated order form by December 8',
            'Signature targeted for December 18',
            'Kickoff the week of January 11',
          ],
        },
      },
    },
  ],
};
