import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { withoutLegalSuffix } from './legal-suffix';
import type { MatchableCall } from './match-call';

/** A customer name seen in the listing that is close to the one asked for. */
export interface NearName {
  /** As Gong spells it (a CRM account, or words of a title or an email domain). */
  name: string;
  /** Edits between the two names once folded (case, accents, punctuation, legal form ignored). */
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
  const wanted = withoutLegalSuffix(customerName);
  const allowed = toleratedEdits(wanted.length);
  if (allowed === 0) return kept;
  const words = wanted.split(' ').length;
  const found = [...kept];
  const seen = new Set(kept.map((near) => withoutLegalSuffix(near.name)));
  for (const candidate of candidateNames(call, words)) {
    const folded = withoutLegalSuffix(candidate);
    if (folded === '' || seen.has(folded) || Math.abs(folded.length - wanted.length) > allowed) continue;
    const edits = distance(folded, wanted);
    if (edits === 0 || edits > allowed) continue;
    seen.add(folded);
    found.push({ name: candidate, edits });
  }
  return found.sort((a, b) => a.edits - b.edits || a.name.localeCompare(b.name)).slice(0, MAX_KEPT);
}

/** CRM accounts whole; titles, participants' names and email domains as runs of `words` words. */
function candidateNames(call: MatchableCall, words: number): string[] {
  const accounts = [...call.crmAccounts, ...call.participants.flatMap((p) => p.crmAccounts)];
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
