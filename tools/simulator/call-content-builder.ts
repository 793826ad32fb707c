import { COMPETITORS } from './catalog';
import { withArticle, type Beat, type CallKind, type Side } from './call-scripts';
import type { SimCallContent, SimInteraction, SimMonologue, SimTracker, SimTrackerOccurrence } from './types';

/** A speaker as the transcript and interaction stats see them. */
export interface CastMember {
  speakerId: string;
  userId: string | null;
  name: string;
}

/** How much of its AI content Gong has computed; recent calls are still processing. */
export type ContentCompleteness = 'full' | 'partial' | 'none';

/** Inputs of {@link buildCallBody}. */
export interface CallBodyInput {
  kind: CallKind;
  beats: Beat[];
  durationSeconds: number;
  cast: Record<Side, CastMember>;
  companyName: string;
  externalNames: string[];
  completeness: ContentCompleteness;
  withPointsOfInterest: boolean;
  isVideo: boolean;
}

/** Transcript, content and interaction measures derived from the same beats, so they agree. */
export interface CallBody {
  transcript: SimMonologue[];
  content: SimCallContent;
  interaction: SimInteraction;
}

interface TimedLine {
  side: Side;
  beat: Beat;
  beatIndex: number;
  startMs: number;
  endMs: number;
  monologue: SimMonologue;
}

/** Seconds of waiting for people to join before the first word. */
const LEAD_IN_MS = 3_000;
/** Goodbyes and hanging up after the last line. */
const WRAP_UP_MS = 3_000;
/** About 150 words a minute, a natural speaking pace. */
const CHARS_PER_SECOND = 14;
const PAUSE_IN_TURN_MS = 400;

const OUTCOMES: Record<CallKind, { id: string; category: string; name: string }> = {
  discovery: { id: '4200001', category: 'Successful', name: 'Qualified' },
  demo: { id: '4200002', category: 'Successful', name: 'Demo completed' },
  integration: { id: '4200004', category: 'Neutral', name: 'Follow-up scheduled' },
  pricing: { id: '4200003', category: 'Successful', name: 'Proposal requested' },
  security: { id: '4200004', category: 'Neutral', name: 'Follow-up scheduled' },
  negotiation: { id: '4200008', category: 'Neutral', name: 'Terms under negotiation' },
  renewal: { id: '4200006', category: 'Neutral', name: 'Renewal in negotiation' },
  onboarding: { id: '4200009', category: 'Successful', name: 'Onboarding on track' },
  qbr: { id: '4200005', category: 'Successful', name: 'Expansion identified' },
  internal: { id: '4200007', category: 'Neutral', name: 'Internal meeting' },
};

const KIND_LABELS: Record<CallKind, string> = {
  discovery: 'discovery call',
  demo: 'product demo',
  integration: 'integration deep dive',
  pricing: 'pricing discussion',
  security: 'security review',
  negotiation: 'contract negotiation',
  renewal: 'renewal discussion',
  onboarding: 'onboarding session',
  qbr: 'quarterly business review',
  internal: 'internal deal review',
};

const TRACKERS: readonly { id: string; name: string; phrases: readonly string[] }[] = [
  { id: '6100001', name: 'Pricing', phrases: ['price', 'discount', 'quote', 'budget'] },
  { id: '6100002', name: 'Competitors', phrases: COMPETITORS },
  { id: '6100003', name: 'Security', phrases: ['SOC 2', 'security', 'single sign-on', 'NDA'] },
  { id: '6100004', name: 'Next Steps', phrases: ['next steps', 'schedule', 'send'] },
];

/** Builds the transcript, AI content and interaction stats of one call from its script. */
export function buildCallBody(input: CallBodyInput): CallBody {
  const lines = timeLines(input);
  const transcript = lines.map((line) => line.monologue);
  return {
    transcript,
    content: buildContent(input, lines),
    interaction: buildInteraction(input, lines),
  };
}

/** The call's length: the time its lines take to say, plus joining and goodbyes. */
export function callDurationSeconds(input: Pick<CallBodyInput, 'beats'>): number {
  const lines = timeLines({ beats: input.beats, cast: null });
  const lastEnd = lines.at(-1)?.endMs ?? 0;
  return Math.ceil((lastEnd + WRAP_UP_MS) / 1000);
}

/** A pause between turns that varies with the line (0.4 to 1.6 s), so timing does not look machine-made. */
function turnPauseMs(text: string, index: number): number {
  return 400 + ((text.length * 31 + index * 17) % 13) * 100;
}

/** Speaks every line at a natural pace, one after the other, so talk time fills the call. */
function timeLines(input: { beats: Beat[]; cast: Record<Side, CastMember> | null }): TimedLine[] {
  let cursor = LEAD_IN_MS;
  let index = 0;
  return input.beats.flatMap((beat, beatIndex) =>
    beat.lines.map((line) => {
      const startMs = cursor;
      const sentences = line.text.split(/(?<=[.?!])\s+/).map((text) => {
        const start = cursor;
        const end = start + Math.max(800, Math.round((text.length * 1000) / CHARS_PER_SECOND));
        cursor = end + PAUSE_IN_TURN_MS;
        return { start, end, text };
      });
      const endMs = cursor - PAUSE_IN_TURN_MS;
      cursor = endMs + turnPauseMs(line.text, index++);
      const speakerId = input.cast?.[line.side].speakerId ?? '';
      return {
        side: line.side,
        beat,
        beatIndex,
        startMs,
        endMs,
        monologue: { speakerId, topic: beat.topic, sentences },
      };
    }),
  );
}

/** Where each beat sits in the call, in seconds: from its first word to its last. */
function beatSpans(
  input: CallBodyInput,
  lines: TimedLine[],
): { beat: Beat; start: number; duration: number }[] {
  return input.beats.flatMap((beat, index) => {
    const own = lines.filter((line) => line.beatIndex === index);
    const first = own[0];
    const last = own.at(-1);
    if (!first || !last) return [];
    return [{ beat, start: first.startMs / 1000, duration: (last.endMs - first.startMs) / 1000 }];
  });
}

function buildContent(input: CallBodyInput, lines: TimedLine[]): SimCallContent {
  if (input.completeness === 'none') return {};
  const spans = beatSpans(input, lines);
  const topicSeconds = new Map<string, number>();
  for (const span of spans)
    topicSeconds.set(span.beat.topic, (topicSeconds.get(span.beat.topic) ?? 0) + span.duration);
  const computedAlways: SimCallContent = {
    structure: spans.map((s) => ({ name: s.beat.section, duration: Math.round(s.duration) })),
    topics: [...topicSeconds].map(([name, seconds]) => ({ name, duration: Math.round(seconds) })),
    trackers: TRACKERS.map((tracker) => countTracker(tracker, lines)),
  };
  if (input.completeness === 'partial') return computedAlways;

  const highlights = new Map<string, { text: string; startTimes: number[] }[]>();
  for (const span of spans) {
    const h = span.beat.highlight;
    if (!h) continue;
    const items = highlights.get(h.title) ?? [];
    items.push({ text: h.text, startTimes: [round1(span.start)] });
    highlights.set(h.title, items);
  }
  const keyPoints = spans.flatMap((s) => (s.beat.keyPoint ? [{ text: s.beat.keyPoint }] : []));
  const content: SimCallContent = {
    ...computedAlways,
    brief: brief(input, keyPoints),
    outline: spans.map((s) => ({
      section: s.beat.section,
      startTime: round1(s.start),
      duration: round1(s.duration),
      items: s.beat.keyPoint ? [{ text: s.beat.keyPoint, startTime: round1(s.start + 1) }] : [],
    })),
    highlights: [...highlights].map(([title, items]) => ({ title, items })),
    callOutcome: OUTCOMES[input.kind],
    keyPoints,
  };
  if (input.withPointsOfInterest) content.pointsOfInterest = { actionItems: actionItems(input, lines) };
  return content;
}

/** A short paragraph: who met, why, the main points and what happens next. */
function brief(input: CallBodyInput, keyPoints: { text: string }[]): string {
  const label = KIND_LABELS[input.kind];
  const opening =
    input.kind === 'internal'
      ? `${input.cast.internal.name} and ${input.cast.internal2.name} held ${withArticle(label)} about ${input.companyName}.`
      : `${input.cast.internal.name} met ${joinNames(input.externalNames)} from ${input.companyName} for ${withArticle(label)}.`;
  return [opening, ...keyPoints.map((k) => k.text)].join(' ');
}

/** "Ann", "Ann and Bo", "Ann, Bo and Cy"; "the team" when nobody is named. */
function joinNames(names: string[]): string {
  if (names.length === 0) return 'the team';
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function actionItems(
  input: CallBodyInput,
  lines: TimedLine[],
): NonNullable<SimCallContent['pointsOfInterest']>['actionItems'] {
  return lines
    .filter((line) => line.beat.topic === 'Next steps' && line.side === 'internal')
    .map((line) => ({
      snippetStartTime: round1(line.startMs / 1000),
      snippetEndTime: round1(line.endMs / 1000),
      speakerID: input.cast.internal.speakerId,
      snippet: line.monologue.sentences.map((s) => s.text).join(' '),
    }));
}

function countTracker(tracker: (typeof TRACKERS)[number], lines: TimedLine[]): SimTracker {
  const phrases = tracker.phrases.map((phrase) => {
    const occurrences: SimTrackerOccurrence[] = [];
    for (const line of lines) {
      for (const sentence of line.monologue.sentences) {
        if (sentence.text.toLowerCase().includes(phrase.toLowerCase())) {
          occurrences.push({ startTime: round1(sentence.start / 1000), speakerId: line.monologue.speakerId });
        }
      }
    }
    return { count: occurrences.length, occurrences, phrase };
  });
  const occurrences = phrases.flatMap((p) => p.occurrences).sort((a, b) => a.startTime - b.startTime);
  return {
    id: tracker.id,
    name: tracker.name,
    count: occurrences.length,
    type: 'KEYWORD',
    occurrences,
    phrases,
  };
}

function buildInteraction(input: CallBodyInput, lines: TimedLine[]): SimInteraction {
  const talk = new Map<string, { userId: string | null; ms: number }>();
  let internalMs = 0;
  let longestMs = 0;
  let companyQuestions = 0;
  let otherQuestions = 0;
  for (const line of lines) {
    const member = input.cast[line.side];
    const ms = line.endMs - line.startMs;
    const entry = talk.get(member.speakerId) ?? { userId: member.userId, ms: 0 };
    entry.ms += ms;
    talk.set(member.speakerId, entry);
    longestMs = Math.max(longestMs, ms);
    const questions = line.monologue.sentences.filter((s) => s.text.endsWith('?')).length;
    if (line.side === 'external' || line.side === 'external2') otherQuestions += questions;
    else {
      internalMs += ms;
      companyQuestions += questions;
    }
  }
  const totalMs = [...talk.values()].reduce((sum, t) => sum + t.ms, 0);
  const minutes = Math.max(1, input.durationSeconds / 60);
  return {
    speakers: [...talk].map(([id, t]) => ({ id, userId: t.userId, talkTime: round1(t.ms / 1000) })),
    interactionStats: [
      { name: 'Talk Ratio', value: Math.round((100 * internalMs) / Math.max(1, totalMs)) / 100 },
      { name: 'Longest Monologue', value: Math.round(longestMs / 1000) },
      { name: 'Interactivity', value: round1(lines.length / minutes) },
      { name: 'Patience', value: round1(0.4 + (lines.length % 7) / 10) },
    ],
    video: input.isVideo
      ? [
          { name: 'Browser', duration: round1(input.durationSeconds * 0.3) },
          { name: 'WebcamPrimaryUser', duration: round1(input.durationSeconds * 0.6) },
        ]
      : [],
    questions: { companyCount: companyQuestions, nonCompanyCount: otherQuestions },
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
