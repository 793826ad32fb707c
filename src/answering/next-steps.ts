/**
 * What comes next, from the calls: Gong's next-steps highlights and action items, what a call
 * Gong has not summarised says comes next (its dated plans, then the plans said at its end), and
 * the dated commitments of the key points and briefs.
 */
import type { CallContent } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';
import type { AnswerLine } from './answer-line';
import { briefSentences } from './call-passages';
import { newestFirst } from './call-order';
import { DATED } from './dated-text';
import { isNearDuplicate } from './near-duplicate';

/** Words of a plan said aloud at the end of a call: "I'll send the order form", "let's meet Tuesday". */
export const SPOKEN_PLAN =
  /\b(i'll|we'll|you'll|i will|we will|let's|let us|going to|plan to|next step|follow up|follow-up|send|schedule|book|set up)\b/i;
/** The share of a call, from its end, in which a plan said aloud is taken for its next steps. */
export const CLOSING_SHARE = 1 / 3;
/** Spoken sentences quoted as a call's next steps. */
export const SPOKEN_STEPS = 3;
/** Words of a commitment: "we will send", "they plan to revisit". */
const COMMITS = /\b(will|'ll|going to|plans? to|agreed to|promised to|committed to)\b/i;
/**
 * A day a plan is set for, not any figure: "by December 11", "on the 18th", "next week", "in Q1".
 * A sentence looking back ("since November 12", "two weeks ago") sets no plan.
 */
const PLAN_DATE =
  /\b(jan(uary)?|feb(ruary)?|march|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|tomorrow|next (week|month|quarter)|end of|Q[1-4]|\d{1,2}(st|nd|rd|th))\b/i;
const LOOKS_BACK = /\b(since|ago|last (week|month|year)|was|were|had)\b/i;
/** What sets a plan beside its day: "will", "should", "by", "goes out", "is January 14". */
const SETS_A_PLAN =
  /\b(will|'ll|should|shall|going to|plans? to|needs? to|has to|have to|let['’]s|let us|by|goes out|go out|starts?|kicks? off|is due|are due|is (on )?(the )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b/i;
/** Next steps listed, most recent call first. */
const MAX_NEXT_STEPS = 6;
/** Calls cited on one step at most. */
const MAX_CITED = 3;

/** A sentence said aloud that sets what comes next, with its speaker when Gong knows. */
export interface SpokenStep {
  text: string;
  speaker: string | null;
}

/**
 * What a call's transcript says comes next: the sentences of its next-steps part as Gong's topics
 * mark it; else the plans set for a day anywhere in it ("I will send you the onboarding plan by
 * December 11"), then the plans said aloud in its last third ("I will send the invitations on our
 * side"), in spoken order, at most {@link SPOKEN_STEPS}.
 */
export function spokenNextSteps(transcript: CallTranscript | undefined): SpokenStep[] {
  const all = transcript?.sentences ?? [];
  const step = (s: (typeof all)[number]): SpokenStep => ({ text: s.text.trim(), speaker: s.speakerName });
  const marked = all.filter((s) => /next step/i.test(s.topic ?? '') || /^next steps?\b/i.test(s.text));
  const first = marked[0];
  if (first)
    return marked
      .filter((s) => s.speakerId === first.speakerId)
      .slice(0, SPOKEN_STEPS)
      .map(step);
  const dated = all.filter(
    (s) => PLAN_DATE.test(s.text) && SETS_A_PLAN.test(s.text) && !LOOKS_BACK.test(s.text),
  );
  const closing = all
    .slice(Math.floor(all.length * (1 - CLOSING_SHARE)))
    .filter((s) => SPOKEN_PLAN.test(s.text) && !dated.includes(s));
  const chosen = new Set([...dated, ...closing].slice(0, SPOKEN_STEPS));
  return all.filter((s) => chosen.has(s)).map(step);
}

/** Next steps: Gong's next-steps highlights and action items, or the spoken ones, most recent call first. */
export function nextStepsAnswer(
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] | null {
  const steps: { text: string; speaker: string | null; calls: CallContent[] }[] = [];
  const add = (text: string, call: CallContent, speaker: string | null = null) => {
    // The same step twice ("Chloé to send a proposal" beside "...by October 9") is listed once.
    const same = steps.find((s) => s.text === text || isNearDuplicate(text, s.text));
    if (same) {
      if (same.calls.length < MAX_CITED && !same.calls.includes(call)) same.calls.push(call);
    } else if (steps.length < MAX_NEXT_STEPS) steps.push({ text, speaker, calls: [call] });
  };
  for (const call of newestFirst(calls)) {
    // Gong's highlights, and outline sections, titled as next steps or action items.
    const highlighted = [...call.highlights, ...call.outline]
      .filter((section) => /next step|action item|follow.?up/i.test(section.title))
      .flatMap((s) => s.items);
    const items = [...highlighted, ...(call.pointsOfInterest?.actionItems ?? [])];
    if (items.length > 0) items.forEach((item) => add(item.trim(), call));
    else spokenNextSteps(transcripts.get(call.callId)).forEach((s) => add(s.text, call, s.speaker));
  }
  // Dated commitments Gong's key points and briefs state ("They will revisit it in Q3") are next
  // steps too, after the ones Gong marked as such.
  for (const call of newestFirst(calls)) {
    const stated = [...call.keyPoints, ...briefSentences(call.brief ?? '')]
      .map((text) => text.trim())
      .filter((text) => COMMITS.test(text) && DATED.test(text));
    for (const text of stated) {
      if (!steps.some((s) => isNearDuplicate(text, s.text))) add(text, call);
    }
  }
  if (steps.length === 0) return null;
  return [
    { text: 'Next steps, most recent call first:', calls: [] },
    ...steps.map((s) => ({
      text: `- ${s.speaker ? `${s.speaker} said: ` : ''}"${s.text}"`,
      calls: s.calls,
    })),
  ];
}
