/**
 * Velvet Fox Apparel, a fashion e-commerce retailer buying Pulse and Forecast: a deal that slipped
 * past its Black Friday go-live and closes in December. The founder is loud but the CFO signs; a
 * cheaper competitor drops out; the data-latency worry comes back in three calls.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Velvet Fox Apparel story. */
export const velvetFoxApparel: Story = {
  company: {
    name: 'Velvet Fox Apparel',
    domain: 'velvetfox.com',
    industry: 'Retail',
    crmAccountId: '0015g000DB1VFXA2AA',
    contacts: [
      { name: 'Imogen Castellanos', title: 'VP of E-commerce' },
      { name: 'Theo Abernathy', title: 'Head of Data & Analytics' },
      { name: 'Harriet Vance', title: 'Chief Financial Officer' },
      { name: 'Margaux Delacroix', title: 'Founder & Chief Creative Officer' },
      { name: 'Wes Abernathy', title: 'IT Security Lead' },
      { name: 'Colette Huang', title: 'Procurement Manager' },
    ],
  },
  calls: [
    {
      daysAgo: 84,
      title: 'Velvet Fox Apparel / Northwind discovery',
      sellers: ['Chloé'],
      customers: ['Imogen', 'Theo'],
      lines: [
        ['Chloé', 'Thanks for making time. What made you take the meeting?'],
        [
          'Imogen',
          'Our drops. When we release a capsule collection on the Shopify Plus store, sell-through numbers reach us about forty minutes late, so we restock and reprice blind.',
        ],
        [
          'Theo',
          'Orders come from Shopify Plus, email engagement from Klaviyo, and inventory and finance live in NetSuite. Today we stitch them in spreadsheets.',
        ],
        [
          'Imogen',
          'We looked at Tableau a couple of years ago and dropped it, too heavy for a team our size.',
        ],
        ['Chloé', 'What timeline do you have in mind?'],
        [
          'Imogen',
          'We freeze the whole stack from November 15 until January 5 for peak season, so we would want to go live the week of November 9, before Black Friday.',
        ],
        [
          'Chloé',
          'Understood. I will set up a demo of Pulse for real-time dashboards and Forecast for demand planning, with our solutions engineer Ben.',
        ],
      ],
      ai: {
        brief:
          'Imogen and Theo described sell-through data arriving about 40 minutes late during collection drops on Shopify Plus, with Klaviyo and NetSuite stitched together in spreadsheets. They want to go live the week of November 9, before their November 15 peak-season freeze.',
        keyPoints: [
          'Sell-through numbers lag about 40 minutes during drops',
          'Stack: Shopify Plus, Klaviyo, NetSuite',
          'Target go-live: week of November 9, before the peak-season freeze',
        ],
        actionItems: [
          'Chloé to schedule a Pulse and Forecast demo with Ben',
          'Theo to share a sample NetSuite export',
        ],
      },
    },
    {
      daysAgo: 77,
      title: 'Pulse + Forecast demo for Velvet Fox',
      sellers: ['Chloé', 'Ben'],
      customers: ['Imogen', 'Theo'],
      lines: [
        [
          'Ben',
          'Here is Pulse refreshing sell-through by style and size every five minutes, straight from the Shopify Plus orders feed.',
        ],
        [
          'Imogen',
          'Five minutes would change our drops. The lag is what hurts: by the time we see a size selling out, it is gone.',
        ],
        [
          'Theo',
          'How does the NetSuite connector handle custom fields? Our season codes and fabric lots are custom fields.',
        ],
        [
          'Ben',
          'Standard fields sync out of the box; custom fields go through a NetSuite saved search that we map once. I can walk you through it in a deep dive.',
        ],
        ['Chloé', 'Forecast then uses that history to suggest reorder quantities per size.'],
        ['Imogen', 'Let us do the deep dive with Theo next.'],
      ],
      ai: {
        brief:
          'Ben demoed Pulse refreshing sell-through every five minutes from Shopify Plus and Forecast reorder suggestions. Theo asked how the NetSuite connector handles custom fields.',
        keyPoints: [
          'Pulse refreshes every five minutes',
          'Imogen: the data lag during drops is the main pain',
          'NetSuite custom fields need a saved search mapping',
        ],
      },
    },
    {
      daysAgo: 73,
      title: 'Velvet Fox technical deep dive',
      sellers: ['Ben'],
      customers: ['Theo'],
      lines: [
        [
          'Theo',
          'Today Fivetran loads Klaviyo into our BigQuery warehouse. Could Pulse read from BigQuery instead of a second copy?',
        ],
        [
          'Ben',
          'Yes, Pulse can query BigQuery directly for Klaviyo, and use the native Shopify Plus connector for orders so drops stay near real time.',
        ],
        [
          'Theo',
          'And NetSuite? We have about forty custom fields, the season code and fabric lot being the ones that matter.',
        ],
        [
          'Ben',
          'We map those two through a saved search; the rest can wait. Mapping usually takes two days with your NetSuite admin.',
        ],
        ['Theo', 'My team is three analysts, so two days is fine if you drive it.'],
      ],
    },
    {
      daysAgo: 66,
      title: 'Deal review: Velvet Fox',
      sellers: ['Chloé', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Who signs at Velvet Fox?'],
        [
          'Chloé',
          'Harriet Vance, the CFO. Margaux Delacroix, the founder, loves the product and will be loud about it, but Harriet owns the budget.',
        ],
        ['Dana', 'Competition?'],
        [
          'Chloé',
          'Peel Insights is in the mix, cheaper, but it does not do demand forecasting. The security review with Wes Abernathy is next.',
        ],
      ],
      ai: {
        brief:
          'Chloé and Dana reviewed the Velvet Fox deal: Harriet Vance (CFO) is the economic buyer, the founder Margaux Delacroix is an enthusiastic sponsor, and Peel Insights is competing on price.',
        keyPoints: [
          'Economic buyer: Harriet Vance, CFO',
          'Competitor: Peel Insights, cheaper but no forecasting',
        ],
      },
    },
    {
      daysAgo: 59,
      title: 'Velvet Fox security review',
      sellers: ['Ben', 'Chloé'],
      customers: ['Wes', 'Theo'],
      lines: [
        ['Wes', 'I need your SOC 2 Type II report and single sign-on through Okta before anything else.'],
        ['Ben', 'Both are standard. I will send the SOC 2 Type II report under NDA today.'],
        [
          'Wes',
          'Half our shoppers are in the UK and the EU, so I need a DPA and EU data residency for anything with customer data.',
        ],
        [
          'Ben',
          'We can host your workspace in our Frankfurt region and sign our standard DPA. No cardholder data flows to us, so you stay out of PCI scope.',
        ],
        [
          'Theo',
          'My worry is still speed: if the Frankfurt region adds delay, the drop dashboards are back to being late.',
        ],
        ['Ben', 'Region does not change the five-minute refresh; I will show you the numbers.'],
      ],
      ai: {
        brief:
          'Wes Abernathy reviewed security: SOC 2 Type II, Okta SSO, a DPA and EU data residency. Northwind offered its Frankfurt region. Theo worried that hosting could slow the drop dashboards.',
        keyPoints: [
          'SOC 2 Type II report sent under NDA',
          'Okta SSO required',
          'EU data residency in the Frankfurt region, plus a DPA',
          'Out of PCI scope: no cardholder data',
        ],
        highlights: {
          'Next steps': ['Ben to send refresh benchmarks for the Frankfurt region', 'Wes to review the DPA'],
        },
        outline: {
          Requirements: ['SOC 2 Type II and Okta SSO', 'DPA and EU data residency'],
          'Open questions': ['Does Frankfurt hosting slow the refresh?'],
        },
        outcome: ['Follow-up', 'Security review'],
        actionItems: ['Ben to send the SOC 2 Type II report', 'Wes to return DPA comments'],
      },
    },
    {
      daysAgo: 54,
      title: 'Velvet Fox exec sponsor meeting',
      sellers: ['Chloé', 'Dana'],
      customers: ['Margaux', 'Imogen'],
      lines: [
        [
          'Margaux',
          'When we drop a collection I want to watch it sell live, not read about it the next morning. That is the whole point for me.',
        ],
        ['Dana', 'That is exactly what Pulse is built for.'],
        [
          'Margaux',
          'I am sold, but to be clear, I do not sign these. Harriet signs anything over twenty-five thousand dollars, so bring her the numbers.',
        ],
        ['Imogen', 'I will set up a pricing session with Harriet.'],
      ],
      ai: {
        brief:
          'Margaux Delacroix, the founder, backed the project and wants to watch drops sell live, but said Harriet signs anything over $25,000. Imogen will set up a pricing session with Harriet.',
        highlights: {
          'Next steps': ['Imogen to book a pricing session with Harriet'],
        },
      },
    },
    {
      daysAgo: 45,
      title: 'Velvet Fox check-in',
      sellers: ['Chloé'],
      customers: ['Imogen'],
      lines: [
        ['Chloé', 'How are things on your side?'],
        [
          'Imogen',
          'Honestly, the security review ate three weeks, so we will not make the week of November 9. Nothing goes live during the freeze.',
        ],
        [
          'Imogen',
          'The new plan is to kick off on January 5, when the freeze lifts, and go live on January 19.',
        ],
        ['Imogen', 'Also, Peel Insights came back at forty-eight thousand dollars a year. Harriet noticed.'],
        [
          'Chloé',
          'Peel has no forecasting, and you told me reorders are half the value. I will make that case in the pricing session.',
        ],
      ],
    },
    {
      daysAgo: 38,
      title: 'Velvet Fox pricing discussion',
      sellers: ['Chloé', 'Dana'],
      customers: ['Harriet', 'Imogen'],
      lines: [
        ['Chloé', 'Pulse and Forecast together list at $68,000 a year.'],
        ['Harriet', 'I would need twenty percent off to get this past our board, given what Peel quoted.'],
        ['Dana', 'We can do twelve percent on a two-year term, which brings it to $59,840 a year.'],
        ['Harriet', 'And I want to pay quarterly, not annually up front.'],
        ['Dana', 'Quarterly billing is fine.'],
        ['Harriet', 'Send it in writing and I will take it to my team.'],
      ],
      ai: {
        brief:
          'Pricing session with Harriet Vance. List is $68,000 a year for Pulse and Forecast; Harriet asked for 20% off, Dana offered 12% on a two-year term, $59,840 a year, billed quarterly.',
        keyPoints: [
          'List price $68,000 a year',
          'Harriet asked for 20% off',
          'Offer: 12% off on a two-year term, $59,840 a year',
          'Quarterly billing agreed',
        ],
        highlights: {
          'Next steps': ['Chloé to send the written proposal', 'Harriet to review with her team'],
          Pricing: ['$59,840 a year on a two-year term'],
        },
        outline: {
          Pricing: ['List $68,000', '12% off on two years', 'Quarterly billing'],
        },
        outcome: ['Negotiation', 'Proposal sent'],
      },
    },
    {
      daysAgo: 31,
      title: 'Velvet Fox procurement kickoff',
      sellers: ['Chloé'],
      customers: ['Colette'],
      lines: [
        ['Colette', 'For new vendors I need the onboarding form, a W-9 and your certificate of insurance.'],
        ['Chloé', 'I will send all three today.'],
        [
          'Colette',
          'Our legal team will send MSA redlines by November 20, and the purchase order needs Harriet’s approval before I can issue it.',
        ],
      ],
      ai: {
        brief:
          'Colette Huang started vendor onboarding: onboarding form, W-9 and certificate of insurance. Legal will send MSA redlines by November 20; the purchase order needs Harriet’s approval.',
        highlights: {
          'Next steps': [
            'Chloé to send the onboarding form, W-9 and certificate of insurance',
            'Velvet Fox legal to send MSA redlines by November 20',
          ],
        },
      },
    },
    {
      daysAgo: 24,
      title: 'Velvet Fox MSA redlines',
      sellers: ['Chloé'],
      customers: ['Colette'],
      lines: [
        ['Colette', 'Legal came back early. Two points: the liability cap and auto-renewal.'],
        [
          'Chloé',
          'We can agree a liability cap at twelve months of fees, and replace auto-renewal with a sixty-day notice before renewal.',
        ],
        ['Colette', 'That works. I will get the clean version to Harriet.'],
      ],
      ai: {
        brief:
          'Colette Huang and Chloé settled the MSA redlines: liability cap at twelve months of fees, and auto-renewal replaced by a sixty-day notice before renewal.',
        outline: {
          'MSA redlines': [
            'Liability cap at twelve months of fees',
            'Sixty-day renewal notice instead of auto-renewal',
          ],
        },
      },
    },
    {
      daysAgo: 12,
      title: 'Velvet Fox Apparel pipeline review',
      sellers: ['Chloé', 'Dana', 'Ben'],
      customers: [],
      lines: [
        ['Dana', 'Are we still in commit for December?'],
        [
          'Chloé',
          'Yes. Imogen confirmed Peel is out, and Harriet has the clean MSA. I expect a verbal next week.',
        ],
        [
          'Ben',
          'The one technical risk is the NetSuite custom fields. I will run the saved search mapping myself in the first week of January.',
        ],
      ],
      ai: {
        brief:
          'Internal pipeline review: Velvet Fox stays in commit for December. Ben owns the NetSuite custom-field mapping in the first week of January.',
      },
    },
    {
      daysAgo: 5,
      title: 'Velvet Fox post-Black Friday check-in',
      sellers: ['Chloé', 'Sarah'],
      customers: ['Imogen', 'Theo'],
      lines: [
        ['Chloé', 'How did Black Friday go?'],
        [
          'Imogen',
          'Record sales, but our dashboards were two hours behind all weekend. It is the exact problem we came to you with.',
        ],
        ['Theo', 'I had analysts refreshing exports by hand. I never want to do that again.'],
        [
          'Chloé',
          'Let me introduce Sarah Lindqvist, who will be your customer success manager from kickoff.',
        ],
        [
          'Sarah',
          'I will send an onboarding plan built around your January 19 go-live, with Theo’s team trained in the first two weeks.',
        ],
        ['Imogen', 'Great. We are really looking forward to this.'],
      ],
      ai: {
        brief:
          'After record Black Friday sales with dashboards 2 hours behind, Imogen and Theo are eager to start. Chloé introduced Sarah Lindqvist as customer success manager; Sarah will send an onboarding plan for the January 19 go-live.',
        keyPoints: [
          'Dashboards were 2 hours behind over Black Friday',
          'Sarah Lindqvist introduced as customer success manager',
          'Onboarding plan to target the January 19 go-live',
        ],
        highlights: {
          'Next steps': ['Sarah to send the onboarding plan'],
        },
        outcome: ['Follow-up', 'Onboarding planning'],
      },
    },
    {
      daysAgo: 3,
      title: 'Velvet Fox final terms',
      sellers: ['Chloé', 'Dana'],
      customers: ['Harriet', 'Imogen'],
      lines: [
        [
          'Harriet',
          'I have read the proposal and the MSA. We are going ahead at $59,840 a year on the two-year term, billed quarterly.',
        ],
        ['Harriet', 'We have told the other vendor no.'],
        ['Dana', 'Wonderful. Chloé will send the DocuSign envelope today.'],
        ['Harriet', 'I will sign it by December 15, then Colette issues the purchase order.'],
        ['Imogen', 'And we kick off on January 5 and go live on January 19.'],
      ],
      ai: {
        brief:
          'Harriet Vance gave a verbal yes at $59,840 a year on a two-year term, billed quarterly. She will sign via DocuSign by December 15, after which Colette issues the purchase order. Kickoff January 5, go-live January 19.',
        keyPoints: [
          'Verbal commitment from Harriet Vance',
          '$59,840 a year, two-year term, quarterly billing',
          'Signature by December 15',
        ],
        highlights: {
          'Next steps': [
            'Chloé to send the DocuSign envelope',
            'Harriet to sign by December 15',
            'Colette to issue the purchase order',
            'Kickoff January 5, go-live January 19',
          ],
        },
        outline: {
          Decision: ['Going ahead on the proposal'],
          Timeline: ['Signature by December 15', 'Kickoff January 5', 'Go-live January 19'],
        },
        outcome: ['Closing', 'Verbal commit'],
      },
    },
  ],
};
