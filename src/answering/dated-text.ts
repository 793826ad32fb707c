/**
 * Words that date a passage: a "when" question is answered by one that holds a date or a duration,
 * and a next step is a commitment with a date ("by Friday", "in Q3").
 */
export const DATED =
  /\d|\b(Q[1-4]|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|weeks?|months?|quarters?|years?|days?|weekend|end of|by then|deadline|eod|eoq|eoy|spring|summer|autumn|winter|holidays?|fiscal|H[12])\b/i;
