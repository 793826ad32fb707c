/**
 * Halvard Robotics, a warehouse-robot startup wanting dashboards embedded in its own customer
 * portal: a data platform head who would rather build it herself, a CFO counting runway, a CEO
 * who wants no Northwind logo anywhere, and a proof of concept that passes. Sisense is named but
 * never priced; the newest call is transcript-only and holds the last open security point.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Halvard Robotics story. */
export const halvardRobotics: Story = {
  company: {
    name: 'Halvard Robotics',
    domain: 'halvardrobotics.com',
    industry: 'Robotics',
    crmAccountId: '0015g000HR3HVR5AAA',
    contacts: [
      { name: 'Ines Carvalho', title: 'VP of Product' },
      { name: 'Felix Brandauer', title: 'CEO and Co-founder' },
      { name: 'Oksana Petrenko', title: 'Head of Data Platform' },
      { name: 'Desmond Achebe', title: 'Chief Financial Officer' },
      { name: 'Lotte Vermeer', title: 'Director of Customer Operations' },
    ],
  },
  calls: [
    {
      daysAgo: 83,
      at: '17:30',
      title: 'Halvard intro',
      sellers: ['Tom'],
      customers: ['Ines', 'Oksana'],
      lines: [
        [
          'Ines',
          'We have about 600 picking robots live at 14 customer warehouses. Every customer asks for dashboards inside our portal: picks per hour, uptime, fault codes.',
        ],
        ['Tom', 'Have you looked at embedding something?'],
        ['Oksana', 'We priced Looker embedded last year. Too expensive at our size.'],
        ['Ines', 'So right now my product team exports CSVs for customers. It does not scale.'],
      ],
      ai: {
        brief:
          'Ines Carvalho, VP of Product, has about 600 picking robots at 14 customer warehouses, and customers want picks per hour, uptime and fault codes inside Halvard’s portal. Looker embedded was too expensive; today the product team exports CSVs.',
        actionItems: ['Tom to book an architecture session with Oksana'],
      },
    },
    {
      daysAgo: 76,
      at: '17:30',
      title: 'Halvard architecture',
      sellers: ['Tom', 'Ben'],
      customers: ['Oksana', 'Ines'],
      lines: [
        [
          'Oksana',
          'Robot telemetry streams through Kafka into Snowflake. The customer portal is our own React app, and customers log in through Auth0.',
        ],
        [
          'Oksana',
          'My worry is your queries running up our Snowflake bill. We got burned once by a BI tool that scanned the whole telemetry table every five minutes.',
        ],
        ['Ben', 'We cache aggregates and query incrementally. You can cap the warehouse size we use.'],
        [
          'Ines',
          'And each customer must only ever see their own robots. If one 3PL sees a competitor’s pick rates, we lose both accounts.',
        ],
        ['Ben', 'Row-level security keyed on the tenant claim from Auth0.'],
      ],
    },
    {
      daysAgo: 68,
      at: '17:30',
      title: 'Halvard product demo',
      sellers: ['Tom', 'Ben'],
      customers: ['Ines', 'Felix', 'Lotte', 'Oksana'],
      lines: [
        [
          'Ben',
          'This is the embedded view: picks per hour by zone, uptime and the top fault codes for one tenant.',
        ],
        ['Lotte', 'My team answers fault-code questions all day. This would cut our tickets a lot.'],
        [
          'Felix',
          'One thing. Our customers cannot see a Northwind logo anywhere. It is our portal, our brand.',
        ],
        ['Oksana', 'Honestly, I could build most of this with Apache Superset in a quarter.'],
        ['Felix', 'Maybe, but not this quarter.'],
      ],
      ai: {
        brief:
          'Ben demoed embedded picks per hour, uptime and fault codes for one tenant. Lotte Vermeer expects fewer fault-code tickets. Felix Brandauer requires full white-labeling with no Northwind branding. Oksana Petrenko suggested her team could build most of it with Apache Superset.',
        keyPoints: [
          'Full white-labeling required',
          'Fewer fault-code tickets for customer operations',
          'Oksana sees Apache Superset as an alternative build',
        ],
        highlights: {
          'Next steps': [
            'Tom to send commercial options to Desmond and Ines',
            'Ben to outline a proof of concept',
          ],
        },
        outcome: ['Follow-up', 'Demo completed'],
      },
    },
    {
      daysAgo: 60,
      at: '21:00',
      title: 'Halvard deal review',
      sellers: ['Tom', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Where are we with Halvard?'],
        [
          'Tom',
          'Ines is our champion. Felix signs, but Desmond has to approve anything over $50,000 a year.',
        ],
        [
          'Tom',
          'Oksana would rather build with Superset. And Ines mentioned they had a call with Sisense last week.',
        ],
        ['Dana', 'Then the proof of concept has to be cheap for Oksana’s team.'],
      ],
      ai: {
        brief:
          'Internal review: Ines Carvalho is the champion; Felix Brandauer signs and Desmond Achebe approves anything over $50,000 a year. Oksana Petrenko prefers building with Superset, and Halvard also spoke with Sisense.',
      },
    },
    {
      daysAgo: 49,
      at: '17:30',
      title: 'Halvard commercials',
      sellers: ['Tom'],
      customers: ['Desmond', 'Ines'],
      lines: [
        ['Tom', 'The model is a $4,000 per month platform fee plus $9 per robot per month.'],
        [
          'Desmond',
          'The board is nervous about burn. We have about 20 months of runway, and every new contract gets read line by line.',
        ],
        [
          'Desmond',
          'I would want the price to ramp with robots actually deployed, not what sales forecasts.',
        ],
        ['Ines', 'We add a warehouse or two a month, so the robot count moves.'],
      ],
      ai: {
        brief:
          'Tom presented a $4,000 per month platform fee plus $9 per robot per month. Desmond Achebe said the board is nervous about burn with about 20 months of runway and wants pricing that ramps with deployed robots.',
        keyPoints: [
          '$4,000 per month platform fee plus $9 per robot per month',
          'About 20 months of runway; board nervous about burn',
          'Pricing should ramp with deployed robots',
        ],
        outcome: ['Follow-up', 'Pricing discussed'],
      },
    },
    {
      daysAgo: 37,
      at: '17:30',
      title: 'Halvard POC kickoff',
      sellers: ['Ben', 'Kenji'],
      customers: ['Oksana'],
      lines: [
        ['Oksana', 'Proof of concept on one tenant. Two success criteria.'],
        [
          'Oksana',
          'Snowflake cost under $400 a month for that tenant, and dashboards loading in under 2 seconds at p95.',
        ],
        [
          'Oksana',
          'And we cannot go ahead unless my team spends less than three sprints on the integration. That is the real budget.',
        ],
        ['Ben', 'We will do the heavy lifting. Embedding is one React component and a signed token.'],
      ],
    },
    {
      daysAgo: 24,
      at: '17:30',
      title: 'Halvard POC readout',
      sellers: ['Tom', 'Ben'],
      customers: ['Oksana', 'Ines', 'Felix'],
      lines: [
        [
          'Ben',
          'p95 load time came in at 1.4 seconds, and the tenant cost $310 in Snowflake credits for the month.',
        ],
        ['Oksana', 'I will admit it, it is cheaper than my team’s time. We spent under two sprints.'],
        ['Felix', 'And no Northwind branding anywhere?'],
        ['Ben', 'None. Your logo, your colours, your domain.'],
        ['Ines', 'Then technically we are there.'],
      ],
      ai: {
        brief:
          'The proof of concept passed: p95 load time 1.4 seconds and $310 of Snowflake credits for the month, with under two sprints of Halvard engineering. Oksana Petrenko conceded it is cheaper than building. White-labeling confirmed for Felix Brandauer.',
        keyPoints: [
          'p95 load 1.4 seconds',
          '$310 Snowflake cost for the month',
          'Under two sprints of engineering',
        ],
        outcome: ['Positive', 'Technical win'],
      },
    },
    {
      daysAgo: 16,
      at: '17:30',
      title: 'Halvard commercial follow-up',
      sellers: ['Tom', 'Dana'],
      customers: ['Desmond', 'Felix'],
      lines: [
        [
          'Dana',
          'We can ramp it: $2,500 per month for the first six months, then the platform fee plus $9 per robot.',
        ],
        ['Desmond', 'Closer. I still want an out after year one.'],
        ['Felix', 'I like it, but I like our runway more.'],
        ['Tom', 'I will send a revised order form with a 12-month opt-out.'],
      ],
      ai: {
        brief:
          'Dana offered a ramp of $2,500 per month for the first six months, then the platform fee plus $9 per robot. Desmond Achebe wants an exit after year one; Felix Brandauer likes it but is protective of runway.',
        highlights: {
          'Next steps': ['Tom to send a revised order form with a 12-month opt-out'],
        },
        outcome: ['Follow-up', 'Negotiation'],
      },
    },
    {
      daysAgo: 8,
      at: '17:30',
      title: 'Halvard check-in',
      sellers: ['Tom'],
      customers: ['Ines'],
      lines: [
        ['Ines', 'Felix wants to take it to the board meeting on January 14.'],
        [
          'Ines',
          'We want the dashboards live for Brightwater Logistics before ProMat in March. They are our biggest customer.',
        ],
        ['Ines', 'Honestly, I am nervous Desmond will stall it past the board.'],
        ['Tom', 'What would help?'],
        ['Ines', 'Get Desmond the order form by December 15 so he has it before the board pack goes out.'],
      ],
      ai: {
        brief:
          'Felix Brandauer will take the deal to the board meeting on January 14. Halvard wants dashboards live for Brightwater Logistics before ProMat in March. Ines Carvalho worries Desmond Achebe may stall it.',
        highlights: {
          'Next steps': ['Tom to get the revised order form to Desmond by December 15'],
        },
      },
    },
    {
      daysAgo: 2,
      at: '17:30',
      title: 'Halvard security questions',
      sellers: ['Ben'],
      customers: ['Oksana'],
      lines: [
        ['Oksana', 'Your SOC 2 Type II and the pen test summary are fine.'],
        [
          'Oksana',
          'The one thing I still need is a written answer on where query results get cached. Our customers’ contracts say their data stays in us-east-1.',
        ],
        ['Ben', 'I will send that in writing this week.'],
      ],
    },
  ],
};
