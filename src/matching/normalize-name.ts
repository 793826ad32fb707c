/**
 * Removes invisible format characters (`\p{Cf}`: zero-width spaces and joiners, soft hyphens,
 * byte-order marks, direction marks), which would otherwise split a word in two.
 */
export function stripFormatCharacters(value: string): string {
  return value.replace(/\p{Cf}+/gu, '');
}

/**
 * Folds a name for comparison: invisible characters and accents removed, lowercase, punctuation
 * turned into spaces, runs of spaces collapsed ("  Société  Générale, Énergie." → "societe generale energie").
 */
export function normalizeName(value: string): string {
  return stripFormatCharacters(value)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when the normalized `needle` appears in `haystack` as whole words, or, for names
 * written without spaces (domains, hashtags), when their space-free forms are equal.
 */
export function containsName(haystack: string, needle: string): boolean {
  const text = normalizeName(haystack);
  const name = normalizeName(needle);
  if (name === '' || text === '') return false;
  if (` ${text} `.includes(` ${name} `)) return true;
  return text.replace(/ /g, '') === name.replace(/ /g, '');
}
