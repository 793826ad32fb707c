/**
 * Kestrel Valley Water, a municipal water utility looking at leak and meter analytics: a deal that
 * reached its board meeting and stalled when the board froze IT spending. The general manager is
 * senior but the board approves and the finance director signs; the OT-network worry recurs.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Kestrel Valley Water story. */
export const kestrelValleyWater: Story = {
  company: {
    name: 'Kestrel Valley Water',
    domain: 'kvwater.org',
    industry: 'Utilities',
    crmAccountId: '0015g000DB3KVW4AAA',
    contacts: [
      { name: 'Ruth Callahan', title: 'Director of Operations' },
      { name: 'Desmond Pryce', title: 'General Manager' },
      { name: 'Patrick Nwosu', title: 'Finance Director' },
      { name: 'Hank Sorensen', title: 'SCADA & OT Manager' },
      { name: 'Mei-Ling Zhou', title: 'IT & Cybersecurity Manager' },
      { name: 'Carla Jimenez', title: 'Purchasing Agent' },
    ],
  },
  calls: [
    {
      daysAgo: 83,
      at: '17:30',
      title: 'Kestrel Valley Water intro',
      sellers: ['Omar', 'Tom'],
      customers: ['Ruth'],
      lines: [
        ['Omar', 'Thanks for replying to my note, Ruth. Tom here is your account executive.'],
        [
          'Ruth',
          'Our non-revenue water is around 18 percent. We have 42,000 metered connections and we find leaks when customers call us.',
        ],
        ['Tom', 'Do you have smart meters?'],
        [
          'Ruth',
          'Yes, Sensus AMI across the whole service area since last year, and we barely use the data.',
        ],
      ],
      ai: {
        brief:
          'Ruth Callahan explained non-revenue water of around 18% across 42,000 metered connections, with Sensus AMI meter data barely used.',
        actionItems: ['Tom to set up a discovery call with Ruth and the SCADA team'],
      },
    },
    {
      daysAgo: 76,
      at: '17:30',
      title: 'Kestrel Valley Water discovery',
      sellers: ['Tom'],
      customers: ['Ruth', 'Hank'],
      lines: [
        [
          'Hank',
          'Our SCADA data lands in an AVEVA PI historian, and work orders live in Cityworks. Meter reads come from the Sensus head-end.',
        ],
        ['Hank', 'One thing up front: nothing from outside touches the SCADA network. Not now, not ever.'],
        ['Tom', 'Understood. We would only read data outside the control network.'],
        [
          'Ruth',
          'If we can see pressure drops from PI next to meter reads, we catch main breaks in hours instead of days.',
        ],
      ],
      ai: {
        brief:
          'Hank Sorensen described the systems: AVEVA PI historian for SCADA data, Cityworks for work orders and the Sensus head-end for meter reads. He insisted nothing external touches the SCADA network.',
        keyPoints: [
          'Systems: AVEVA PI, Cityworks, Sensus AMI head-end',
          'Hank: no outside access to the SCADA network',
        ],
        actionItems: ['Tom to book a demo with a solutions engineer', 'Hank to share PI tag list'],
      },
    },
    {
      daysAgo: 69,
      at: '17:30',
      title: 'Leak analytics demo for Kestrel Valley',
      sellers: ['Tom', 'Ben'],
      customers: ['Ruth', 'Hank', 'Desmond'],
      lines: [
        [
          'Ben',
          'Here pressure from PI and hourly meter reads from Sensus are combined by pressure zone, and flagged leaks open a Cityworks work order.',
        ],
        [
          'Desmond',
          'This is what I want for the valley. An AquaSight rep pitched us something like it last year; we never followed up.',
        ],
        [
          'Desmond',
          'To be clear on process: I can recommend it, but the Board of Commissioners approves anything over $50,000, and Patrick Nwosu signs the contract.',
        ],
        ['Hank', 'How does the PI data leave the plant?'],
        ['Ben', 'That is for the security review; we have a read-only pattern for it.'],
      ],
      ai: {
        brief:
          'Ben demoed leak detection by pressure zone from PI pressure and Sensus meter reads, opening Cityworks work orders. Desmond Pryce, the General Manager, backed it and explained that the Board of Commissioners approves purchases over $50,000 and Patrick Nwosu signs.',
        keyPoints: [
          'Leak detection by pressure zone with Cityworks work orders',
          'Board of Commissioners approves purchases over $50,000',
          'Patrick Nwosu signs the contract',
        ],
        highlights: {
          'Next steps': ['Ben to run a security review with IT and OT'],
        },
        outline: {
          Demo: ['Pressure zones', 'Leak flags', 'Cityworks work orders'],
          Process: ['Board approval over $50,000'],
        },
        outcome: ['Follow-up', 'Demo completed'],
      },
    },
    {
      daysAgo: 62,
      at: '17:30',
      title: 'Kestrel Valley security review',
      sellers: ['Ben'],
      customers: ['Mei-Ling', 'Hank'],
      lines: [
        [
          'Mei-Ling',
          'We follow our AWIA risk assessment. I need your SOC 2 report, data kept in the United States, and proof of $5 million cyber insurance.',
        ],
        ['Ben', 'SOC 2 Type II, hosting in AWS us-west-2, and our insurance certificate covers $5 million.'],
        ['Hank', 'And the plant? No vendor VPN, no inbound connection to the control network.'],
        [
          'Ben',
          'We never connect to the control network. You replicate PI to a read-only PI replica in your DMZ, and we read only from that replica, outbound from your side.',
        ],
        ['Hank', 'A read-only replica in the DMZ I can live with.'],
      ],
    },
    {
      daysAgo: 55,
      title: 'Kestrel Valley deal review',
      sellers: ['Tom', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Do they need a full RFP?'],
        [
          'Tom',
          'No, they can buy through our Sourcewell cooperative contract. The board meets monthly; we are aiming for the November 18 meeting.',
        ],
      ],
      ai: {
        brief:
          'Tom and Dana reviewed Kestrel Valley Water: purchase through the Sourcewell cooperative contract, no RFP needed, aiming for the November 18 board meeting.',
        keyPoints: ['Buying through Sourcewell, no RFP', 'Target: November 18 board meeting'],
      },
    },
    {
      daysAgo: 48,
      at: '17:30',
      title: 'Kestrel Valley Water pricing',
      sellers: ['Tom', 'Dana'],
      customers: ['Ruth', 'Patrick'],
      lines: [
        ['Tom', 'For 42,000 connections the list price is $118,000 a year.'],
        ['Dana', 'With our public-sector discount of 10 percent, that is $106,200 a year.'],
        [
          'Patrick',
          'My capital plan for fiscal 2026-27 has $95,000 for this line. And I want the price fixed for three years.',
        ],
        ['Dana', 'Let us come back with a three-year fixed option.'],
      ],
      ai: {
        brief:
          'List price $118,000 a year for 42,000 connections; with the 10% public-sector discount $106,200. Patrick Nwosu has $95,000 budgeted and wants three years at a fixed price.',
        keyPoints: [
          'List $118,000 a year',
          'Public-sector discount: $106,200 a year',
          'Budget $95,000 in the fiscal 2026-27 capital plan',
          'Patrick wants a three-year fixed price',
        ],
      },
    },
    {
      daysAgo: 41,
      at: '17:30',
      title: 'Kestrel Valley purchasing',
      sellers: ['Tom'],
      customers: ['Carla'],
      lines: [
        [
          'Carla',
          'Buying off Sourcewell works for us. I need the board packet by November 4 for the November 18 meeting.',
        ],
        ['Tom', 'You will have the quote and the Sourcewell contract number by then.'],
      ],
      ai: {
        brief:
          'Carla Jimenez confirmed purchase through Sourcewell and needs the board packet by November 4 for the November 18 board meeting.',
        highlights: {
          'Next steps': ['Tom to send the quote and Sourcewell contract number by November 4'],
        },
      },
    },
    {
      daysAgo: 34,
      at: '17:30',
      title: 'Kestrel Valley check-in',
      sellers: ['Tom'],
      customers: ['Ruth'],
      lines: [
        [
          'Ruth',
          'If the board approves on the 18th, we want to be live by April 1, before irrigation season pushes demand up.',
        ],
        [
          'Ruth',
          'Hank is still nervous about the plant side. He keeps saying he will not have a vendor tunnel into the treatment plant.',
        ],
        ['Tom', 'Ben will write up the read-only DMZ replica design for Hank.'],
      ],
    },
    {
      daysAgo: 27,
      at: '17:30',
      title: 'Kestrel Valley board preparation',
      sellers: ['Tom', 'Dana'],
      customers: ['Desmond', 'Patrick', 'Ruth'],
      lines: [
        ['Dana', 'Our three-year fixed offer is $99,500 a year, fixed through 2029.'],
        ['Patrick', 'That is close enough to my $95,000 to defend. I will sign if the board approves.'],
        ['Desmond', 'I will present it on November 18 and recommend approval.'],
      ],
      ai: {
        brief:
          'Dana offered $99,500 a year fixed for three years. Patrick Nwosu will sign if the board approves; Desmond Pryce will present and recommend it at the November 18 board meeting.',
        keyPoints: [
          '$99,500 a year, fixed for three years',
          'Patrick signs after board approval',
          'Desmond presents on November 18',
        ],
        highlights: {
          'Next steps': ['Desmond to present at the November 18 board meeting'],
          Pricing: ['$99,500 a year, three-year fixed'],
        },
        outline: {
          Offer: ['$99,500 a year', 'Fixed through 2029'],
          Approval: ['Board of Commissioners on November 18', 'Patrick signs'],
        },
        outcome: ['Negotiation', 'Awaiting approval'],
      },
    },
    {
      daysAgo: 20,
      at: '17:30',
      title: 'Kestrel Valley check-in',
      sellers: ['Tom'],
      customers: ['Ruth'],
      lines: [
        [
          'Ruth',
          'Bad news. Our item was pulled from tomorrow’s agenda. The board froze non-emergency IT spending until the rate study is finished.',
        ],
        ['Tom', 'When is the rate study done?'],
        ['Ruth', 'Results are due January 8. I am as frustrated as you are.'],
      ],
      ai: {
        brief:
          'Ruth Callahan reported the item was pulled from the November 18 board agenda: the board froze non-emergency IT spending until the rate study is finished, due January 8.',
        keyPoints: [
          'Item pulled from the November 18 agenda',
          'Board froze non-emergency IT spending until the rate study',
          'Rate study results due January 8',
        ],
      },
    },
    {
      daysAgo: 13,
      title: 'Kestrel Valley Water forecast review',
      sellers: ['Tom', 'Dana', 'Ben'],
      customers: [],
      lines: [
        ['Dana', 'So Kestrel slips out of the quarter?'],
        [
          'Tom',
          'Yes, into Q1. Ruth is aiming for the January 20 board meeting. Go-live would move from April 1 to June 1.',
        ],
        [
          'Ben',
          'We could offer a free sixty-day pilot on one pressure zone to keep momentum while the board is frozen.',
        ],
        ['Dana', 'Do it. A pilot costs the board nothing to approve.'],
      ],
      ai: {
        brief:
          'Kestrel Valley Water slipped into Q1: target is now the January 20 board meeting and go-live moves from April 1 to June 1. The team will offer a free sixty-day pilot on one pressure zone.',
        keyPoints: [
          'Deal slips into Q1',
          'Next board meeting: January 20',
          'Go-live moved from April 1 to June 1',
          'Offer a free sixty-day pilot on one pressure zone',
        ],
        highlights: {
          'Next steps': ['Tom to propose the pilot to Ruth'],
        },
        outline: {
          Status: ['Board spending freeze', 'Slip into Q1'],
          Plan: ['Free sixty-day pilot', 'January 20 board meeting'],
        },
        outcome: ['Internal', 'Deal review'],
      },
    },
    {
      daysAgo: 6,
      at: '17:30',
      title: 'Kestrel Valley pilot proposal',
      sellers: ['Tom', 'Ben'],
      customers: ['Ruth', 'Hank'],
      lines: [
        ['Tom', 'While the board is frozen, we propose a free sixty-day pilot on one pressure zone.'],
        ['Ruth', 'Zone 4 is the one with the most main breaks. Let us do Zone 4.'],
        ['Hank', 'With the read-only replica in the DMZ, I am fine with the pilot.'],
        [
          'Ruth',
          'I love this product and the board is driving me mad. I will ask Desmond to put the contract on the January 20 agenda.',
        ],
        ['Tom', 'I will send the pilot scope by Friday.'],
      ],
      ai: {
        brief:
          'Tom proposed a free sixty-day pilot; Ruth Callahan chose Zone 4, the zone with the most main breaks, and Hank Sorensen approved it with the read-only DMZ replica. Ruth is frustrated with the board but strongly supports the product; she will ask Desmond to put the contract on the January 20 agenda.',
        highlights: {
          'Next steps': [
            'Tom to send the pilot scope by Friday',
            'Ruth to ask Desmond for the January 20 board agenda',
          ],
        },
      },
    },
    {
      daysAgo: 3,
      at: '17:30',
      title: 'Kestrel Valley purchasing follow-up',
      sellers: ['Tom'],
      customers: ['Carla'],
      lines: [
        ['Carla', 'For the January 20 meeting the board packet deadline is January 6.'],
        [
          'Carla',
          'Your quote expired with the old agenda, so I need an updated quote valid through February 28.',
        ],
        ['Tom', 'I will send an updated quote at $99,500 a year, valid through February 28, next week.'],
        ['Carla', 'Also confirm your Sourcewell contract is still active into next year.'],
      ],
    },
  ],
};
