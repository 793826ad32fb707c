/**
 * Common business abbreviations people type in a customer's name ("Fenwick Dairy Co-op", "Acme
 * Intl", "Smith & Sons") that Gong's titles, participants and CRM accounts may spell out, or the
 * other way round. As normalized words: "Co-op" is `co op`, "Int'l" is `intl`.
 */
const LONG_FORMS: ReadonlyMap<string, string> = new Map([
  ['co op', 'cooperative'],
  ['co operative', 'cooperative'],
  ['coop', 'cooperative'],
  ['univ', 'university'],
  ['uni', 'university'],
  ['intl', 'international'],
  ['natl', 'national'],
  ['assn', 'association'],
  ['assoc', 'association'],
  ['dept', 'department'],
  ['mfg', 'manufacturing'],
  ['svc', 'service'],
  ['svcs', 'services'],
  ['bros', 'brothers'],
  ['grp', 'group'],
  ['hldgs', 'holdings'],
  ['mgmt', 'management'],
  ['govt', 'government'],
  ['hosp', 'hospital'],
  ['ctr', 'center'],
]);

/** The abbreviations as whole words, two-word ones first. */
const ABBREVIATION = new RegExp(
  `(?<=^| )(${[...LONG_FORMS.keys()].sort((a, b) => b.length - a.length).join('|')})(?= |$)`,
  'g',
);

/**
 * A normalized name with its abbreviations in their long forms and an "and" between two words
 * left out, as "&" is ("fenwick dairy co op" → "fenwick dairy cooperative", "smith and sons" →
 * "smith sons"), so either spelling matches the other.
 */
export function withLongForms(folded: string): string {
  return folded
    .replace(ABBREVIATION, (abbreviation) => LONG_FORMS.get(abbreviation) ?? abbreviation)
    .replace(/(?<=\S) and (?=\S)/g, ' ');
}
