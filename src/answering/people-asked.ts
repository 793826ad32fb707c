/**
 * The people a question asks about by name ("What is Renata worried about?", "How's Felicity
 * feeling?"): what they said, or what is said of them, answers it before what anyone else said.
 */
import type { CallContent } from '../gong/call-content-model';
import type { CallPassage } from './call-passages';
import { wholeWord } from './whole-word';

/** A person the question names, with the names a passage may call them by. */
export interface PersonAsked {
  /** As the calls spell it ("Renata Vasquez"). */
  name: string;
  /** Their full name and each of its words of three letters or more ("Renata", "Vasquez"). */
  names: string[];
}

/** A title written before a name: "Dr. Felicity Amadi" is Felicity. */
const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i;

/** The participants of `calls` that `question` names by full, first or last name. */
export function peopleAsked(question: string, calls: readonly CallContent[]): PersonAsked[] {
  const asked = new Set(
    question
      .toLowerCase()
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter(Boolean),
  );
  const people = new Map<string, PersonAsked>();
  for (const participant of calls.flatMap((call) => call.participants)) {
    const name = participant.name?.trim();
    if (!name || people.has(name)) continue;
    const words = name.split(/\s+/).filter((word) => !HONORIFIC.test(word) && word.length >= 3);
    if (words.some((word) => asked.has(word.toLowerCase())))
      people.set(name, { name, names: [name, ...words] });
  }
  return [...people.values()];
}

/** True when `passage` was said by one of `people` or names one of them. */
export function isAboutPeople(passage: CallPassage, people: readonly PersonAsked[]): boolean {
  return people.some(
    (person) =>
      passage.speaker === person.name || person.names.some((name) => wholeWord(name, 'u').test(passage.text)),
  );
}
