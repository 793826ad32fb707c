/**
 * Words that state a price or a discount: a currency figure ("$96,000", "€8,500", "61k"), a
 * percentage ("20%", "15 percent"), or a figure per period ("99,500 a year").
 */
export const MONEY =
  /[$€£¥]\s?\d|\d\s?(%|percent\b|k\b)|\d[\d,.]*\s?(dollars|euros|pounds|a year|a month|per (year|month|seat|user))/i;

/**
 * Words that state a price without a word of pricing: a currency figure ("$215 per clinic per month
 * offered") or something given for nothing ("sixty-day pilot free", "bundled almost free", "setup
 * waived"). A percentage alone is left out: "renewals fell from 84% to 71%" is no price.
 */
export const STATES_A_PRICE =
  /[$€£¥]\s?\d|\d[\d,.]*\s?(dollars|euros|pounds)\b|\b(for free|free of charge|no charge|at no (extra )?cost|waive[sd]?|complimentary)\b|\b(pilot|trial|months?|period|setup|onboarding|add-on|seats?|licen[cs]es?|weeks?|days?) (is |are |would be |will be )?free\b|\bfree (pilot|trial|months?|period|setup|onboarding|add-on|seats?)\b|\b(almost|nearly|basically|practically) free\b/i;
