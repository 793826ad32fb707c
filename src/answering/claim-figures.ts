/**
 * The figures of a text as comparable keys, so a model's claim can be checked against the calls it
 * cites whatever way either writes them: "$24,000", "24,000", "24000" and "24k" are `24000`; "18%",
 * "18 percent" are `18%`; "2026-10-03", "October 3rd, 2026", "3 Oct" share `date:10-3` (and the year
 * `2026`); a month alone is `month:10`; "twelve" is `12`.
 */

/** Months capitalised, as written: "may" and "march" are mostly verbs. */
const MONTH_NAMES = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sep(?:t(?:ember)?)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];
const MONTH = `(${MONTH_NAMES.join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
/** Not a digit, letter or decimal point on either side: "Q3", "4o" and "1.5" are not read in part. */
const BEFORE = '(?<![\\p{L}\\p{N}.,])';
const AFTER = '(?![\\p{L}\\p{N}]|[.,]\\d)';

/** "2026-10-03". */
const ISO_DATE = new RegExp(`${BEFORE}(\\d{4})-(\\d{1,2})-(\\d{1,2})${AFTER}`, 'gu');
/** "October 3", "Oct. 3rd, 2026". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}${AFTER}(?!\\s*(?:%|per))${YEAR}`, 'gu');
/** "3 October", "3rd of Oct 2026". */
const DAY_MONTH = new RegExp(`${BEFORE}${DAY}\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])${YEAR}`, 'gu');
/** "10/3", "10/03/2026": month and day in either order, as the writer's locale may have it. */
const SLASHED = new RegExp(`${BEFORE}(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?${AFTER}`, 'gu');
/** A month named alone ("in March"). */
const LONE_MONTH = new RegExp(`\\b${MONTH}(?![\\p{L}])`, 'gu');
/** What precedes a sentence's first word. */
const SENTENCE_START = /(?:^|[.!?:]\s*)$/;
/** "24,000", "$1.5M", "18 percent", "3rd", "200 hundred", "the 1990s". */
const NUMBER = new RegExp(
  `${BEFORE}(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:(st|nd|rd|th|s)|(k|m|mm|bn)|\\s?(%)|\\s+(percent|per\\s?cent|pct|hundred|thousand|million|billion)\\b)?(?![\\p{L}\\p{N}])`,
  'giu',
);

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  hundred: 100,
};

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SPELLED = new RegExp(
  `\\b(?:(${TENS.join('|')})(?:[-\\s](${UNITS.slice(1, 10).join('|')}))?|(${UNITS.join('|')}))\\b`,
  'giu',
);

/** True for a month's name or abbreviation, in any case ("October", "oct"). */
export function isMonthName(word: string): boolean {
  return MONTH_NAMES.some((pattern) => new RegExp(`^${pattern}$`, 'i').test(word));
}

/** The number 1..12 of a month's name or abbreviation. */
function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((pattern) => new RegExp(`^${pattern}$`).test(name)) + 1;
}

/** A figure: the keys any one of which states it (a slashed date has two readings). */
type Figure = string[];

/**
 * `text` with spelled numbers as digits ("twenty-five" → "25"). In a claim, "one" stays a word: it
 * is mostly a pronoun ("one of the teams"), and a count of one is rarely the point of a claim.
 */
function withDigits(text: string, keepOne: boolean): string {
  return text.replace(SPELLED, (word, tens: string | undefined, unit: string | undefined, alone?: string) => {
    if (tens) {
      const value = (TENS.indexOf(tens.toLowerCase()) + 2) * 10;
      return String(value + (unit ? UNITS.indexOf(unit.toLowerCase()) : 0));
    }
    const lower = (alone ?? '').toLowerCase();
    return keepOne && (lower === 'one' || lower === 'zero') ? word : String(UNITS.indexOf(lower));
  });
}

/** A year as four digits: `26` is 2026. */
function fullYear(year: string): string {
  return year.length === 2 ? `20${year}` : year;
}

/**
 * Reads the figures of `text`, dates first (their digits are not counts), then months named
 * alone, then numbers. Each is removed from the text once read, so it is read once.
 */
function readFigures(text: string, keepOne: boolean): { figures: Figure[]; bareNumbers: string[] } {
  const figures: Figure[] = [];
  const bareNumbers: string[] = [];
  const date = (month: number, day: string, year: string | undefined) => {
    figures.push([`date:${month}-${Number(day)}`]);
    figures.push([`month:${month}`]);
    if (year) figures.push([fullYear(year)]);
    return ' ';
  };
  let rest = withDigits(text, keepOne)
    .replace(ISO_DATE, (_, year: string, month: string, day: string) => date(Number(month), day, year))
    .replace(MONTH_DAY, (_, month: string, day: string, year?: string) => date(monthNumber(month), day, year))
    .replace(DAY_MONTH, (_, day: string, month: string, year?: string) => date(monthNumber(month), day, year))
    .replace(SLASHED, (_, first: string, second: string, year?: string) => {
      figures.push([`date:${Number(first)}-${Number(second)}`, `date:${Number(second)}-${Number(first)}`]);
      if (year) figures.push([fullYear(year)]);
      return ' ';
    });
  rest = rest.replace(LONE_MONTH, (written: string, month: string, at: number, whole: string) => {
    // "May" opening a sentence is the verb as often as the month.
    if (month === 'May' && SENTENCE_START.test(whole.slice(0, at))) return written;
    figures.push([`month:${monthNumber(month)}`]);
    return ' ';
  });
  for (const match of rest.matchAll(NUMBER)) {
    const [, whole = '', fraction, , attached, sign, word] = match;
    const value = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
    const scale = SCALE[(attached ?? word ?? '').toLowerCase()] ?? 1;
    const number = String(Number((value * scale).toFixed(3)));
    const percent = sign !== undefined || (word !== undefined && !(word.toLowerCase() in SCALE));
    figures.push([percent ? `${number}%` : number]);
    // "24k" also states 24 and "18%" states 18, for a claim that repeats the bare number.
    bareNumbers.push(String(value));
  }
  return { figures, bareNumbers };
}

/** The figures a claim states: each must be found in the calls it cites. */
export function claimFigures(text: string): Figure[] {
  return readFigures(text, true).figures;
}

/** Every key the figures of a call's text answer to: what {@link claimFigures} is checked against. */
export function statedFigures(text: string): Set<string> {
  const { figures, bareNumbers } = readFigures(text, false);
  return new Set([...figures.flat(), ...bareNumbers]);
}
