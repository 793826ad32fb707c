/**
 * Words that date a passage: a "when" question is answered by one that holds a date or a duration,
 * and a next step is a commitment with a date ("by Friday", "in Q3").
 */
export const DATED =
  /\d|\b(Q[1-4]|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|weeks?|months?|quarters?|years?|days?|weekend|end of|by then|deadline|eod|eoq|eoy|spring|summer|autumn|winter|holidays?|fiscal|H[12])\b/i;

/**
 * A day or a period on the calendar, not only a length of time: "March 9", "by Friday", "in Q1",
 * "2027", "the 18th", "next week", "end of the month". "For six years" dates nothing: a "when"
 * question it alone would not answer.
 */
const ON_THE_CALENDAR =
  /\b(Q[1-4]|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|(this|next|last) (week|month|quarter|year)|end of|by then|deadline|eod|eoq|eoy|spring|summer|autumn|fall|winter|holidays?|fiscal|H[12]|(19|20)\d\d|\d{1,2}(st|nd|rd|th)|\d{1,2}\/\d{1,2})\b/i;

/** Times gone by: "last winter", "two years ago", "yesterday". */
const GONE_BY =
  /\b((last|past|previous) (week|month|quarter|year|season|spring|summer|autumn|fall|winter|time|(mon|tues|wednes|thurs|fri|satur|sun)day)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|many) (days?|weeks?|months?|quarters?|years?|seasons?) ago|yesterday|last night)\b/gi;

/** A length of time: "two days", "six weeks", "a couple of months". */
const LENGTH_OF_TIME =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|a few|several|a couple of)(-| )(business |working )?(hours?|days?|weeks?|months?|quarters?|years?)\b/i;

/**
 * True when `text` answers a "when" question: it holds a day or a period on the calendar (see
 * {@link ON_THE_CALENDAR}), one still ahead unless `past` ("last winter" does not say when the board
 * meets next), or, for `length` ("how long will it take?"), a length of time.
 */
export function answersWhen(text: string, { past = false, length = false } = {}): boolean {
  if (length) return LENGTH_OF_TIME.test(text);
  return ON_THE_CALENDAR.test(past ? text : text.replace(GONE_BY, ' '));
}
