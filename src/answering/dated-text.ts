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
export const ON_THE_CALENDAR =
  /\b(Q[1-4]|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|(this|next|last) (week|month|quarter|year)|end of|by then|deadline|eod|eoq|eoy|spring|summer|autumn|fall|winter|holidays?|fiscal|H[12]|(19|20)\d\d|\d{1,2}(st|nd|rd|th)|\d{1,2}\/\d{1,2})\b/i;
