import { describe, expect, it } from 'vitest';
import {
  crmContextSchema,
  extensiveCallSchema,
  type GongCrmContext,
  type GongExtensiveCall,
} from '../../src/gong/schemas';
import { crmAccountNames, toCallContent } from '../../src/gong/to-call-content';
import { buildSimCall, type SimCrmContext } from '../../tools/simulator';

function account(name: string, objectId = 'ACC-1'): SimCrmContext {
  return {
    system: 'Salesforce',
    objects: [{ objectType: 'Account', objectId, fields: [{ name: 'Name', value: name }] }],
  };
}

/** A call as the client hands it over: validated by the same schema as a real response. */
function extensive(input: Parameters<typeof buildSimCall>[0]): GongExtensiveCall {
  return extensiveCallSchema.parse(buildSimCall(input));
}

const fullCall = extensive({
  id: '7782342274025937895',
  title: 'Acme Corp. | Pricing review',
  started: '2026-01-20T15:00:00Z',
  duration: 2400,
  parties: [
    { name: 'Sam Seller', emailAddress: 'sam@seller.example', speakerId: 'S1', affiliation: 'Internal' },
    {
      name: 'Jane Doe',
      emailAddress: 'jane@acme.com',
      title: 'VP Operations',
      speakerId: 'S2',
      affiliation: 'External',
      context: [account('Acme Corporation')],
    },
    { name: 'Silent Observer', speakerId: null, affiliation: 'External' },
  ],
  interaction: {
    speakers: [
      { id: 'S1', userId: '1', talkTime: 900 },
      { id: 'S2', userId: null, talkTime: 600 },
      { id: 'S9', userId: null, talkTime: 30 },
    ],
  },
  content: {
    brief: 'Acme wants 120 seats at a 15% discount.',
    outline: [
      {
        section: 'Pricing',
        startTime: 60,
        duration: 300,
        items: [
          { text: 'List price discussed', startTime: 70 },
          { text: 'Discount requested', startTime: 200 },
        ],
      },
    ],
    highlights: [{ title: 'Next steps', items: [{ text: 'Send the order form', startTimes: [1800] }] }],
    keyPoints: [{ text: 'Security review needed' }, { text: 'Go-live in Q3' }],
    callOutcome: { id: 'o1', category: 'Answered', name: 'Qualified' },
    topics: [
      { name: 'Pricing', duration: 420.5 },
      { name: 'Security', duration: 120 },
    ],
    pointsOfInterest: {
      actionItems: [
        { snippetStartTime: 10, snippetEndTime: 20, speakerID: 'S1', snippet: 'I will send the quote' },
      ],
    },
  },
});

describe('toCallContent', () => {
  const content = toCallContent(fullCall);

  it('keeps the call id, title, start, url and duration', () => {
    expect(content).toMatchObject({
      callId: '7782342274025937895',
      title: 'Acme Corp. | Pricing review',
      started: '2026-01-20T15:00:00Z',
      url: 'https://simulated-call.gong.invalid/call?id=7782342274025937895',
      durationSeconds: 2400,
    });
  });

  it('keeps the brief', () => {
    expect(content.brief).toBe('Acme wants 120 seats at a 15% discount.');
  });

  it('turns outline sections into titled lists of item texts', () => {
    expect(content.outline).toEqual([
      { title: 'Pricing', items: ['List price discussed', 'Discount requested'] },
    ]);
  });

  it('turns highlights into titled lists of item texts', () => {
    expect(content.highlights).toEqual([{ title: 'Next steps', items: ['Send the order form'] }]);
  });

  it('keeps the key points as texts', () => {
    expect(content.keyPoints).toEqual(['Security review needed', 'Go-live in Q3']);
  });

  it('keeps the call outcome name and category', () => {
    expect(content.callOutcome).toEqual({ name: 'Qualified', category: 'Answered' });
  });

  it('keeps the topics with their durations in seconds', () => {
    expect(content.topics).toEqual([
      { name: 'Pricing', durationSeconds: 420.5 },
      { name: 'Security', durationSeconds: 120 },
    ]);
  });

  it('resolves speakers to the names of the participants with that speaker id', () => {
    expect(content.speakers.slice(0, 2)).toEqual([
      { speakerId: 'S1', name: 'Sam Seller', talkTimeSeconds: 900 },
      { speakerId: 'S2', name: 'Jane Doe', talkTimeSeconds: 600 },
    ]);
  });

  it('keeps a speaker no participant matches, without a name', () => {
    expect(content.speakers[2]).toEqual({ speakerId: 'S9', name: null, talkTimeSeconds: 30 });
  });

  it('lists every participant with email, title and affiliation', () => {
    expect(content.participants.map((p) => [p.name, p.emailAddress, p.affiliation])).toEqual([
      ['Sam Seller', 'sam@seller.example', 'Internal'],
      ['Jane Doe', 'jane@acme.com', 'External'],
      ['Silent Observer', null, 'External'],
    ]);
  });

  it('gives each participant the names of their CRM accounts', () => {
    expect(content.participants[1]?.crmAccounts).toEqual(['Acme Corporation']);
    expect(content.participants[0]?.crmAccounts).toEqual([]);
  });

  it('keeps the action items of pointsOfInterest when Gong sends them', () => {
    expect(content.pointsOfInterest).toEqual({ actionItems: ['I will send the quote'] });
  });

  it('sets pointsOfInterest to null when Gong omits it', () => {
    const call = extensive({ content: { brief: 'Short call.' } });
    expect(toCallContent(call).pointsOfInterest).toBeNull();
  });

  it('leaves blocks Gong did not compute empty or null', () => {
    const bare = toCallContent(
      extensiveCallSchema.parse({ metaData: { id: '42', started: '2026-01-01T00:00:00Z' } }),
    );
    expect(bare).toEqual({
      callId: '42',
      title: '(untitled call)',
      started: '2026-01-01T00:00:00Z',
      url: '',
      durationSeconds: null,
      brief: null,
      outline: [],
      highlights: [],
      keyPoints: [],
      pointsOfInterest: null,
      callOutcome: null,
      topics: [],
      participants: [],
      speakers: [],
    });
  });

  it('has no participants for an imported call without parties', () => {
    expect(toCallContent(extensive({ parties: null })).participants).toEqual([]);
  });
});

describe('crmAccountNames', () => {
  it('reads the Name field of Account objects only', () => {
    const context: GongCrmContext[] = [
      {
        system: 'Salesforce',
        objects: [
          { objectType: 'Account', objectId: 'A1', fields: [{ name: 'Name', value: 'Acme Corporation' }] },
          { objectType: 'Opportunity', objectId: 'O1', fields: [{ name: 'Name', value: 'Acme renewal' }] },
          { objectType: 'Account', objectId: 'A1', fields: [{ name: 'Industry', value: 'Retail' }] },
        ],
      },
    ];
    expect(crmAccountNames(context)).toEqual(['Acme Corporation']);
  });

  it('lists an account named in several systems once', () => {
    const context = [account('Acme Corporation', 'A1'), account('Acme Corporation', 'A2')].map((c) =>
      crmContextSchema.parse(c),
    );
    expect(crmAccountNames(context)).toEqual(['Acme Corporation']);
  });

  it('is empty when there is no context', () => {
    expect(crmAccountNames(null)).toEqual([]);
  });
});
