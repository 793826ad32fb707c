/**
 * Oriel Biosciences, a biotech lab in Heidelberg and Boston looking at instrument and assay
 * analytics: a deal lost on price and validation effort to a competitor. The CSO champions it but
 * the finance director signs; the GxP audit-trail worry comes back in four calls in different words.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Oriel Biosciences story. */
export const orielBiosciences: Story = {
  company: {
    name: 'Oriel Biosciences',
    domain: 'orielbio.com',
    industry: 'Biotechnology',
    crmAccountId: '0015g000DB2ORLB3AA',
    contacts: [
      { name: 'Dr. Annika Brandt', title: 'Head of Lab Operations' },
      { name: 'Dr. Felix Oyelaran', title: 'Chief Scientific Officer' },
      { name: 'Matthias Kern', title: 'Director of Finance' },
      { name: 'Yuki Tanabe', title: 'Scientific Informatics Lead' },
      { name: 'Leonie Vogt', title: 'Quality & Compliance Manager' },
    ],
  },
  calls: [
    {
      daysAgo: 82,
      at: '09:00',
      title: 'Oriel Biosciences intro call',
      sellers: ['Lucía'],
      customers: ['Annika'],
      lines: [
        ['Lucía', 'What prompted you to reach out?'],
        [
          'Annika',
          'We run about forty instruments across Heidelberg and Boston, HPLCs and plate readers mostly, and we track their utilisation in spreadsheets. Nobody trusts the numbers.',
        ],
        ['Annika', 'We trialled Spotfire in 2024 and dropped it; it never got past the pilot.'],
        ['Lucía', 'How many people would use dashboards?'],
        ['Annika', 'Around forty-five, lab managers and senior scientists at both sites.'],
        ['Annika', 'We would like to be live by March 1 next year, when the new assay program starts.'],
      ],
      ai: {
        brief:
          'Annika Brandt described about forty instruments across Heidelberg and Boston tracked in spreadsheets, around forty-five prospective users, and a wish to be live by March 1 when a new assay program starts.',
        keyPoints: [
          'About forty instruments at two sites, utilisation tracked in spreadsheets',
          'Around forty-five users',
          'Target go-live March 1',
        ],
        actionItems: ['Lucía to book a demo with the CSO and the informatics lead'],
      },
    },
    {
      daysAgo: 75,
      at: '09:00',
      title: 'Oriel Biosciences platform demo',
      sellers: ['Lucía', 'Kenji'],
      customers: ['Annika', 'Felix', 'Yuki'],
      lines: [
        [
          'Kenji',
          'This is instrument utilisation by site, and here assay throughput per week, pulled from the LIMS.',
        ],
        [
          'Felix',
          'Impressive. But this data feeds GMP batch decisions. Will it hold up in front of an FDA inspector? I need to see who changed what, and when.',
        ],
        ['Kenji', 'Every change is logged in an audit trail; I will go through it with your quality team.'],
        ['Yuki', 'Our LIMS is LabVantage and our ELN is Benchling. We need both.'],
        ['Annika', 'If this works we can still make the March 1 start.'],
      ],
      ai: {
        brief:
          'Kenji demoed instrument utilisation and assay throughput dashboards. Felix Oyelaran asked whether the audit trail would hold up in an FDA inspection. Yuki needs LabVantage and Benchling.',
        keyPoints: [
          'Felix: data must hold up in an FDA inspection, audit trail needed',
          'Integrations needed: LabVantage LIMS and Benchling ELN',
          'March 1 start still the goal',
        ],
        highlights: {
          'Next steps': ['Kenji to run a LIMS and ELN deep dive with Yuki', 'Compliance review with Quality'],
        },
        outline: {
          Demo: ['Instrument utilisation', 'Assay throughput'],
          Questions: ['Audit trail for inspections', 'LabVantage and Benchling'],
        },
        outcome: ['Follow-up', 'Demo completed'],
        actionItems: [
          'Kenji to schedule the LIMS deep dive',
          'Annika to invite Quality to a compliance review',
        ],
      },
    },
    {
      daysAgo: 68,
      at: '09:00',
      title: 'Oriel LIMS and ELN deep dive',
      sellers: ['Kenji'],
      customers: ['Yuki'],
      lines: [
        ['Yuki', 'LabVantage is on version 8.8, so we have the REST API.'],
        [
          'Kenji',
          'Good, our LabVantage connector uses that REST API and pulls sample and test results every fifteen minutes.',
        ],
        [
          'Yuki',
          'For Benchling we already replicate to the Benchling Warehouse on Postgres; read from there, not the live API.',
        ],
        ['Yuki', 'And instrument cost centres come from SAP S/4HANA as a nightly CSV over SFTP.'],
        ['Kenji', 'All three are supported. The SFTP drop is the simplest of the lot.'],
      ],
    },
    {
      daysAgo: 61,
      at: '09:00',
      title: 'Oriel compliance review (GxP)',
      sellers: ['Kenji', 'Lucía'],
      customers: ['Leonie', 'Yuki'],
      lines: [
        [
          'Leonie',
          'Anything that touches GMP data has to stay in a validated state under 21 CFR Part 11: audit trail, electronic signatures, and a validation package we can execute.',
        ],
        [
          'Kenji',
          'We support electronic signatures and a full audit trail, and we sell a validation accelerator pack with IQ and OQ scripts for €8,500 one-time.',
        ],
        ['Leonie', 'How long would validation take us with that pack?'],
        ['Kenji', 'Customers your size usually take four to six weeks.'],
        ['Yuki', 'Data stays in the EU?'],
        ['Kenji', 'Yes, our Frankfurt region.'],
      ],
      ai: {
        brief:
          'Leonie Vogt set the compliance bar: 21 CFR Part 11, a validated state, audit trail and electronic signatures. Kenji offered the validation accelerator pack (IQ/OQ scripts, €8,500 one-time), four to six weeks of validation effort, with data in Frankfurt.',
        keyPoints: [
          '21 CFR Part 11: audit trail and electronic signatures',
          'Validation accelerator pack, €8,500 one-time',
          'Validation effort four to six weeks',
          'EU hosting in Frankfurt',
        ],
        highlights: {
          'Next steps': [
            'Kenji to send the validation accelerator pack contents',
            'Leonie to estimate validation effort',
          ],
        },
        outline: {
          Requirements: ['Part 11 audit trail', 'Electronic signatures', 'Validation package'],
        },
        outcome: ['Follow-up', 'Compliance review'],
        actionItems: ['Kenji to send the validation pack contents', 'Leonie to estimate validation effort'],
      },
    },
    {
      daysAgo: 60,
      title: 'Oriel Biosciences deal review',
      sellers: ['Lucía', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'Felix is the CSO, so he signs?'],
        [
          'Lucía',
          'No. Felix champions it, but anything over fifty thousand euros is Matthias Kern’s, the Director of Finance. Felix told me so himself.',
        ],
        [
          'Lucía',
          'And Helix Metrics is circling. A former colleague of Felix works there, and they sell pre-validated GxP templates.',
        ],
        ['Dana', 'Then price the validation work in from the start.'],
      ],
      ai: {
        brief:
          'Internal deal review: Felix Oyelaran champions the deal but Matthias Kern, Director of Finance, signs anything over €50,000. Helix Metrics is competing with pre-validated GxP templates.',
      },
    },
    {
      daysAgo: 53,
      at: '09:00',
      title: 'Oriel Biosciences commercial discussion',
      sellers: ['Lucía', 'Dana'],
      customers: ['Annika', 'Matthias'],
      lines: [
        ['Lucía', 'For forty-five users, the platform lists at €92,000 a year.'],
        ['Matthias', 'I need to be under €80,000 a year to approve this without going to the board.'],
        ['Dana', 'On a three-year term we can come to €84,000 a year.'],
        ['Matthias', 'Still above my line. Let me think about it.'],
      ],
      ai: {
        brief:
          'Commercial discussion with Matthias Kern: list €92,000 a year for forty-five users; Matthias needs to be under €80,000 a year; Dana offered €84,000 a year on a three-year term.',
        keyPoints: [
          'List €92,000 a year for forty-five users',
          'Matthias needs under €80,000 a year',
          'Offer €84,000 a year on a three-year term',
        ],
      },
    },
    {
      daysAgo: 47,
      at: '09:00',
      title: 'Oriel check-in',
      sellers: ['Lucía'],
      customers: ['Annika'],
      lines: [
        ['Annika', 'I want to be open with you: Helix Metrics quoted €61,000 a year.'],
        [
          'Annika',
          'And Leonie says that with you our validation would still take around six weeks, where Helix ships pre-validated GxP templates. Matthias likes that.',
        ],
        ['Lucía', 'Is March 1 still the target?'],
        ['Annika', 'For now, yes, but it is getting tight.'],
      ],
    },
    {
      daysAgo: 40,
      at: '09:00',
      title: 'Part 11 follow-up with Oriel Quality',
      sellers: ['Kenji'],
      customers: ['Leonie'],
      lines: [
        [
          'Leonie',
          'One more requirement for inspections: audit logs must be kept for ten years and exportable for an inspector.',
        ],
        [
          'Kenji',
          'Our default retention is seven years; we can extend it to ten and export the audit log as signed PDF or CSV.',
        ],
        ['Leonie', 'Then that point is closed, but the six weeks of validation effort remains.'],
      ],
      ai: {
        brief:
          'Leonie Vogt required ten-year audit-log retention and inspector exports. Kenji confirmed retention can be extended from seven to ten years with signed PDF or CSV export; the validation effort remains her concern.',
        highlights: {
          'Next steps': ['Kenji to confirm ten-year retention in the order form'],
        },
      },
    },
    {
      daysAgo: 33,
      at: '09:00',
      title: 'Oriel Biosciences negotiation',
      sellers: ['Lucía', 'Dana'],
      customers: ['Matthias', 'Annika'],
      lines: [
        [
          'Dana',
          'Our best offer: €79,500 a year on a three-year term, with the validation accelerator pack included at no charge.',
        ],
        ['Matthias', 'That is under my line. But Helix is still cheaper, and pre-validated.'],
        ['Matthias', 'I will compare both and decide after our leadership meeting on November 27.'],
        ['Annika', 'I will push for you internally.'],
      ],
      ai: {
        brief:
          'Dana offered €79,500 a year on a three-year term with the validation accelerator pack included. Matthias Kern will compare it with Helix Metrics and decide after the November 27 leadership meeting.',
        keyPoints: [
          'Best offer: €79,500 a year, three-year term',
          'Validation accelerator pack included at no charge',
          'Matthias comparing with Helix Metrics',
        ],
        highlights: {
          'Next steps': ['Matthias to decide after the November 27 leadership meeting'],
          Pricing: ['€79,500 a year on a three-year term'],
        },
        outline: {
          Offer: ['€79,500 a year', 'Validation pack included'],
          Decision: ['After the November 27 leadership meeting'],
        },
        outcome: ['Negotiation', 'Final offer made'],
      },
    },
    {
      daysAgo: 26,
      title: 'Oriel pipeline review',
      sellers: ['Lucía', 'Dana', 'Kenji'],
      customers: [],
      lines: [
        ['Dana', 'Where is Oriel?'],
        [
          'Lucía',
          'Moving it from commit to best case. Helix is cheaper and Matthias keeps coming back to validation effort.',
        ],
        ['Kenji', 'We have closed the ten-year retention gap; validation time is the real objection.'],
      ],
      ai: {
        brief:
          'Oriel moved from commit to best case: Helix Metrics is cheaper and validation effort is the real objection.',
        keyPoints: [
          'Oriel moved to best case',
          'Main objection: validation effort versus Helix’s pre-validated templates',
        ],
      },
    },
    {
      daysAgo: 19,
      at: '09:00',
      title: 'Oriel check-in',
      sellers: ['Lucía'],
      customers: ['Annika'],
      lines: [
        [
          'Annika',
          'Matthias is leaning towards Helix. The leadership meeting moved, so the decision is now December 2.',
        ],
        ['Lucía', 'Could Felix and I see Matthias together before then?'],
        ['Annika', 'I will set it up.'],
      ],
      ai: {
        brief:
          'Annika Brandt said Matthias Kern is leaning towards Helix Metrics and the decision moved to December 2. She will set up a meeting with Felix and Matthias.',
      },
    },
    {
      daysAgo: 11,
      at: '09:00',
      title: 'Oriel Biosciences executive meeting',
      sellers: ['Lucía', 'Dana'],
      customers: ['Felix', 'Matthias'],
      lines: [
        [
          'Felix',
          'Scientifically I prefer your platform; the LabVantage and Benchling connectors are better.',
        ],
        [
          'Matthias',
          'I respect that, but my criteria are cost over three years and how much validation work lands on Leonie’s team.',
        ],
        ['Dana', 'We include the validation pack and can put two of our people on the validation work.'],
        ['Matthias', 'Noted. We decide on December 2.'],
      ],
      ai: {
        brief:
          'Felix Oyelaran preferred Northwind for its LabVantage and Benchling connectors. Matthias Kern will decide on December 2 on three-year cost and validation workload; Dana offered two people to help with validation.',
        keyPoints: [
          'Felix prefers Northwind',
          'Matthias’s criteria: three-year cost and validation workload',
          'Dana offered two people for the validation work',
        ],
        highlights: {
          'Next steps': ['Matthias to decide on December 2'],
        },
        outcome: ['Negotiation', 'Decision pending'],
      },
    },
    {
      daysAgo: 4,
      at: '09:00',
      title: 'Oriel decision call',
      sellers: ['Lucía'],
      customers: ['Annika'],
      lines: [
        [
          'Annika',
          'I am sorry, Lucía. Matthias went with Helix Metrics on Wednesday. Price and the pre-validated templates decided it.',
        ],
        ['Annika', 'Personally I liked your product better, and so did Felix.'],
        ['Lucía', 'Thank you for telling me straight. How long is their contract?'],
        ['Annika', 'Two years. We will look again before renewal in 2028.'],
        [
          'Lucía',
          'I will send a short loss-review survey, and check in with you in September 2027, ahead of your renewal planning.',
        ],
      ],
      ai: {
        brief:
          'Oriel Biosciences chose Helix Metrics on price and pre-validated GxP templates. Annika Brandt and Felix preferred Northwind. Helix has a two-year contract; Oriel will look again before renewal in 2028.',
        keyPoints: [
          'Lost to Helix Metrics',
          'Reasons: price and pre-validated templates',
          'Helix contract is two years; re-evaluation before 2028 renewal',
        ],
        highlights: {
          'Next steps': [
            'Lucía to send a loss-review survey',
            'Lucía to check in with Annika in September 2027',
          ],
        },
        outcome: ['Closed', 'Closed lost'],
      },
    },
  ],
};
