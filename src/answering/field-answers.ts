/**
 * Answers to kinds of question that Gong answers in a field of its own rather than in prose:
 * people and roles from the participants, the date of the last call, Gong's call outcome, the
 * next-steps highlights and action items, and the briefs of what happened. Each returns the lines
 * of the answer, each with the calls it cites, or null when the fields hold nothing to say.
 */
import type { CallContent, CallParticipant } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';
import { hasAiContent } from './ai-content';
import { stemsOf } from './passage-ranking';
import type { AnalyzedQuestion } from './analyze-question';

/** One line of an answer and the calls it cites. */
export interface AnswerLine {
  text: string;
  calls: CallContent[];
}

/** Calls cited on one line at most: the most recent ones. */
const MAX_CITED = 3;
/** Calls summarised when asked what happened. */
const MAX_SUMMARISED = 3;
/** Next steps listed, most recent call first. */
const MAX_NEXT_STEPS = 5;

/** Newest call first; ties keep the caller's order. */
export function newestFirst(calls: readonly CallContent[]): CallContent[] {
  const time = (call: CallContent) => {
    const parsed = Date.parse(call.started);
    return Number.isNaN(parsed) ? 0 : parsed;
  };
  return calls
    .map((call, index) => ({ call, index }))
    .sort((a, b) => time(b.call) - time(a.call) || a.index - b.index)
    .map(({ call }) => call);
}

/** `"Title" (2026-01-31)`. */
export function callLabel(call: CallContent): string {
  return `“${call.title}” (${call.started.slice(0, 10)})`;
}

/** True when the call's title (or also its brief, with `orBrief`) holds one of the question's topic words. */
function callIsAbout(call: CallContent, asked: AnalyzedQuestion, orBrief = true): boolean {
  if (asked.topics.length === 0) return true;
  const stems = new Set([...stemsOf(call.title), ...(orBrief ? stemsOf(call.brief ?? '') : [])]);
  return asked.topics.some((word) => stems.has(word.stem));
}

/** A person of the customer's side, over the calls read. */
interface Person {
  name: string;
  title: string | null;
  calls: CallContent[];
  talkSeconds: number;
}

/** Whether a participant spoke or joined: invitees who never joined have no speaker id. */
function attended(participant: CallParticipant, call: CallContent): boolean {
  return participant.speakerId !== null || call.participants.every((p) => p.speakerId === null);
}

function isCustomerSide(participant: CallParticipant): boolean {
  return participant.affiliation !== 'Internal';
}

/** The customer's people on the calls, most present first, then most talkative. */
function customerPeople(calls: readonly CallContent[]): Person[] {
  const people = new Map<string, Person>();
  for (const call of newestFirst(calls)) {
    for (const participant of call.participants) {
      const name = participant.name ?? participant.emailAddress;
      if (!name || !isCustomerSide(participant) || !attended(participant, call)) continue;
      const person = people.get(name) ?? { name, title: participant.title, calls: [], talkSeconds: 0 };
      person.title ??= participant.title;
      person.calls.push(call);
      person.talkSeconds +=
        call.speakers.find((speaker) => speaker.speakerId === participant.speakerId)?.talkTimeSeconds ?? 0;
      people.set(name, person);
    }
  }
  return [...people.values()].sort(
    (a, b) =>
      b.calls.length - a.calls.length || b.talkSeconds - a.talkSeconds || a.name.localeCompare(b.name),
  );
}

/** `Amara Johansson, CFO`. */
function nameAndTitle(person: Pick<Person, 'name' | 'title'>): string {
  return person.title ? `${person.name}, ${person.title}` : person.name;
}

/** `on 2 of the 5 calls read`. */
function presence(person: Person, read: number): string {
  return `on ${person.calls.length} of the ${read === 1 ? 'one call' : `${read} calls`} read`;
}

/** Executive titles: a chief officer (CFO, COO...), a president or a vice president. */
const EXECUTIVE_TITLE = /\b(C[A-Z]{1,2}O|Chief|President|VP|Vice President|Owner|Founder)\b/;

/**
 * The titles the calls say decide: a sentence that says someone signs off, approves or decides,
 * naming a participant's title ("the CFO signs off on purchases above $50,000").
 */
function decidingTitles(calls: readonly CallContent[], titles: readonly string[]): Set<string> {
  const decides = new Set(['sign', 'approv', 'decid', 'decis', 'veto']);
  const texts = calls.flatMap((call) => [...call.keyPoints, ...(call.brief ? [call.brief] : [])]);
  return new Set(
    titles.filter((title) =>
      texts.some(
        (text) =>
          new RegExp(`\\b${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text) &&
          stemsOf(text).some((stem) => decides.has(stem)),
      ),
    ),
  );
}

/** Who: decision makers, the likely champion or the attendees, from participants and speakers. */
export function peopleAnswer(asked: AnalyzedQuestion, calls: readonly CallContent[]): AnswerLine[] | null {
  const read = calls.length;
  if (asked.lastCallOnly || (asked.people === 'attendees' && asked.topics.length === 0 && read === 1)) {
    const last = newestFirst(calls)[0];
    if (!last) return null;
    const present = last.participants.filter((p) => attended(p, last) && (p.name ?? p.emailAddress));
    if (present.length === 0) return null;
    const names = present.map((p) => {
      const side = isCustomerSide(p) ? (p.title ?? '') : ['our side', p.title].filter(Boolean).join(', ');
      return side ? `${p.name ?? p.emailAddress} (${side})` : (p.name ?? p.emailAddress ?? '');
    });
    return [{ text: `Attendees of the last call, ${callLabel(last)}: ${names.join('; ')}`, calls: [last] }];
  }
  const people = customerPeople(calls);
  if (people.length === 0) return null;
  const evidence = (person: Person): AnswerLine => ({
    text: `- ${nameAndTitle(person)}: ${presence(person, read)}`,
    calls: person.calls.slice(0, MAX_CITED),
  });
  if (asked.people === 'decision makers') {
    const titles = [...new Set(people.flatMap((person) => (person.title ? [person.title] : [])))];
    const deciding = decidingTitles(calls, titles);
    const makers = people.filter((person) =>
      person.title
        ? deciding.has(person.title) || (deciding.size === 0 && EXECUTIVE_TITLE.test(person.title))
        : false,
    );
    if (makers.length === 0) {
      return [
        {
          text: 'No participant of the calls read has a decision-making title. Their people on the calls:',
          calls: [],
        },
        ...people.slice(0, 5).map(evidence),
      ];
    }
    const label = makers.length === 1 ? 'Decision maker' : 'Decision makers';
    return [
      {
        text: `${label}: ${makers.map(nameAndTitle).join('; ')}`,
        calls: makers
          .flatMap((person) => person.calls.slice(0, 1))
          .filter((c, i, all) => all.indexOf(c) === i),
      },
      ...makers.map(evidence),
    ];
  }
  if (asked.people === 'champion') {
    const [champion] = people;
    if (!champion) return null;
    return [
      {
        text: `Likely champion: ${nameAndTitle(champion)}, the customer's most present and most talkative person`,
        calls: champion.calls.slice(0, 1),
      },
      ...people.slice(0, 3).map(evidence),
    ];
  }
  return [
    { text: 'Their people on the calls read, most present first:', calls: [] },
    ...people.slice(0, 6).map(evidence),
  ];
}

/** When was the last call: its date and title. */
export function lastCallAnswer(calls: readonly CallContent[]): AnswerLine[] | null {
  const last = newestFirst(calls)[0];
  return last
    ? [{ text: `The last call was on ${last.started.slice(0, 10)}: “${last.title}”`, calls: [last] }]
    : null;
}

/** The transcript sentences of a call's next-steps part, as Gong's topics mark it. */
function spokenNextSteps(transcript: CallTranscript | undefined): string | null {
  const sentences = (transcript?.sentences ?? []).filter(
    (s) => /next step/i.test(s.topic ?? '') || /^next steps?\b/i.test(s.text),
  );
  const first = sentences[0];
  if (!first) return null;
  return sentences
    .filter((s) => s.speakerId === first.speakerId)
    .slice(0, 2)
    .map((s) => s.text.trim())
    .join(' ');
}

/** Outcome: Gong's outcome of the call asked about (the last, or the last on the topic) and its key points. */
export function outcomeAnswer(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] | null {
  const ordered = newestFirst(calls);
  // The call named by its title first ("the renewal call"), else one whose brief is about it.
  const target =
    (asked.lastCallOnly
      ? ordered[0]
      : (ordered.find((call) => callIsAbout(call, asked, false)) ??
        ordered.find((call) => callIsAbout(call, asked)))) ?? ordered[0];
  if (!target) return null;
  if (target.callOutcome && hasAiContent(target)) {
    return [
      { text: `Outcome of ${callLabel(target)}: ${target.callOutcome.name}`, calls: [target] },
      ...target.keyPoints.slice(0, 3).map((point) => ({ text: `- "${point}"`, calls: [target] })),
    ];
  }
  const spoken = spokenNextSteps(transcripts.get(target.callId));
  const previous = ordered.find((call) => call !== target && call.callOutcome && hasAiContent(call));
  return [
    {
      text: `${callLabel(target)} has no Gong outcome yet (Gong has not summarised it)${spoken ? '; its transcript ends with:' : '.'}`,
      calls: spoken ? [target] : [],
    },
    ...(spoken ? [{ text: `- "${spoken}"`, calls: [target] }] : []),
    ...(previous
      ? [
          {
            text: `The call before it, ${callLabel(previous)}, had the outcome: ${previous.callOutcome?.name ?? ''}`,
            calls: [previous],
          },
        ]
      : []),
  ];
}

/** Next steps: Gong's next-steps highlights and action items, or the spoken ones, most recent call first. */
export function nextStepsAnswer(
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] | null {
  const steps: { text: string; calls: CallContent[] }[] = [];
  const add = (text: string, call: CallContent) => {
    const same = steps.find((step) => step.text === text);
    if (same) {
      if (same.calls.length < MAX_CITED) same.calls.push(call);
    } else if (steps.length < MAX_NEXT_STEPS) steps.push({ text, calls: [call] });
  };
  for (const call of newestFirst(calls)) {
    const highlighted = call.highlights
      .filter((section) => /next step/i.test(section.title))
      .flatMap((s) => s.items);
    const items = [...highlighted, ...(call.pointsOfInterest?.actionItems ?? [])];
    if (items.length > 0) items.forEach((item) => add(item.trim(), call));
    else {
      const spoken = spokenNextSteps(transcripts.get(call.callId));
      if (spoken) add(spoken, call);
    }
  }
  if (steps.length === 0) return null;
  return [
    { text: 'Next steps, most recent call first:', calls: [] },
    ...steps.map((step) => ({ text: `- "${step.text}"`, calls: step.calls })),
  ];
}

/** What happened: the briefs of the calls asked about, most recent first, with Gong's outcome. */
export function summaryAnswer(
  asked: AnalyzedQuestion,
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
): AnswerLine[] | null {
  const ordered = newestFirst(calls);
  const about = ordered.filter((call) => callIsAbout(call, asked));
  const chosen = (asked.lastCallOnly ? ordered.slice(0, 1) : about.length > 0 ? about : ordered).slice(
    0,
    MAX_SUMMARISED,
  );
  if (chosen.length === 0) return null;
  return chosen.map((call) => {
    const outcome = call.callOutcome ? ` (${call.callOutcome.name})` : '';
    if (hasAiContent(call) && call.brief)
      return { text: `- ${callLabel(call)}${outcome}: "${call.brief.trim()}"`, calls: [call] };
    const spoken = spokenNextSteps(transcripts.get(call.callId));
    return spoken
      ? {
          text: `- ${callLabel(call)}, not summarised by Gong yet; its transcript ends with: "${spoken}"`,
          calls: [call],
        }
      : { text: `- ${callLabel(call)}: not summarised by Gong yet`, calls: [] };
  });
}
