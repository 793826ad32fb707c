import { stripFormatCharacters } from './normalize-name';

/**
 * A customer written as a web domain (`acme.com`) or an email address (`jo@acme.com`) names the
 * organisation behind that domain: its people are the participants whose email is at that domain.
 */

/** Letters, digits and hyphens in dot-separated labels, with a top-level label of letters. */
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/**
 * The lower-case domain a customer name stands for, or null when it is an ordinary name.
 * `ACME.com` → `acme.com`; `jo@acme.com` → `acme.com`; `https://www.acme.com/` → `acme.com`;
 * `Acme Corp.` → null.
 */
export function customerDomain(customerName: string): string | null {
  let text = stripFormatCharacters(customerName).trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at >= 0) text = text.slice(at + 1);
  text = text.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
  if (text.startsWith('www.')) text = text.slice(4);
  return DOMAIN.test(text) ? text : null;
}

/** True when `emailDomain` is `domain` or one of its subdomains (`eu.acme.com` for `acme.com`). */
export function isAtDomain(emailDomain: string, domain: string): boolean {
  const host = emailDomain.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}
