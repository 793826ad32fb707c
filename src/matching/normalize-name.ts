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
 * Words a company's name is written in more than one way, as folded words: "Co-op" and "Coop" for
 * "Cooperative", "Intl" for "International", and "and" beside "&" (which folding drops).
 */
const NAME_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/(^| )co op( |$)/g, '$1cooperative$2'],
  [/(^| )coop( |$)/g, '$1cooperative$2'],
  [/(^| )intl( |$)/g, '$1international$2'],
  [/(^| )univ( |$)/g, '$1university$2'],
  [/(^| )mfg( |$)/g, '$1manufacturing$2'],
  [/ and (?=\S)/g, ' '],
];

/** A folded name with its variant words written one way ("fenwick dairy co op" → "fenwick dairy cooperative"). */
function foldNameVariants(folded: string): string {
  return NAME_VARIANTS.reduce((text, [variant, written]) => text.replace(variant, written), folded);
}

/**
 * Tells whether a text names `needle`: its normalized form appears in the text as whole words, or,
 * for names written without spaces (domains, hashtags), their space-free forms are equal. The
 * needle is folded once, for the many texts of a listing.
 */
export function nameFinder(needle: string): (haystack: string) => boolean {
  const name = foldNameVariants(normalizeName(needle));
  const padded = ` ${name} `;
  const joined = name.replace(/ /g, '');
  return (haystack) => {
    if (name === '') return false;
    const text = foldNameVariants(normalizeName(haystack));
    if (text === '') return false;
    if (` ${text} `.includes(padded)) return true;
    return text.replace(/ /g, '') === joined;
  };
}
