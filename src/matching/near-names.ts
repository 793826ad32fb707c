import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { withLongForms } from './business-abbreviations';
import { withoutLegalSuffix } from './legal-suffix';
import type { MatchableCall } from './match-call';

/** A customer name seen in the listing that is close to the one asked for. */
export interface NearName {
  /** As Gong spells it (a CRM account, or words of a title or an email domain). */
  name: string;
  /**
   * Edits between the two names once folded (case, accents, punctuation, legal form ignored): letters
   * for a typo, whole words for a name typed with words added or left out.
   */
  edits: number;
}

/** Validates {@link NearName}s read back from a heartbeat. */
export const nearNamesSchema = z.array(z.object({ name: z.string(), edits: z.number().int().min(1) }));

/** Names kept while listing: enough to suggest a few, small for a heartbeat. */
const MAX_KEPT = 5;

/** Edits tolerated: one typo in a short name, more in a long one ("Umbrela Health", "Globx"). */
function toleratedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 12) return 2;
  return 3;
}

/**
 * Adds to `kept` the names of `call` close to `customerName` without being it: its CRM
 * accounts, and the runs of as many words as the customer's name in its title, participants'
 * names and their email domains. Nothing is fetched: these are the fields the listing already
 * read. Returns the closest {@link MAX_KEPT}, fewest edits first.
 */
export function keepNearNames(kept: NearName[], call: MatchableCall, customerName: string): NearName[] {
  const wanted = folded(customerName);
  const allowed = toleratedEdits(wanted.length);
  if (allowed === 0) return kept;
  const words = wanted.split(' ').length;
  const found = [...kept];
  const seen = new Set(kept.map((near) => folded(near.name)));
  // A CRM account is a whole customer name, so one typed with a word more ("Kestrel Valley Water
  // District") or sharing most of its words is near it however many letters differ.
  for (const account of accountNames(call)) {
    const name = folded(account);
    if (name === '' || seen.has(name)) continue;
    const edits = wordEdits(name, wanted);
    if (edits === null) continue;
    seen.add(name);
    found.push({ name: account, edits });
  }
  for (const candidate of candidateNames(call, words)) {
    const name = folded(candidate);
    if (name === '' || seen.has(name) || Math.abs(name.length - wanted.length) > allowed) continue;
    const edits = distance(name, wanted);
    if (edits === 0 || edits > allowed) continue;
    seen.add(name);
    found.push({ name: candidate, edits });
  }
  return found.sort((a, b) => a.edits - b.edits || a.name.localeCompare(b.name)).slice(0, MAX_KEPT);
}

/** A name folded as matching folds it: no legal form, abbreviations in their long forms. */
function folded(name: string): string {
  return withLongForms(withoutLegalSuffix(name));
}

/** The CRM accounts of the call and of its participants. */
function accountNames(call: MatchableCall): string[] {
  return [...call.crmAccounts, ...call.participants.flatMap((p) => p.crmAccounts)];
}

/**
 * Words to add or drop to turn one folded name into the other, when they are near as words: every
 * word of the shorter is in the longer and makes at least half of it, or they share at least two
 * words and two thirds of the longer's. Null when they are not near, or are the same words.
 */
function wordEdits(a: string, b: string): number | null {
  const [shorter, longer] = [new Set(a.split(' ')), new Set(b.split(' '))].sort(
    (x, y) => x.size - y.size,
  ) as [Set<string>, Set<string>];
  const shared = [...shorter].filter((word) => longer.has(word)).length;
  const edits = shorter.size + longer.size - 2 * shared;
  if (edits === 0) return null;
  const contained = shared === shorter.size && shared * 2 >= longer.size;
  const most = shared >= 2 && shared * 3 >= longer.size * 2;
  return contained || most ? edits : null;
}

/** CRM accounts whole; titles, participants' names and email domains as runs of `words` words. */
function candidateNames(call: MatchableCall, words: number): string[] {
  const accounts = accountNames(call);
  const texts = [
    call.title ?? '',
    ...call.participants.map((p) => p.name ?? ''),
    ...call.participants.map((p) => organisationOf(p.emailAddress)),
  ];
  return [...accounts, ...texts.flatMap((text) => runsOfWords(text, words))];
}

/** `jo@globex.com` → `globex`: the label before the top-level domain. */
function organisationOf(email: string | null): string {
  const domain = email?.split('@')[1] ?? '';
  const labels = domain.split('.');
  return labels.length >= 2 ? (labels[labels.length - 2] ?? '') : '';
}

/** Every run of `n` consecutive words of `text`, punctuation trimmed: "Globex — pricing" → Globex, pricing. */
function runsOfWords(text: string, n: number): string[] {
  const tokens = text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
  const runs: string[] = [];
  for (let start = 0; start + n <= tokens.length; start++)
    runs.push(tokens.slice(start, start + n).join(' '));
  return runs;
}
