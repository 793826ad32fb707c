import type { Story } from '../story';

/**
 * A new deal with a freight forwarder, from discovery to a verbal commit. The competitors are named
 * only in the 8th most recent call (a transcript); security only in the 6th; the agreed discount
 * and the go-live date only in a transcript; the discount moves from call to call.
 */
export const brightwaterLogistics: Story = {
  company: {
    name: 'Brightwater Logistics',
    domain: 'brightwater-logistics.com',
    industry: 'Freight forwarding',
    crmAccountId: '0015g00001BWL01AAA',
    contacts: [
      { name: 'Nina Albrecht', title: 'Director of Operations' },
      { name: 'Owen Fairclough', title: 'VP Finance' },
      { name: 'Deepa Venkat', title: 'IT Security Manager' },
      { name: 'Carlos Ibarra', title: 'Data Platform Lead' },
    ],
  },
  calls: [
    {
      daysAgo: 84,
      title: 'Intro call',
      sellers: ['Priya'],
      customers: ['Nina'],
      lines: [
        ['Priya', 'Thanks for making the time, Nina. What made you reach out?'],
        [
          'Nina',
          'Our depot managers spend every Monday rebuilding the shipment delay report in Excel. We run 14 regional depots and about 200 dispatchers, and nobody trusts the numbers by Wednesday.',
        ],
        ['Priya', 'How do you find out about a late shipment today?'],
        [
          'Nina',
          'Usually when the customer calls us. I want exceptions flagged before the customer notices.',
        ],
        ['Priya', "Let's get Kenji to show you route exception alerts next week."],
      ],
      ai: {
        brief:
          'Nina Albrecht described how depot managers rebuild the shipment delay report by hand every week across 14 regional depots and about 200 dispatchers. She wants late shipments flagged before customers notice. Priya proposed a demo with a solutions engineer.',
        keyPoints: [
          'Delay reporting is rebuilt manually in Excel every Monday.',
          '14 regional depots, roughly 200 dispatchers.',
          'Goal: flag exceptions before the customer calls.',
        ],
        highlights: { 'Next steps': ['Priya to schedule a demo of route exception alerts with Kenji.'] },
        outcome: ['Positive', 'Next meeting scheduled'],
        actionItems: ['Schedule demo of exception alerts'],
      },
    },
    {
      daysAgo: 77,
      title: 'Follow-up',
      sellers: ['Priya', 'Kenji'],
      customers: ['Nina', 'Carlos'],
      lines: [
        ['Kenji', 'Here is the depot board with live exception alerts, grouped by lane.'],
        ['Nina', 'That lane view is exactly what my depot managers need on Monday morning.'],
        ['Carlos', 'Can the alerts be driven from our own shipment events rather than a nightly file?'],
        ['Kenji', 'Yes, we can subscribe to an event stream; we would scope that in a working session.'],
        ['Priya', 'Carlos, could you and Kenji run that working session in two weeks?'],
      ],
      ai: {
        brief:
          'Kenji demoed the depot board with live exception alerts by lane. Nina said the lane view is what her depot managers need. Carlos asked whether alerts can run from their own shipment events; a technical working session was agreed.',
        keyPoints: [
          'Nina reacted very positively to the lane view.',
          'Carlos asked for event-driven alerts instead of nightly files.',
        ],
        highlights: { 'Next steps': ['Working session between Carlos and Kenji in two weeks.'] },
        outcome: ['Positive', 'Next meeting scheduled'],
        actionItems: ['Book working session with Carlos'],
      },
    },
    {
      daysAgo: 70,
      title: 'Working session',
      sellers: ['Kenji'],
      customers: ['Carlos'],
      lines: [
        [
          'Kenji',
          'Before we dig in, what else is on your shortlist, so I know what you are comparing us to?',
        ],
        [
          'Carlos',
          'To be open with you, we have a Sisense trial running on the finance side, and procurement also asked us to look at Domo.',
        ],
        ['Kenji', 'Understood. What would make you pick one over the other?'],
        ['Carlos', 'Honestly, whoever can show depot managers a late lane without an analyst in the middle.'],
        ['Kenji', 'Then I will build the demo around one of your real lanes next time.'],
      ],
    },
    {
      daysAgo: 62,
      title: 'Weekly sync',
      sellers: ['Priya'],
      customers: ['Nina'],
      lines: [
        ['Priya', 'For 200 dispatcher seats our list price is 72 dollars per seat per month.'],
        ['Nina', 'That will not get past Owen as it is. Is there room to move?'],
        ['Priya', 'For an annual commitment I can start at 10% off.'],
        ['Nina', 'Fine, put that in writing and I will walk it over to finance.'],
      ],
      ai: {
        brief:
          'Priya shared pricing: 200 dispatcher seats at $72 per seat per month list. Nina said finance would push back; Priya offered 10% off for an annual commitment. Nina will take a written quote to finance.',
        keyPoints: [
          'List price $72 per seat per month for 200 seats.',
          'Initial offer: 10% off for an annual commitment.',
        ],
        highlights: {
          'Next steps': ['Priya to send a written quote.', 'Nina to share the quote with finance.'],
        },
        outcome: ['Neutral', 'Quote requested'],
      },
    },
    {
      daysAgo: 55,
      title: 'Check-in',
      sellers: ['Priya', 'Kenji'],
      customers: ['Nina', 'Deepa'],
      lines: [
        [
          'Deepa',
          'Two things before anything is signed: I need your SOC 2 Type II report, and SSO through Azure AD.',
        ],
        ['Kenji', 'Both are standard. The SOC 2 Type II report goes out under NDA today.'],
        ['Deepa', 'We do not need data residency, our data can stay in the US.'],
        ['Nina', 'Good, that keeps security off the critical path.'],
      ],
      ai: {
        brief:
          'Deepa Venkat set two security requirements: the SOC 2 Type II report and single sign-on through Azure AD. US hosting is acceptable; no data residency requirement. Kenji will send the report under NDA.',
        keyPoints: [
          'Security requires the SOC 2 Type II report before signature.',
          'SSO must go through Azure AD.',
          'No data residency requirement.',
        ],
        highlights: { 'Next steps': ['Kenji to send the SOC 2 Type II report under NDA.'] },
        outcome: ['Positive', 'Requirements clarified'],
      },
    },
    {
      daysAgo: 41,
      title: 'Follow-up',
      sellers: ['Priya'],
      customers: ['Nina', 'Owen'],
      lines: [
        [
          'Nina',
          'I brought Owen along. Owen Fairclough is our VP Finance, he owns the budget and signs off on anything this size.',
        ],
        ['Owen', 'We have 150,000 dollars for year one. At 10% off you are well above that.'],
        ['Owen', 'I would need 20% to make it work.'],
        ['Priya', 'I cannot get to 20. I can get to 15% if we sign this quarter.'],
        ['Owen', 'Let me think about it.'],
      ],
      ai: {
        brief:
          'Nina introduced Owen Fairclough, VP Finance, who owns the budget and signs off on the deal. Owen said the year-one budget is $150,000 and asked for 20% off; Priya countered with 15% for a signature this quarter.',
        keyPoints: [
          'Owen Fairclough (VP Finance) owns the budget and signs off.',
          'Year-one budget: $150,000.',
          'Owen asked for 20%; Priya countered with 15%.',
        ],
        highlights: { 'Next steps': ['Owen to respond on the 15% counter.'] },
        outcome: ['Neutral', 'Negotiation ongoing'],
      },
    },
    {
      daysAgo: 30,
      title: 'Weekly sync',
      sellers: ['Kenji'],
      customers: ['Carlos', 'Nina'],
      lines: [
        [
          'Carlos',
          'The hard requirement is Oracle Transportation Management. Every shipment event lives there, so you have to read from OTM.',
        ],
        ['Nina', 'And the alerts have to land in Microsoft Teams, that is where depot managers live.'],
        ['Carlos', 'My worry is OTM API limits at month end when volume triples.'],
        ['Kenji', 'We will batch reads and back off at month end. I will send a design note.'],
      ],
      ai: {
        brief:
          'Carlos made Oracle Transportation Management (OTM) the hard integration requirement, as every shipment event lives there; Nina needs alerts delivered in Microsoft Teams. Carlos is worried about OTM API limits at month end. Kenji will send a design note.',
        keyPoints: [
          'Must read shipment events from Oracle Transportation Management.',
          'Alerts must be delivered in Microsoft Teams.',
          'Concern: OTM API limits at month end.',
        ],
        highlights: { 'Next steps': ['Kenji to send an integration design note.'] },
        outcome: ['Positive', 'Technical fit confirmed'],
      },
    },
    {
      daysAgo: 21,
      title: 'Q4 check-in',
      sellers: ['Priya'],
      customers: ['Owen', 'Nina'],
      lines: [
        ['Owen', 'I talked to the CEO. We can live with 18% if the paperwork is signed by December 19.'],
        ['Priya', 'I can get 18% approved on that condition.'],
        [
          'Nina',
          'Then our target go-live is February 2, before peak season starts. The depots need two weeks of training before that.',
        ],
        ['Owen', 'Procurement will send redlines on the MSA next week.'],
      ],
    },
    {
      daysAgo: 12,
      title: 'Follow-up',
      sellers: ['Priya'],
      customers: ['Owen'],
      lines: [
        [
          'Owen',
          'Legal is fine with most of the MSA. The sticking point is the liability cap; they want twice annual fees.',
        ],
        ['Priya', 'I will take that to our legal team and send a revised order form by December 10.'],
      ],
      ai: {
        brief:
          'Owen reported that legal accepts most of the MSA but objects to the liability cap, asking for twice annual fees. Priya will take it to Northwind legal and send a revised order form by December 10.',
        keyPoints: ['Objection: liability cap; Brightwater legal asks for twice annual fees.'],
        highlights: { 'Next steps': ['Priya to send a revised order form by December 10.'] },
        outcome: ['Neutral', 'Legal review'],
      },
    },
    {
      daysAgo: 4,
      title: 'Weekly sync',
      sellers: ['Priya'],
      customers: ['Owen', 'Nina'],
      lines: [
        ['Owen', 'The liability wording works for us. Consider this a verbal commit.'],
        ['Owen', 'I sign after our board meeting on December 16.'],
        ['Priya', 'Great. I will have the order form ready for signature the same day.'],
      ],
      ai: {
        brief:
          'Owen accepted the revised liability wording and gave a verbal commit. He will sign after the board meeting on December 16; Priya will have the order form ready that day.',
        keyPoints: ['Verbal commit from Owen.', 'Signature expected after the December 16 board meeting.'],
        highlights: { 'Next steps': ['Priya to have the order form ready for signature on December 16.'] },
        outcome: ['Positive', 'Verbal commit'],
      },
    },
  ],
};
