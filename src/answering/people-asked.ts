/**
 * The people a question asks about by name or by role ("What is Renata worried about?", "How's
 * Felicity feeling?", "What are the GMs pushing back on?", "any conditions from their IT?", "what did
 * their legal insist on?"): what they said, or what is said of them, answers it before what anyone
 * else said.
 */
import { distance } from 'fastest-levenshtein';
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

/** The people a question asks about, and the words of the question that name them. */
export interface PeopleAsked {
  people: PersonAsked[];
  /** The question's words, lowercased, that name them by role ("gms", "it", "legal"): no subject of their own. */
  roleWords: string[];
}

/** A title written before a name: "Dr. Felicity Amadi" is Felicity. */
const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof|sir|dame)\.?$/i;
/** Words a title's initials leave out: "Director of IT" is not "DOI". */
const TITLE_FILLER = /^(of|and|&|the|for)$/i;
/** C-level titles typed in lower case ("the cfo"): their acronym is theirs alone. */
const C_LEVEL = /^c[a-z]{1,2}o$/;
/** Departments a question names by a word its people's titles hold: "their legal" is their counsel. */
const DEPARTMENTS: readonly (readonly [string, RegExp])[] = [
  ['legal', /\b(legal|counsel|lawyer|attorney)\b/i],
  ['counsel', /\b(legal|counsel|lawyer|attorney)\b/i],
  ['procurement', /\b(procurement|purchasing|buyer)\b/i],
  ['purchasing', /\b(procurement|purchasing|buyer)\b/i],
  ['finance', /\b(finance|financial|controller)\b/i],
];

/** The acronyms a title goes by: its words in capitals ("IT") and its initials ("General Manager" → "GM"). */
function acronymsOf(title: string): Set<string> {
  const lead = (title.split(',')[0] ?? '').split(/\s+/).filter((word) => word && !TITLE_FILLER.test(word));
  const initials = (words: readonly string[]) =>
    words
      .map((word) => word[0] ?? '')
      .join('')
      .toUpperCase();
  return new Set([
    ...lead.filter((word) => /^[A-Z]{2,}$/.test(word)),
    ...(lead.length >= 2 ? [initials(lead)] : []),
    ...(lead.length >= 3 ? [initials(lead.slice(0, -1))] : []),
  ]);
}

/**
 * The words of a title that say what the role is: its first and last words and the word after "of"
 * ("General Counsel", "Head of Procurement", "Purchasing Agent"), not a word describing another
 * ("Director of Pricing & Legal Project Management" is no lawyer).
 */
function headsOf(title: string): string[] {
  const words = (title.split(',')[0] ?? '').split(/\s+/).filter(Boolean);
  const afterOf = words.findIndex((word) => /^of$/i.test(word)) + 1;
  return [words[0] ?? '', words.at(-1) ?? '', afterOf > 0 ? (words[afterOf] ?? '') : ''];
}

/** The role a word of the question names, as a test of a title; null when it names none. */
function roleOf(typed: string): ((title: string) => boolean) | null {
  const word = typed.toLowerCase();
  // "GMs", "IT", "QA" as typed in capitals, or a C-level title in any case ("cfo").
  const acronym =
    /^[A-Z]{2,5}s?$/.test(typed) || C_LEVEL.test(word) ? typed.toUpperCase().replace(/(?<=..)S$/, '') : null;
  if (acronym) return (title) => acronymsOf(title).has(acronym);
  const department = DEPARTMENTS.find(
    ([name]) => name === word || (word.length >= 7 && distance(name, word) <= 1),
  );
  return department ? (title) => headsOf(title).some((head) => department[1].test(head)) : null;
}

/** The participants of `calls` that `question` names by full, first or last name, or by role. */
export function peopleAsked(question: string, calls: readonly CallContent[]): PeopleAsked {
  // "the cfo's condition", "Saoirse's team": the person or role, not a possessive of it.
  const typed = question
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/['’]s$/i, ''))
    .filter(Boolean);
  const asked = new Set(typed.map((word) => word.toLowerCase()));
  const roles = typed.flatMap((word) => {
    const role = roleOf(word);
    return role ? [{ word: word.toLowerCase(), role }] : [];
  });
  const people = new Map<string, PersonAsked>();
  const roleWords = new Set<string>();
  for (const participant of calls.flatMap((call) => call.participants)) {
    const name = participant.name?.trim();
    if (!name || people.has(name)) continue;
    const words = name.split(/\s+/).filter((word) => !HONORIFIC.test(word) && word.length >= 3);
    const byRole =
      participant.affiliation === 'Internal' ? [] : roles.filter((r) => r.role(participant.title ?? ''));
    if (words.some((word) => asked.has(word.toLowerCase())) || byRole.length > 0) {
      people.set(name, { name, names: [name, ...words] });
      byRole.forEach((r) => roleWords.add(r.word));
    }
  }
  return { people: [...people.values()], roleWords: [...roleWords] };
}

/** True when `passage` was said by one of `people` or names one of them. */
export function isAboutPeople(passage: CallPassage, people: readonly PersonAsked[]): boolean {
  return people.some(
    (person) =>
      passage.speaker === person.name || person.names.some((name) => wholeWord(name, 'u').test(passage.text)),
  );
}
