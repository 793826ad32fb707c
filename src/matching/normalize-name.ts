import { withLongForms } from './business-abbreviations';

/**
 * Removes invisible format characters (`\p{Cf}`: zero-width spaces and joiners, soft hyphens,
 * byte-order marks, direction marks), which would otherwise split a word in two.
 */
export function stripFormatCharacters(value: string): string {
  return value.replace(/\p{Cf}+/gu, '');
}

/** Printable ASCII: no format character, accent or curly apostrophe to fold. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Folds a name for comparison: invisible characters and accents removed, lowercase, punctuation
 * turned into spaces, runs of spaces collapsed ("  Société  Générale, Énergie." → "societe generale energie").
 */
export function normalizeName(value: string): string {
  // Most names are plain ASCII: the same folding without the Unicode passes, which cost more.
  if (PRINTABLE_ASCII.test(value)) {
    return value
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return stripFormatCharacters(value)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Tells whether a text names `needle`: its normalized form appears in the text as whole words,
 * business abbreviations read in their long forms ("Co-op" as "Cooperative", "&" as "and"), or,
 * for names written without spaces (domains, hashtags), their space-free forms are equal. The
 * needle is folded once, for the many texts of a listing.
 */
export function nameFinder(needle: string): (haystack: string) => boolean {
  const name = normalizeName(needle);
  const padded = ` ${withLongForms(name)} `;
  const joined = name.replace(/ /g, '');
  return (haystack) => {
    if (name === '') return false;
    const text = normalizeName(haystack);
    if (text === '') return false;
    if (` ${withLongForms(text)} `.includes(padded)) return true;
    return text.replace(/ /g, '') === joined;
  };
}
