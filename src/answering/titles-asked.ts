/**
 * The titles a "who decides" question asks about ("Who owns the budget? Is it the CIO?", "the
 * decision maker - the CFO?"): the answer says what the calls state of the person holding that
 * title, since a C-level title alone is no evidence of deciding.
 */

/** A title a question names, and how participants' titles and the calls spell it. */
export interface TitleAsked {
  /** As the question writes it, in capitals ("CFO"). */
  label: string;
  /** Finds the title in a participant's title or a sentence ("CFO", "Chief Financial Officer"). */
  pattern: RegExp;
}

/** C-level titles by their acronym, with how they are spelled out. */
const TITLES: Readonly<Record<string, string>> = {
  ceo: 'chief executive(?: officer)?',
  cfo: 'chief financial officer',
  cio: 'chief information officer',
  cto: 'chief technology officer|chief technical officer',
  coo: 'chief operating officer',
  ciso: 'chief information security officer',
  cmo: 'chief marketing officer',
  cro: 'chief revenue officer',
  cpo: 'chief procurement officer|chief product officer',
  cdo: 'chief data officer|chief digital officer',
};

/** The C-level titles among the question's `words` ("cfo", "CIO"). */
export function titlesAsked(words: readonly string[]): TitleAsked[] {
  const asked = [...new Set(words.map((word) => word.toLowerCase()))].filter((word) => word in TITLES);
  return asked.map((acronym) => ({
    label: acronym.toUpperCase(),
    pattern: new RegExp(`\\b(${acronym}|${TITLES[acronym] ?? acronym})\\b`, 'i'),
  }));
}
