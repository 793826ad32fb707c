import { createExtractiveAnswerer } from '../../src/answering';
import type { CallContent, CallParticipant } from '../../src/gong/call-content-model';
import type { CallTranscript } from '../../src/gong/call-transcript';

/** Asks the extractive answerer about `calls`, with the transcripts read (none unless given). */
export const answerExtractively = (question: string, calls: CallContent[], transcripts?: CallTranscript[]) =>
  createExtractiveAnswerer().answer(question, calls, undefined, transcripts);

/** One of the customer's people on a call: a name, a title and a speaker id. */
export const customerParticipant = (name: string, title: string, speakerId: string): CallParticipant => ({
  name,
  title,
  affiliation: 'External',
  emailAddress: null,
  crmAccounts: [],
  speakerId,
});

/** Someone on a call, ours (`Internal`) or the customer's, with no title. */
export const person = (
  name: string,
  affiliation: 'Internal' | 'External',
  speakerId: string,
): CallParticipant => ({
  name,
  title: null,
  affiliation,
  emailAddress: null,
  crmAccounts: [],
  speakerId,
});

/** A transcript of `lines`, each `[speaker, text]`, one sentence a line. */
export function transcriptOf(callId: string, lines: [string, string][]): CallTranscript {
  return {
    callId,
    sentences: lines.map(([speaker, text], index) => ({
      speakerId: speaker,
      speakerName: speaker,
      start: index * 1000,
      end: index * 1000 + 900,
      text,
      topic: null,
    })),
  };
}

/** A call with empty AI content, overridden per test with just the fields that matter. */
export function makeCall(overrides: Partial<CallContent> & Pick<CallContent, 'callId'>): CallContent {
  return {
    title: `Call ${overrides.callId}`,
    started: '2026-10-01T10:00:00Z',
    url: `https://app.gong.io/call?id=${overrides.callId}`,
    durationSeconds: 1800,
    brief: null,
    outline: [],
    highlights: [],
    keyPoints: [],
    pointsOfInterest: null,
    callOutcome: null,
    topics: [],
    participants: [],
    speakers: [],
    ...overrides,
  };
}

/** Three calls with Acme: a pricing-heavy QBR, a security review and an older kickoff. */
export const acmeCalls: CallContent[] = [
  makeCall({
    callId: 'c-kickoff',
    title: 'Acme Corp. Kickoff',
    started: '2026-09-01T09:00:00Z',
    brief: 'Acme kicked off the pilot with two teams. They want a weekly sync.',
    keyPoints: ['Pilot scope is two teams in Zürich and Berlin.'],
  }),
  makeCall({
    callId: 'c-qbr',
    title: 'Acme Corp. QBR',
    started: '2026-10-03T15:00:00Z',
    brief: 'Quarterly review of adoption. Usage grew 40% since the pilot.',
    outline: [
      {
        title: 'Commercials',
        items: [
          'Acme asked for a 15% discount on the enterprise plan before renewal.',
          'Renewal is due in March.',
        ],
      },
    ],
    highlights: [{ title: 'Next steps', items: ['Send the updated order form by Friday.'] }],
    keyPoints: ['Adoption is strongest in the support team.'],
    callOutcome: { name: 'Renewal in progress', category: 'Open' },
    participants: [
      {
        name: 'Dana Smith',
        emailAddress: 'dana@acme.example',
        title: 'VP Operations',
        affiliation: 'External',
        crmAccounts: ['Acme Corp.'],
        speakerId: 's1',
      },
    ],
  }),
  makeCall({
    callId: 'c-security',
    title: 'Acme Corp. Security Review',
    started: '2026-09-20T14:00:00Z',
    brief: 'Security review with the Acme CISO. They need SOC 2 Type II evidence.',
    outline: [{ title: 'Compliance', items: ['The CISO asked how data residency is handled in the EU.'] }],
    pointsOfInterest: { actionItems: ['Share the SOC 2 report under NDA.'] },
  }),
];
