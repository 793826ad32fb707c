import type { Story } from '../story';

/**
 * A lost deal. Three price figures over three calls; the competitor's price only in the 3rd most
 * recent call; the loss and its reasons in the 2nd (a transcript) and the debrief. The oldest call
 * is outside the 90-day window: its Dresden pilot must never be quoted.
 */
export const corvidRobotics: Story = {
  company: {
    name: 'Corvid Robotics',
    domain: 'corvidrobotics.com',
    industry: 'Industrial automation',
    crmAccountId: '0015g00001CVR06AAA',
    contacts: [
      { name: 'Lena Fischer', title: 'Head of Manufacturing Operations' },
      { name: 'Yusuf Karimi', title: 'VP Engineering' },
      { name: 'Grant Holloway', title: 'Procurement Director' },
      { name: 'Mia Sorensen', title: 'Data Scientist' },
    ],
  },
  calls: [
    {
      daysAgo: 120,
      title: 'Intro',
      sellers: ['Marcus'],
      customers: ['Lena'],
      lines: [
        ['Lena', 'Last year we ran a small pilot at the Dresden plant with a university team.'],
        ['Marcus', 'What did the Dresden pilot teach you?'],
        ['Lena', 'That nobody looks at a dashboard unless it is on the line.'],
      ],
      ai: {
        brief: 'Lena Fischer described a university-run analytics pilot at the Dresden plant last year.',
        keyPoints: ['Dresden plant pilot with a university team.'],
        outcome: ['Neutral', 'Intro'],
      },
    },
    {
      daysAgo: 87,
      title: 'Discovery',
      sellers: ['Marcus'],
      customers: ['Lena', 'Yusuf'],
      lines: [
        ['Yusuf', 'We have four plants, and every machine streams telemetry into AVEVA PI.'],
        ['Lena', 'What I want is scrap rate and downtime per line, by shift.'],
        ['Marcus', 'Then reading from AVEVA PI is where we start.'],
      ],
      ai: {
        brief:
          'Yusuf Karimi explained that all four plants stream machine telemetry into AVEVA PI; Lena Fischer wants scrap rate and downtime per line by shift.',
        keyPoints: [
          'Four plants.',
          'Telemetry historian: AVEVA PI.',
          'Need: scrap rate and downtime per line by shift.',
        ],
        highlights: { 'Next steps': ['Marcus to arrange a demo on sample PI data.'] },
        outcome: ['Positive', 'Next meeting scheduled'],
      },
    },
    {
      daysAgo: 79,
      title: 'Follow-up',
      sellers: ['Marcus', 'Ben'],
      customers: ['Lena', 'Mia'],
      lines: [
        ['Ben', 'This is downtime by line and shift on your sample PI data.'],
        ['Mia', 'Can I get at the raw tags from a notebook?'],
        ['Ben', 'Yes, through the SQL endpoint.'],
        ['Lena', 'I will sponsor this internally. I want it in front of Yusuf and procurement.'],
      ],
      ai: {
        brief:
          'Ben demoed downtime by line and shift on sample PI data; Mia Sorensen can reach raw tags through the SQL endpoint. Lena Fischer said she will sponsor the project internally as the champion.',
        keyPoints: [
          'Lena Fischer is sponsoring the project internally.',
          'Mia needs notebook access through SQL.',
        ],
        highlights: { 'Next steps': ['Marcus to prepare a quote.'] },
        outcome: ['Positive', 'Champion identified'],
      },
    },
    {
      daysAgo: 71,
      title: 'Sync',
      sellers: ['Ben'],
      customers: ['Yusuf', 'Mia'],
      lines: [
        ['Yusuf', 'You should know we are also talking to Seeq. They already work with our PI team.'],
        ['Mia', 'And we run Grafana in-house for live machine views, so that is your other competitor.'],
        ['Ben', 'Thanks for being open. Grafana is fine for live views; we cover the shift analytics.'],
      ],
    },
    {
      daysAgo: 64,
      title: 'Sync',
      sellers: ['Marcus'],
      customers: ['Lena'],
      lines: [
        ['Marcus', 'For four plants our quote is 180,000 dollars a year.'],
        ['Lena', 'I expected that. Procurement will push back hard.'],
      ],
      ai: {
        brief: 'Marcus quoted $180,000 a year for four plants; Lena expects procurement to push back.',
        keyPoints: ['Quote: $180,000 per year for four plants.'],
        highlights: { 'Next steps': ['Lena to take the quote to procurement.'] },
        outcome: ['Neutral', 'Quote delivered'],
      },
    },
    {
      daysAgo: 57,
      title: 'Follow-up',
      sellers: ['Ben'],
      customers: ['Yusuf'],
      lines: [
        ['Yusuf', 'No plant data may leave the plant network. Whatever reads PI has to run on-prem.'],
        ['Ben', 'Our on-prem agent reads PI locally and sends only aggregates.'],
        ['Yusuf', 'Aggregates are acceptable, and I will need your SOC 2 report too.'],
      ],
      ai: {
        brief:
          'Yusuf Karimi required that no plant data leaves the plant network; Ben described the on-prem agent that reads PI locally and sends only aggregates, which Yusuf accepted. He also asked for the SOC 2 report.',
        keyPoints: [
          'No raw plant data may leave the plant network.',
          'On-prem agent sending aggregates accepted.',
          'SOC 2 report requested.',
        ],
        highlights: { 'Next steps': ['Ben to send the SOC 2 report.'] },
        outcome: ['Positive', 'Requirements clarified'],
      },
    },
    {
      daysAgo: 48,
      title: 'Corvid Robotics deal review',
      sellers: ['Dana', 'Marcus'],
      customers: [],
      lines: [
        ['Dana', 'What is the risk on Corvid?'],
        [
          'Marcus',
          'Seeq has the relationship with their PI team. We win on shift analytics, we lose on price.',
        ],
        ['Dana', 'You are approved to go down to 152,000.'],
      ],
      ai: {
        brief:
          'Internal review: the main risk is Seeq, which has the relationship with the Corvid PI team. Dana approved going down to $152,000.',
        keyPoints: ['Risk: Seeq relationship with the PI team.', 'Approved floor: $152,000.'],
        outcome: ['Neutral', 'Deal review'],
      },
    },
    {
      daysAgo: 40,
      title: 'Sync',
      sellers: ['Marcus'],
      customers: ['Grant', 'Lena'],
      lines: [
        ['Marcus', 'We can revise the price to 152,000 dollars a year.'],
        ['Grant', 'Our policy is three competitive bids for anything over 100,000. You are one of three.'],
        ['Lena', 'Grant runs the process, but the steering committee decides.'],
      ],
      ai: {
        brief:
          'Marcus revised the price to $152,000 a year. Grant Holloway explained that procurement requires three competitive bids above $100,000; Lena said Grant runs the process and the steering committee decides.',
        keyPoints: [
          'Revised price: $152,000 per year.',
          'Three competitive bids required.',
          'Steering committee decides.',
        ],
        highlights: { 'Next steps': ['Grant to share the bid timeline.'] },
        outcome: ['Neutral', 'Competitive bid'],
      },
    },
    {
      daysAgo: 29,
      title: 'Sync',
      sellers: ['Marcus'],
      customers: ['Lena', 'Grant'],
      lines: [
        [
          'Lena',
          'The Monterrey plant expansion goes live in May 2027 and we want analytics there from day one.',
        ],
        ['Grant', 'The steering committee decides by December 1.'],
      ],
      ai: {
        brief:
          'Lena said the Monterrey plant expansion goes live in May 2027 and analytics should be there from day one. Grant said the steering committee decides by December 1.',
        keyPoints: ['Monterrey expansion goes live in May 2027.', 'Decision by December 1.'],
        highlights: { 'Next steps': ['Marcus to send best and final offer.'] },
        outcome: ['Neutral', 'Timeline set'],
      },
    },
    {
      daysAgo: 18,
      title: 'Follow-up',
      sellers: ['Marcus'],
      customers: ['Grant'],
      lines: [
        ['Marcus', 'Our best and final is 139,000 dollars a year.'],
        ['Grant', 'For transparency, Seeq came in at 120,000.'],
        ['Marcus', 'We cannot match that, but the shift analytics are worth the difference.'],
      ],
      ai: {
        brief:
          'Marcus gave the best and final offer of $139,000 a year. Grant disclosed that Seeq bid $120,000. Marcus declined to match and argued the value of shift analytics.',
        keyPoints: ['Best and final: $139,000 per year.', 'Seeq bid: $120,000.'],
        highlights: { 'Next steps': ['Grant to report the committee decision.'] },
        outcome: ['Negative', 'Price gap'],
      },
    },
    {
      daysAgo: 9,
      title: 'Check-in',
      sellers: ['Marcus'],
      customers: ['Grant'],
      lines: [
        ['Grant', 'The steering committee chose Seeq.'],
        ['Grant', 'Two reasons: price, and their native PI connector that our PI team already knows.'],
        ['Marcus', 'Thank you for telling me directly. Is the door open later?'],
        ['Grant', 'For 2028, when the contract is up, yes.'],
      ],
    },
    {
      daysAgo: 2,
      title: 'Debrief',
      sellers: ['Marcus'],
      customers: ['Lena'],
      lines: [
        ['Lena', 'Personally I preferred your product. The shift views were better.'],
        ['Lena', 'It came down to the price gap and the PI connector.'],
        ['Marcus', 'Would you be open to a check-in next autumn?'],
        ['Lena', 'Yes, ping me in September.'],
      ],
      ai: {
        brief:
          'Loss debrief with Lena Fischer: she preferred Northwind for its shift views, but the deal was lost on the price gap and Seeq’s native PI connector. She agreed to a check-in in September.',
        keyPoints: [
          'Lost to Seeq on price and the PI connector.',
          'Lena preferred the product.',
          'Check in again in September.',
        ],
        highlights: { 'Next steps': ['Marcus to check in with Lena in September.'] },
        outcome: ['Negative', 'Closed lost'],
      },
    },
  ],
};
