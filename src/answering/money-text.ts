/**
 * Words that state a price or a discount: a currency figure ("$96,000", "€8,500", "61k"), a
 * percentage ("20%", "15 percent"), or a figure per period ("99,500 a year").
 */
export const MONEY =
  /[$€£¥]\s?\d|\d\s?(%|percent\b|k\b)|\d[\d,.]*\s?(dollars|euros|pounds|a year|a month|per (year|month|seat|user))/i;
