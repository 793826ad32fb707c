import { normalizeName } from './normalize-name';

/**
 * Abbreviated legal forms people add to a company's name ("Stark Industries, Inc.", "Müller Bau
 * GmbH") that Gong's titles, participants and CRM accounts often leave out. As normalized words,
 * so "S.A." and "S.A" are both `s a`. Spelled-out words ("Corporation", "Company") stay: they are
 * often part of the name itself.
 */
const LEGAL_SUFFIXES: readonly string[] = [
  'inc',
  'llc',
  'l l c',
  'llp',
  'ltd',
  'pty ltd',
  'co ltd',
  'gmbh',
  'ag',
  'kg',
  's a',
  'sa',
  's a s',
  'sas',
  'sarl',
  's r l',
  'srl',
  's p a',
  'spa',
  'b v',
  'bv',
  'n v',
  'nv',
  'oy',
  'ab',
  // Norwegian and Danish: "Tidemark Freight AS", "Nordlys ASA", "Havn ApS".
  'as',
  'asa',
  'aps',
  'corp',
  'co',
  'plc',
].sort((a, b) => b.length - a.length);

/**
 * The normalized name without trailing legal forms: "Stark Industries, Inc." → "stark
 * industries"; "Acme Co. Ltd" → "acme". A name that is nothing but a legal form keeps it.
 */
export function withoutLegalSuffix(name: string): string {
  let folded = normalizeName(name);
  for (;;) {
    const suffix = LEGAL_SUFFIXES.find((s) => folded.endsWith(` ${s}`));
    if (!suffix) return folded;
    folded = folded.slice(0, -(suffix.length + 1)).trimEnd();
  }
}
