import { customerDomain, isAtDomain } from './customer-domain';
import { withoutLegalSuffix } from './legal-suffix';
import { nameFinder } from './normalize-name';
import { shortNameMatcher } from './short-name';

/** Which part of a call matched the customer name, and the text it matched in. */
export interface MatchReason {
  field: 'title' | 'participant_name' | 'email_domain' | 'crm_account';
  value: string;
}

/** The parts of a call that can name a customer. */
export interface MatchableCall {
  title: string | null;
  participants: { name: string | null; emailAddress: string | null; crmAccounts: string[] }[];
  /** CRM accounts Gong links to the call itself (extended context). */
  crmAccounts: string[];
  /**
   * True when every party is of our own team (an internal deal review): only its title can name the
   * customer, often by a short name ("Deal review: Velvet Fox"). Absent means false.
   */
  internal?: boolean;
}

/**
 * Matches a customer name against a call: its title, each participant's name, the
 * organisation of each participant's email domain, and the CRM accounts of the call and
 * its parties. Case, accents, punctuation, extra spaces and a trailing legal form ("Inc.", "GmbH")
 * are ignored. A customer given as a
 * domain or an email address (`acme.com`, `jo@acme.com`) matches the participants whose email is
 * at that domain. Returns every reason found (empty when the call is not the customer's), without
 * duplicates.
 */
export function matchCall(call: MatchableCall, customerName: string): MatchReason[] {
  return customerMatcher(customerName)(call);
}

/** Most texts a {@link customerMatcher} remembers the answer for; past it, it starts afresh. */
const MAX_REMEMBERED_TEXTS = 10_000;

/**
 * {@link matchCall} for one customer over many calls: the name is folded once, and each text's
 * answer is remembered, since the same people, accounts and domains recur across a listing. An
 * internal call whose title names the customer's short name ("Deal review: Velvet Fox" for
 * "Velvet Fox Apparel", see {@link shortNameMatcher}) matches on its title too, unless
 * `byShortName` is false (the short name is known to be another organisation's too).
 */
export function customerMatcher(
  customerName: string,
  { byShortName = true }: { byShortName?: boolean } = {},
): (call: MatchableCall) => MatchReason[] {
  const domain = customerDomain(customerName);
  if (domain) return (call) => matchDomain(call, domain);
  const finds = nameFinder(withoutLegalSuffix(customerName));
  const short = byShortName ? shortNameMatcher(customerName) : null;
  const remembered = new Map<string, boolean>();
  const names = (text: string): boolean => {
    let found = remembered.get(text);
    if (found === undefined) {
      found = finds(text);
      if (remembered.size >= MAX_REMEMBERED_TEXTS) remembered.clear();
      remembered.set(text, found);
    }
    return found;
  };
  return (call) => {
    const reasons: MatchReason[] = [];
    const add = (field: MatchReason['field'], value: string) => {
      if (!reasons.some((r) => r.field === field && r.value === value)) reasons.push({ field, value });
    };
    if (call.title && names(call.title)) add('title', call.title);
    const accounts = [...call.crmAccounts];
    for (const participant of call.participants) {
      if (participant.name && names(participant.name)) add('participant_name', participant.name);
      const domain = emailDomain(participant.emailAddress);
      if (domain && domainNamesOrganisation(domain, names)) add('email_domain', domain);
      accounts.push(...participant.crmAccounts);
    }
    for (const account of accounts) {
      if (names(account)) add('crm_account', account);
    }
    if (reasons.length === 0 && call.internal && call.title && short?.titleNames(call.title)) {
      add('title', call.title);
    }
    return reasons;
  };
}

/** The participants of `call` whose email is at `domain` (or a subdomain of it). */
function matchDomain(call: MatchableCall, domain: string): MatchReason[] {
  const domains = call.participants.flatMap((participant) => {
    const at = emailDomain(participant.emailAddress);
    return at && isAtDomain(at, domain) ? [at] : [];
  });
  return [...new Set(domains)].map((value) => ({ field: 'email_domain', value }));
}

function emailDomain(email: string | null): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return email && at > 0 ? email.slice(at + 1).toLowerCase() : null;
}

/** "acme" names `acme.com`, `eu.acme.co.uk`; "umbrella health" names `umbrellahealth.com`. */
function domainNamesOrganisation(domain: string, names: (text: string) => boolean): boolean {
  const labels = domain.split('.');
  // The last label is the TLD; a second-level public suffix (co.uk) is harmless to test.
  return labels.slice(0, -1).some(names);
}
