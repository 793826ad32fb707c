/**
 * Quillmoor Pictures, an independent film and television studio comparing daily cost reporting
 * across its productions: business affairs guards talent pay, freelance accountants come and go
 * with each show, and the EVP of physical production starts lukewarm and ends with a verbal yes.
 * The only rival is named once, in an early transcript-only call; the studio's spend is never said.
 */
import type { Story } from '../../answer-quality-held-out/story';

/** The Quillmoor Pictures story. */
export const quillmoorPictures: Story = {
  company: {
    name: 'Quillmoor Pictures',
    domain: 'quillmoorpictures.com',
    industry: 'Film & Television Production',
    crmAccountId: '0015g000QM4QLM9AAA',
    contacts: [
      { name: 'Delphine Archambault', title: 'Head of Production Finance' },
      { name: 'Roscoe Pemberton', title: 'Chief Financial Officer' },
      { name: 'Harriet Vance', title: 'EVP, Physical Production' },
      { name: 'Anand Khatri', title: 'Director of Technology' },
      { name: 'Wren Matsuda', title: 'Production Accountant' },
      { name: 'Bernadette Cole', title: 'VP, Business Affairs' },
    ],
  },
  calls: [
    {
      daysAgo: 88,
      at: '18:00',
      title: 'Quillmoor intro',
      sellers: ['Lucía'],
      customers: ['Delphine'],
      lines: [
        [
          'Delphine',
          'We usually have five productions shooting or in prep at once. Every morning my team builds hot cost reports by hand from each show’s spreadsheets.',
        ],
        [
          'Delphine',
          'A contractor built us a Tableau workbook two years ago. He left, and nobody dares touch it now.',
        ],
        ['Lucía', 'So the morning picture across shows is the pain.'],
        ['Delphine', 'Exactly. By the time I see an overage on one show it is a week old.'],
      ],
      ai: {
        brief:
          'Delphine Archambault, Head of Production Finance, runs up to five productions at once; hot cost reports are built by hand every morning. A Tableau workbook built by a departed contractor is unmaintained, and overages surface a week late.',
        actionItems: ['Lucía to set up discovery with Delphine and technology'],
      },
    },
    {
      daysAgo: 81,
      at: '18:00',
      title: 'Quillmoor discovery',
      sellers: ['Lucía', 'Kenji'],
      customers: ['Delphine', 'Anand'],
      lines: [
        [
          'Anand',
          'Budgets are built in Movie Magic Budgeting. Production accounting runs in EP Vista, payroll through Cast & Crew, and the studio books are in NetSuite.',
        ],
        ['Anand', 'Single sign-on is Okta for staff, but the show crews mostly are not in Okta.'],
        [
          'Anand',
          'And our sets have terrible connectivity. Accountants upload from hotel Wi-Fi at midnight. If it has to be online all the time, forget it.',
        ],
        [
          'Delphine',
          'For context, Greenlight Ledger pitched us in the summer, but they only read Movie Magic. No actuals.',
        ],
        ['Kenji', 'We would read the EP Vista cost reports next to the Movie Magic budget.'],
      ],
    },
    {
      daysAgo: 74,
      at: '18:00',
      title: 'Quillmoor Pictures demo',
      sellers: ['Lucía', 'Kenji'],
      customers: ['Delphine', 'Harriet', 'Wren', 'Roscoe'],
      lines: [
        ['Kenji', 'Here is each production’s hot cost against budget, by department, as of this morning.'],
        ['Wren', 'Honestly, this would save me my Sunday nights.'],
        ['Harriet', 'I am not sold yet. I have seen three of these and they all looked good in a demo.'],
        ['Roscoe', 'What are we talking about in money?'],
        ['Lucía', 'List is $3,800 per active production per month.'],
        [
          'Roscoe',
          'The board is nervous about any new fixed cost since the streamer dropped season two of Harbor Lights. Keep that in mind.',
        ],
      ],
      ai: {
        brief:
          'Kenji demoed hot cost against budget by department for each production. Wren Matsuda said it would save her Sunday nights; Harriet Vance is not sold, having seen similar demos. Roscoe Pemberton heard the list price of $3,800 per active production per month and warned the board is wary of new fixed costs since season two of Harbor Lights was dropped.',
        keyPoints: [
          'List price $3,800 per active production per month',
          'Harriet Vance not yet convinced',
          'Board wary of new fixed costs after Harbor Lights season two was dropped',
        ],
        highlights: {
          'Next steps': [
            'Lucía to send a proposal to Delphine',
            'Kenji to schedule a session with business affairs',
          ],
        },
        outcome: ['Follow-up', 'Demo completed'],
      },
    },
    {
      daysAgo: 70,
      at: '22:00',
      title: 'Quillmoor deal review',
      sellers: ['Lucía', 'Dana'],
      customers: [],
      lines: [
        ['Dana', 'How did the demo land with Harriet?'],
        [
          'Lucía',
          'Lukewarm. She was on her phone for most of it. And she is the one who decides, the budget is hers.',
        ],
        ['Dana', 'And Roscoe?'],
        [
          'Lucía',
          'Roscoe does not pick the tool, he just cares which bucket pays for it. Delphine is our champion.',
        ],
      ],
      ai: {
        brief:
          'Internal review: Harriet Vance seemed lukewarm in the demo and is the decision maker, as the budget is hers. Roscoe Pemberton cares only which budget pays. Delphine Archambault is the champion.',
      },
    },
    {
      daysAgo: 61,
      at: '18:00',
      title: 'Quillmoor business affairs',
      sellers: ['Lucía', 'Kenji'],
      customers: ['Bernadette', 'Delphine', 'Anand'],
      lines: [
        [
          'Bernadette',
          'Business affairs will not sign unless talent compensation is masked for everyone outside production finance.',
        ],
        ['Bernadette', 'One leaked deal memo and we are finished with that agency. I am not exaggerating.'],
        ['Kenji', 'We can mask fields by role. Let me show you in a working session.'],
        ['Anand', 'Whatever you do has to sit behind Okta for staff.'],
      ],
      ai: {
        brief:
          'Bernadette Cole, VP of Business Affairs, made masking of talent compensation for everyone outside production finance a condition of signing; a leaked deal memo would end an agency relationship. Anand Khatri requires Okta for staff access.',
        keyPoints: ['Talent compensation must be masked outside production finance', 'Okta for staff'],
        highlights: {
          'Next steps': ['Kenji to demonstrate field-level masking to Bernadette'],
        },
      },
    },
    {
      daysAgo: 50,
      at: '18:00',
      title: 'Quillmoor check-in',
      sellers: ['Lucía'],
      customers: ['Delphine'],
      lines: [
        [
          'Delphine',
          'My worry is paying for seats for accountants who leave when the show wraps. They are freelancers, new ones every show.',
        ],
        ['Lucía', 'Then we price per production and production accountants get unlimited seats.'],
        ['Delphine', 'That helps. Timing is the other thing.'],
        [
          'Delphine',
          'We cannot onboard anyone during principal photography on Low Tide, and that runs until January 22.',
        ],
      ],
    },
    {
      daysAgo: 38,
      at: '18:00',
      title: 'Quillmoor working session',
      sellers: ['Kenji'],
      customers: ['Bernadette'],
      lines: [
        ['Kenji', 'Cast lines show as masked unless you are in the production finance role.'],
        ['Bernadette', 'This is closer than anyone has gotten.'],
        ['Bernadette', 'What I still need is an audit log of who viewed cast lines, and when.'],
        ['Kenji', 'I will send a sample audit log export.'],
      ],
      ai: {
        brief:
          'Kenji showed cast lines masked outside the production finance role. Bernadette Cole said it is closer than any vendor has come and asked for an audit log of who viewed cast lines.',
        highlights: {
          'Next steps': ['Kenji to send a sample audit log export to Bernadette'],
        },
      },
    },
    {
      daysAgo: 26,
      at: '18:00',
      title: 'Quillmoor proposal',
      sellers: ['Lucía', 'Dana'],
      customers: ['Harriet', 'Roscoe', 'Delphine'],
      lines: [
        [
          'Lucía',
          'With an annual commitment of at least six productions, the price is $3,200 per production per month, unlimited accountant seats included.',
        ],
        [
          'Roscoe',
          'It has to come out of production overhead, not corporate G&A. That is my only condition.',
        ],
        ['Harriet', 'I will admit the Low Tide hot cost view is what I would want on my desk every morning.'],
        ['Delphine', 'We would start on Copper Saints when it goes into prep in February.'],
      ],
      ai: {
        brief:
          'Lucía proposed $3,200 per production per month for an annual commitment of at least six productions, with unlimited accountant seats. Roscoe Pemberton requires it to be funded from production overhead rather than corporate G&A. Harriet Vance warmed to the Low Tide hot cost view. Start planned on Copper Saints when it enters prep in February.',
        keyPoints: [
          '$3,200 per production per month, at least six productions a year',
          'Funded from production overhead, not corporate G&A',
          'Start on Copper Saints in February',
        ],
        outcome: ['Follow-up', 'Proposal presented'],
      },
    },
    {
      daysAgo: 14,
      at: '18:00',
      title: 'Quillmoor technical follow-up',
      sellers: ['Kenji'],
      customers: ['Anand', 'Wren'],
      lines: [
        [
          'Wren',
          'I uploaded from the hotel last night with the offline upload and it synced this morning. Works.',
        ],
        ['Anand', 'Okta sign-in tested fine. EP Vista exports nightly, so that part is settled.'],
        [
          'Anand',
          'The open item is Cast & Crew. Their API access needs their approval and that could take four to six weeks.',
        ],
        ['Kenji', 'I will file the Cast & Crew request today.'],
      ],
      ai: {
        brief:
          'Offline upload worked from a hotel for Wren Matsuda. Okta sign-in and nightly EP Vista exports are settled. Cast & Crew API access needs Cast & Crew’s approval, which could take four to six weeks.',
        keyPoints: [
          'Offline upload works',
          'Okta and EP Vista settled',
          'Cast & Crew approval four to six weeks',
        ],
        highlights: {
          'Next steps': ['Kenji to file the Cast & Crew API access request'],
        },
      },
    },
    {
      daysAgo: 6,
      at: '18:00',
      title: 'Quillmoor sync',
      sellers: ['Lucía', 'Dana'],
      customers: ['Harriet', 'Delphine', 'Bernadette'],
      lines: [
        ['Harriet', 'Let us do it. Send the paper.'],
        ['Bernadette', 'Pending my review of the confidentiality terms. I will have it back by December 18.'],
        ['Delphine', 'We would love to sign before the holiday shutdown on December 19.'],
        ['Lucía', 'I will send the order form and the confidentiality schedule tomorrow.'],
      ],
      ai: {
        brief:
          'Harriet Vance gave a verbal go-ahead, pending Bernadette Cole’s review of the confidentiality terms by December 18. Quillmoor aims to sign before the holiday shutdown on December 19.',
        highlights: {
          'Next steps': [
            'Lucía to send the order form and confidentiality schedule',
            'Bernadette to review the confidentiality terms by December 18',
          ],
        },
        outcome: ['Positive', 'Verbal commitment'],
      },
    },
  ],
};
